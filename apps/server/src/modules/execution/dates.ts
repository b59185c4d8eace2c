/** Raw reads return timestamps as Date (PostgreSQL) or as 'YYYY-MM-DD HH:MM:SS.SSS' UTC text (SQLite). */
export function toDate(value: unknown): Date | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value;
  const text = String(value);
  return new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(text) ? text : `${text.replace(' ', 'T')}Z`);
}
