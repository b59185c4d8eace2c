/**
 * "Now" for the review rules (lateness, days left, the overview). The server uses the system clock;
 * tests and demos can move the calendar to a fixed day (config `TODAY`), with time still running, so
 * timestamps keep their order.
 */
export interface Clock {
  now(): Date;
  /** Today's ISO date (UTC). */
  today(): string;
}

const MS_PER_DAY = 86_400_000;

export const systemClock: Clock = {
  now: () => new Date(),
  today: () => new Date().toISOString().slice(0, 10),
};

/** A clock whose calendar day is `isoDate` (YYYY-MM-DD) at creation; the time of day runs on. */
export function clockStartingOn(isoDate: string): Clock {
  const real = Date.now();
  const offset = Date.parse(`${isoDate}T00:00:00Z`) - Math.floor(real / MS_PER_DAY) * MS_PER_DAY;
  if (Number.isNaN(offset)) throw new Error(`Not an ISO date: ${isoDate}`);
  const now = () => new Date(Date.now() + offset);
  return { now, today: () => now().toISOString().slice(0, 10) };
}
