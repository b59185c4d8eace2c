import type { Logger } from 'pino';
import type { Database } from '../db/data-source';
import { JobRunEntity } from './job-run.entity';
import { registeredJobs, type JobDefinition } from './registry';
import './all-jobs';

/**
 * Runs registered jobs when due, once across all server processes sharing the database.
 * Each tick, for each job: in one short transaction, take `pg_try_advisory_xact_lock` for the job (a process that
 * does not get it skips — another is claiming), read its `job_runs` row and, if `every` ms have passed since its
 * last start, record the new start. Only the process that recorded the start runs the job, outside the transaction.
 * SQLite has one process; its write mutex serializes the claim.
 */
export class JobScheduler {
  private timer: NodeJS.Timeout | undefined;
  private readonly running = new Map<string, Promise<void>>();
  private stopped = false;

  constructor(
    private readonly db: Database,
    private readonly logger: Logger,
    private readonly tickMs: number,
  ) {}

  start(): void {
    const tick = () => {
      void this.runDue().finally(() => {
        if (!this.stopped) this.timer = setTimeout(tick, this.tickMs).unref();
      });
    };
    this.timer = setTimeout(tick, Math.min(this.tickMs, 1000)).unref();
  }

  /** Stops scheduling and waits for the runs in progress. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await Promise.allSettled(this.running.values());
  }

  /** One pass over the jobs; resolves when every job it started has finished. */
  async runDue(now = new Date()): Promise<void> {
    const started: Promise<void>[] = [];
    for (const job of registeredJobs()) {
      if (this.stopped || this.running.has(job.name)) continue;
      let claimed = false;
      try {
        claimed = await this.claim(job, now);
      } catch (error) {
        // The database is away (restart, outage): try again next tick.
        this.logger.warn({ err: error, job: job.name }, 'could not claim a scheduled job');
      }
      if (!claimed) continue;
      const run = this.execute(job, now).finally(() => this.running.delete(job.name));
      this.running.set(job.name, run);
      started.push(run);
    }
    await Promise.all(started);
  }

  private claim(job: JobDefinition, now: Date): Promise<boolean> {
    return this.db.write(async (m) => {
      if (!this.db.isSqlite) {
        const [{ locked }] = await m.query('SELECT pg_try_advisory_xact_lock(hashtext($1)) AS locked', [
          `tsifra.job:${job.name}`,
        ]);
        if (!locked) return false;
      }
      await m
        .createQueryBuilder()
        .insert()
        .into(JobRunEntity)
        .values({ name: job.name, runCount: 0, lastStartedAt: null, lastFinishedAt: null, lastError: null })
        .orIgnore()
        .execute();
      const row = await m.findOneByOrFail(JobRunEntity, { name: job.name });
      if (row.lastStartedAt && now.getTime() - new Date(row.lastStartedAt).getTime() < job.every) return false;
      await m.update(JobRunEntity, { name: job.name }, { lastStartedAt: now, runCount: row.runCount + 1 });
      return true;
    });
  }

  private async execute(job: JobDefinition, now: Date): Promise<void> {
    let lastError: string | null = null;
    try {
      await job.run({ db: this.db, logger: this.logger.child({ job: job.name }), now });
      this.logger.info({ job: job.name }, 'scheduled job finished');
    } catch (error) {
      lastError = error instanceof Error ? error.message : String(error);
      this.logger.error({ err: error, job: job.name }, 'scheduled job failed');
    }
    try {
      await this.db.write((m) => m.update(JobRunEntity, { name: job.name }, { lastFinishedAt: new Date(), lastError }));
    } catch (error) {
      this.logger.warn({ err: error, job: job.name }, 'could not record a scheduled job finishing');
    }
  }
}
