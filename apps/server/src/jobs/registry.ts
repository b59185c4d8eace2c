import type { Logger } from 'pino';
import type { Database } from '../db/data-source';

/**
 * Scheduled work (reminders before due dates, open-data regeneration, purges) plugs in here:
 *
 *   registerJob({ name: 'reminders.due-soon', every: 60 * 60_000, run: async ({ db, now }) => { ... } });
 *
 * The scheduler (jobs/scheduler.ts) starts a job when `every` ms have passed since its last start, in exactly one
 * server process: the start is claimed in the `job_runs` table under a PostgreSQL advisory lock. A job must be
 * idempotent — it decides from the data what is due (a reminder not yet sent) — because a process that dies
 * mid-run leaves the job to be run again after `every`.
 */
export interface JobContext {
  db: Database;
  logger: Logger;
  /** When this run was claimed (use it, not the clock, for "what is due"). */
  now: Date;
}

export interface JobDefinition {
  /** Stable, unique, at most 100 characters: the `job_runs` key. `feature.what`, e.g. `reminders.due-soon`. */
  name: string;
  /** Milliseconds between starts (at least the scheduler's tick, JOBS_TICK_MS). */
  every: number;
  run(ctx: JobContext): Promise<void>;
}

const registry = new Map<string, JobDefinition>();

/** Registers a job; call it at module load (import the module from jobs/all-jobs.ts). Re-registering a name replaces it. */
export function registerJob(job: JobDefinition): void {
  if (!/^[a-z0-9][a-z0-9._-]{0,99}$/.test(job.name))
    throw new Error(`Job name "${job.name}": lower-case letters, digits, . _ -, at most 100.`);
  if (!(job.every >= 1000)) throw new Error(`Job "${job.name}": every must be at least 1000 ms.`);
  registry.set(job.name, job);
}

/** Tests only: removes a job registered for the test. */
export function unregisterJob(name: string): void {
  registry.delete(name);
}

export function registeredJobs(): JobDefinition[] {
  return [...registry.values()];
}
