import { LessThan } from 'typeorm';
import { SessionEntity } from '../modules/user/session.entity';
import { registerJob } from './registry';

const HOUR = 60 * 60_000;

/** Expired sessions and tokens, and rate-limit counters that expired an hour ago (PostgreSQL store only). */
registerJob({
  name: 'housekeeping.purge-expired',
  every: HOUR,
  async run({ db, now }) {
    await db.write(async (m) => {
      await m.delete(SessionEntity, { expiresAt: LessThan(now) });
      if (!db.isSqlite) await m.query('DELETE FROM rate_limits WHERE expire < $1', [now.getTime() - HOUR]);
    });
  },
});
