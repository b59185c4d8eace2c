/**
 * Raw reads (query builders' getRawMany, dataSource.query) return timestamps as Date (PostgreSQL) or as
 * 'YYYY-MM-DD HH:MM:SS.SSS' UTC text (SQLite): one reading of both. Null for null, undefined or unreadable text.
 */
export function toDate(value: unknown): Date | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value;
  const text = String(value);
  const date = new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(text) ? text : `${text.replace(' ', 'T')}Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}
