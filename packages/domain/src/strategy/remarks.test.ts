import { openRemarkCounts, returnRemarkCount } from './remarks';

describe('remark semantics', () => {
  it.each([
    ['SUBMITTED', { open: 2, openBlockers: 1 }, { open: 2, openBlockers: 1 }],
    ['CHANGES_REQUESTED', { open: 1, openBlockers: 0 }, { open: 1, openBlockers: 0 }],
    ['APPROVED', { open: 3, openBlockers: 1 }, { open: 0, openBlockers: 0 }],
  ] as const)('a %s document counts %j as %j open', (status, counts, expected) => {
    expect(openRemarkCounts(status, counts)).toEqual(expected);
  });

  it.each([
    [0, null, 0],
    [0, '   ', 0],
    [0, 'Верните обоснование', 1],
    [2, null, 2],
    [2, 'и ещё', 3],
  ] as const)('with %d open remarks and note %j a return sees %d', (open, note, expected) => {
    expect(returnRemarkCount(open, note)).toBe(expected);
  });
});
