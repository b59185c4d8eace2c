import 'reflect-metadata';
import { decodeCursor, encodeCursor, pageOf, readPage } from '../pagination';

const rows = [
  { id: 'b', t: 2 },
  { id: 'a', t: 2 },
  { id: 'c', t: 1 },
  { id: 'd', t: 3 },
];
const key = (r: (typeof rows)[number]) => ({ key: r.t, id: r.id });

describe('pagination helpers', () => {
  it('round-trips a cursor and refuses one of another list', () => {
    const cursor = encodeCursor('Comment', 1_630_000_000_000, 'id-1');
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor('Comment', cursor)).toEqual({ key: 1_630_000_000_000, id: 'id-1' });
    expect(() => decodeCursor('AuditEvent', cursor)).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'after' }),
    );
    expect(() => decodeCursor('User', encodeCursor('User', 42, 'x'))).toThrow(
      expect.objectContaining({ field: 'after' }),
    );
  });

  it('orders by key then id, starts strictly after the cursor, and stops at the limit', () => {
    const all = { limit: Number.POSITIVE_INFINITY, after: null };
    expect(pageOf(rows, all, key).map((r) => r.id)).toEqual(['c', 'a', 'b', 'd']);
    expect(pageOf(rows, all, key, 'DESC').map((r) => r.id)).toEqual(['d', 'b', 'a', 'c']);
    expect(pageOf(rows, { limit: 2, after: { key: 2, id: 'a' } }, key).map((r) => r.id)).toEqual(['b', 'd']);
    // A cursor whose row is gone still continues where it would sort.
    expect(pageOf(rows, { limit: 9, after: { key: 2, id: 'aa' } }, key).map((r) => r.id)).toEqual(['b', 'd']);
    expect(pageOf(rows, { limit: 9, after: { key: 3, id: 'd' } }, key)).toEqual([]);
  });

  it('defaults a missing first to the cap, or to what the list allows', () => {
    expect(readPage('Comment', {}).limit).toBe(100);
    expect(readPage('InformationSystem', {}, Number.POSITIVE_INFINITY).limit).toBe(Number.POSITIVE_INFINITY);
    expect(readPage('Comment', { first: 7 }).limit).toBe(7);
    expect(() => readPage('Comment', { first: 101 })).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'first' }),
    );
  });
});
