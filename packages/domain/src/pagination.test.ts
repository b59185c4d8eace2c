import { isLastPage, MAX_PAGE_SIZE, validatePageSize } from './pagination';

describe('validatePageSize', () => {
  it('accepts an absent size and every size from 1 to the maximum', () => {
    expect(validatePageSize(undefined)).toEqual([]);
    expect(validatePageSize(null)).toEqual([]);
    expect(validatePageSize(1)).toEqual([]);
    expect(validatePageSize(MAX_PAGE_SIZE)).toEqual([]);
  });

  it('refuses zero, negatives, fractions and sizes past the maximum, naming the field', () => {
    for (const size of [0, -1, 1.5, MAX_PAGE_SIZE + 1, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(validatePageSize(size).map((e) => [e.field, e.rule])).toEqual([['first', 'page_size_out_of_range']]);
    }
    expect(validatePageSize(6, 'limit', 5)).toEqual([
      {
        field: 'limit',
        rule: 'page_size_out_of_range',
        message: 'limit must be between 1 and 5.',
        params: { min: 1, max: 5 },
      },
    ]);
  });
});

describe('isLastPage', () => {
  it('calls a short page the last one and a full page possibly not', () => {
    expect(isLastPage(0, 100)).toBe(true);
    expect(isLastPage(99, 100)).toBe(true);
    expect(isLastPage(100, 100)).toBe(false);
  });
});
