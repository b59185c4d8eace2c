import { BoundedMemo, operationMemoKey } from '../bounded-memo';

describe('BoundedMemo', () => {
  it('computes once per key and drops the oldest entry when full', () => {
    const memo = new BoundedMemo<number>(2);
    let calls = 0;
    const f = (n: number) => () => (calls++, n * 10);
    expect(memo.get('a', f(1))).toBe(10);
    expect(memo.get('a', f(99))).toBe(10);
    expect(calls).toBe(1);
    memo.get('b', f(2));
    memo.get('c', f(3)); // 'a' goes
    expect(memo.size).toBe(2);
    expect(memo.get('a', f(4))).toBe(40);
    expect(calls).toBe(4);
  });

  it('keeps nothing for a thrown computation or a key over the length limit', () => {
    const memo = new BoundedMemo<number>(10, 5);
    expect(() =>
      memo.get('x', () => {
        throw new Error('bad');
      }),
    ).toThrow('bad');
    expect(memo.size).toBe(0);
    let calls = 0;
    memo.get('longer than five', () => ++calls);
    memo.get('longer than five', () => ++calls);
    expect(calls).toBe(2);
    expect(memo.size).toBe(0);
  });

  it('tells operations apart by name, variables and text', () => {
    const keys = new Set([
      operationMemoKey('query A { a }'),
      operationMemoKey('query A { a }', { first: 1 }),
      operationMemoKey('query A { a }', { first: 2 }),
      operationMemoKey('query A { a }', undefined, 'A'),
      operationMemoKey('query A { b }'),
    ]);
    expect(keys.size).toBe(5);
  });
});
