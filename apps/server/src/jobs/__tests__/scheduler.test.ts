import pino from 'pino';
import { createDataSource, Database } from '../../db/data-source';
import { startTestServer, type TestServer } from '../../testing/test-server';
import { JobRunEntity } from '../job-run.entity';
import { registerJob, unregisterJob } from '../registry';
import { JobScheduler } from '../scheduler';

const silent = pino({ level: 'silent' });

describe('the job scheduler', () => {
  let t: TestServer;
  let second: Database | undefined;
  const runs: string[] = [];
  beforeAll(async () => {
    t = await startTestServer({ seedDemo: false });
    registerJob({
      name: 'test.counted',
      every: 60 * 60_000,
      run: async ({ now }) => void runs.push(now.toISOString()),
    });
    registerJob({
      name: 'test.failing',
      every: 60 * 60_000,
      run: async () => Promise.reject(new Error('no mail server')),
    });
    // On PostgreSQL a second pool stands for a second process (its own connections, its own scheduler).
    if (t.dialect === 'postgres') {
      const options = t.server.db.dataSource.options as { url: string; schema: string };
      const ds = createDataSource({ kind: 'postgres', url: options.url, schema: options.schema });
      await ds.initialize();
      second = new Database(ds);
    }
  });
  afterAll(async () => {
    unregisterJob('test.counted');
    unregisterJob('test.failing');
    await second?.dataSource.destroy();
    await t.stop();
  });

  it('runs a due job once when schedulers race for it, and not again until `every` has passed', async () => {
    const a = new JobScheduler(t.server.db, silent, 1000);
    const b = new JobScheduler(second ?? t.server.db, silent, 1000);
    const start = new Date('2026-01-01T10:00:00Z');
    await Promise.all([a.runDue(start), b.runDue(start), a.runDue(start), b.runDue(start)]);
    expect(runs).toEqual([start.toISOString()]);
    await Promise.all([a.runDue(new Date('2026-01-01T10:59:00Z')), b.runDue(new Date('2026-01-01T10:59:00Z'))]);
    expect(runs).toHaveLength(1);
    await Promise.all([a.runDue(new Date('2026-01-01T11:00:01Z')), b.runDue(new Date('2026-01-01T11:00:01Z'))]);
    expect(runs).toEqual([start.toISOString(), '2026-01-01T11:00:01.000Z']);
    const row = await t.server.db.dataSource.getRepository(JobRunEntity).findOneByOrFail({ name: 'test.counted' });
    expect(row.runCount).toBe(2);
    expect(row.lastError).toBeNull();
    expect(row.lastFinishedAt).not.toBeNull();
  });

  it('records a failing job’s error and keeps its schedule', async () => {
    const row = await t.server.db.dataSource.getRepository(JobRunEntity).findOneByOrFail({ name: 'test.failing' });
    expect(row.lastError).toBe('no mail server');
    expect(row.runCount).toBe(2);
  });

  it('refuses a job name the job_runs key cannot hold and a schedule under a second', () => {
    expect(() => registerJob({ name: 'Bad Name', every: 60_000, run: async () => {} })).toThrow(/lower-case/);
    expect(() => registerJob({ name: 'ok.name', every: 10, run: async () => {} })).toThrow(/at least 1000/);
  });
});
