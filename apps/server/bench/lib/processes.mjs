// Starting and stopping the real production server (and the floor server) as child processes on loopback.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SERVER_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The production server's Node flags (docs/operations.md "Node flags"): the bench measures it as deployed. */
const SERVER_NODE_FLAGS = JSON.parse(readFileSync(join(SERVER_ROOT, 'node-flags.json'), 'utf8'));

/** A port the OS says is free right now (the server's PORT=0 is not supported by main.js). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Environment for the server (or floor server) on a target database. */
export function dbEnv(target) {
  return target.kind === 'sqlite'
    ? { SQLITE_PATH: target.path }
    : { DATABASE_URL: target.url, DATABASE_SCHEMA: target.schema };
}

async function waitFor(url, child, timeoutMs, output) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null)
      throw new Error(`process exited with ${child.exitCode} before it was ready:\n${output()}`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`not ready within ${timeoutMs} ms: ${url}\n${output()}`);
}

/** Spawns a node script with env, waits for GET `readyPath`, and returns { url, pid, stop() }. */
export async function startProcess(script, env, { readyPath = '/health', timeoutMs = 180_000, nodeFlags = [] } = {}) {
  const port = await freePort();
  let log = '';
  const child = spawn(process.execPath, [...nodeFlags, script], {
    cwd: SERVER_ROOT,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const keep = (d) => {
    log = (log + d.toString()).slice(-8000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitFor(url + readyPath, child, timeoutMs, () => log);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return {
    url,
    pid: child.pid,
    log: () => log,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}

/**
 * The production server on a target database; `naive` turns DataLoader batching off; `processes` > 1 runs
 * that many cluster workers on one port (PostgreSQL only).
 */
export function startServer(target, { naive = false, processes = 1 } = {}) {
  return startProcess(
    join(SERVER_ROOT, 'dist', 'main.js'),
    {
      ...dbEnv(target),
      NODE_ENV: 'production',
      SEED_DEMO: 'false',
      LOG_LEVEL: 'warn',
      BENCH_NAIVE_RESOLVERS: naive ? 'true' : 'false',
      // One loopback client sends thousands of requests a minute: the per-IP/per-user limits would
      // measure the limiter, not the server.
      RATE_LIMIT_ENABLED: 'false',
      // Reminder jobs would write notifications and take CPU in the middle of a measurement.
      JOBS_ENABLED: 'false',
      PROCESSES: String(processes),
    },
    { nodeFlags: SERVER_NODE_FLAGS },
  );
}
