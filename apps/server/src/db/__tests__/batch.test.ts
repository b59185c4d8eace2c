import { appendAll, groupByKeys } from '../batch';

describe('batch helpers', () => {
  it('append more rows than a spread call could take as arguments', () => {
    const big = Array.from({ length: 300_000 }, (_, i) => i);
    expect(() => [].push(...(big as never[]))).toThrow(RangeError);
    expect(appendAll([-1], big)).toHaveLength(300_001);
  });

  it('group rows per requested key, in order, with empty lists for missing keys', () => {
    const rows = [
      { k: 'b', v: 1 },
      { k: 'a', v: 2 },
      { k: 'b', v: 3 },
    ];
    expect(groupByKeys(['a', 'b', 'c'], rows, (r) => r.k)).toEqual([
      [{ k: 'a', v: 2 }],
      [
        { k: 'b', v: 1 },
        { k: 'b', v: 3 },
      ],
      [],
    ]);
  });
});
