import { executionRemindersJob } from '../modules/execution/execution.jobs';
import { mszuRemindersJob } from '../modules/mszu/mszu.jobs';
import { maturityRemindersJob } from '../modules/rating/maturity.jobs';
import { registerJob } from './registry';

/**
 * The reporting calendar's reminders (strategy actuals, МСЗУ monthly reports, maturity returns), checked hourly.
 * Each pass is idempotent: it sends a (region, period, stage) reminder once, so a run repeated after a crash,
 * or by a second process, sends nothing twice.
 */
for (const job of [executionRemindersJob, mszuRemindersJob, maturityRemindersJob]) {
  registerJob({
    name: job.name,
    every: 60 * 60_000,
    run: async ({ db, now }) => {
      await job.run(db, now.toISOString().slice(0, 10));
    },
  });
}
