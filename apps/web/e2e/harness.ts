import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

const serverMain = resolve(__dirname, '..', '..', 'server', 'dist', 'main.js');

function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => res(port));
    });
    srv.once('error', rej);
  });
}

export interface App {
  url: string;
  browser: Browser;
  /** A new page in its own context (own cookies); requests leaving the machine fail the test. */
  newPage(): Promise<Page>;
  externalRequests: string[];
  stop(): Promise<void>;
}

/** The built server as a child process on a SQLite file (production mode, demo seed when the file is empty), once healthy. */
export async function spawnServer(sqlitePath: string): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [serverMain], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      SQLITE_PATH: sqlitePath,
      NODE_ENV: 'production',
      COOKIE_SECURE: 'false',
      LOG_LEVEL: 'warn',
      SEED_DEMO: 'true',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited: ${output}`);
    try {
      if ((await fetch(`${url}/health`)).ok) break;
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline) throw new Error(`server did not start: ${output}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return { url, child };
}

/** Where global-setup.ts leaves the run's seeded database: each app starts on a copy (seeding is 40 000 rows). */
export const TEMPLATE_ENV = 'TSIFRA_E2E_TEMPLATE_SQLITE';

/** Starts the built server (production mode, fresh SQLite with the demo seed) and Debian's Chromium. */
export async function startApp(): Promise<App> {
  const dir = mkdtempSync(join(tmpdir(), 'tsifra-e2e-'));
  const sqlitePath = join(dir, 'e2e.sqlite');
  if (process.env[TEMPLATE_ENV]) copyFileSync(process.env[TEMPLATE_ENV], sqlitePath);
  const { url, child } = await spawnServer(sqlitePath);
  const profile = join(dir, 'profile');
  mkdirSync(profile);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const externalRequests: string[] = [];
  return {
    url,
    browser,
    externalRequests,
    async newPage() {
      const context = await browser.newContext({ locale: 'ru-RU' });
      context.on('request', (req) => {
        const u = new URL(req.url());
        if (!['127.0.0.1', 'localhost'].includes(u.hostname) && !['data:', 'blob:'].includes(u.protocol))
          externalRequests.push(req.url());
      });
      return context.newPage();
    },
    async stop() {
      await browser.close();
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
