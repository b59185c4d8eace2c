#!/usr/bin/env node
// The two commands of the README, runnable with nothing but Node 20 and npm:
//   npm start  → install, build, migrate, seed, serve the web app and GraphQL on one port
//   npm test   → install, build, run every test suite (SQLite, PostgreSQL when reachable, browser) and total them
// pnpm comes from npm (corepack fails signature checks on this registry).
import { spawnSync, spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createConnection } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** Node flags of the production server (docs/operations.md "Node flags"). */
const SERVER_NODE_FLAGS = JSON.parse(readFileSync(join(root, 'apps/server/node-flags.json'), 'utf8'));
const PNPM_VERSION = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).packageManager.split('@')[1];
const isCI = process.env.CI === 'true' || process.env.CI === '1';

function log(message) {
  process.stdout.write(`\n[tsifra] ${message}\n`);
}

function run(cmd, args, options = {}) {
  const result = spawnSync(cmd, args, {
    cwd: root,
    stdio: 'inherit',
    ...options,
    env: { ...process.env, ...options.env },
  });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

/** Runs a command in the background with its output kept in a file (printed when it ends); resolves to its exit status. */
function runInBackground(cmd, args, options, logFile) {
  return new Promise((resolveStatus) => {
    const out = openSync(logFile, 'w');
    const child = spawn(cmd, args, { cwd: root, stdio: ['ignore', out, out], env: { ...process.env, ...options.env } });
    child.once('error', () => resolveStatus(1));
    child.once('exit', (code) => {
      closeSync(out);
      resolveStatus(code ?? 1);
    });
  });
}

function must(cmd, args, options) {
  const status = run(cmd, args, options);
  if (status !== 0) {
    log(`failed: ${cmd} ${args.join(' ')} (exit ${status})`);
    process.exit(status);
  }
}

/** pnpm itself: the one on PATH when it is version 10, otherwise through npx (cached after the first run). */
function pnpmCommand() {
  const probe = spawnSync('pnpm', ['--version'], { encoding: 'utf8' });
  if (probe.status === 0 && probe.stdout.trim().startsWith('10.')) return ['pnpm'];
  log(`pnpm ${PNPM_VERSION} not on PATH: using npx pnpm@${PNPM_VERSION}`);
  return ['npx', '--yes', `pnpm@${PNPM_VERSION}`];
}

function setup(pnpm) {
  log('installing dependencies (better-sqlite3 compiles on first install, about a minute)');
  must(pnpm[0], [...pnpm.slice(1), 'install', '--frozen-lockfile']);
  log('building domain, server and web app');
  must(pnpm[0], [...pnpm.slice(1), 'exec', 'turbo', 'run', 'build', '--output-logs=errors-only']);
}

function reachable(host, port, timeoutMs = 1500) {
  return new Promise((resolveReachable) => {
    const socket = createConnection({ host, port });
    const done = (ok) => {
      socket.destroy();
      resolveReachable(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

function collectResults() {
  let passed = 0;
  let failed = 0;
  const suites = [];
  for (const base of ['packages', 'apps']) {
    for (const name of readdirSync(join(root, base))) {
      const dir = join(root, base, name, '.test-results');
      if (!existsSync(dir)) continue;
      for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
        const result = JSON.parse(readFileSync(join(dir, file), 'utf8'));
        passed += result.numPassedTests;
        failed += result.numFailedTests;
        // A suite that failed to run (syntax error, crash) has no failed tests but must still fail the run.
        const broken = result.testResults.filter(
          (r) => r.status === 'failed' && r.assertionResults.length === 0,
        ).length;
        failed += broken;
        suites.push(
          `${base}/${name} ${file.replace('.json', '')}: ${result.numPassedTests} passed, ${result.numFailedTests + broken} failed`,
        );
      }
    }
  }
  return { passed, failed, suites };
}

async function test() {
  const pnpm = pnpmCommand();
  setup(pnpm);
  for (const base of ['packages', 'apps']) {
    for (const name of readdirSync(join(root, base))) {
      // Jest writes --outputFile but does not create its folder.
      rmSync(join(root, base, name, '.test-results'), { recursive: true, force: true });
      mkdirSync(join(root, base, name, '.test-results'));
    }
  }
  const statuses = [];
  const jestJson = (name) => ['--ci', '--json', `--outputFile=.test-results/${name}.json`];

  log('lint (one ESLint config: layering and correctness) and typecheck (tests included)');
  statuses.push(
    run(pnpm[0], [
      ...pnpm.slice(1),
      'exec',
      'turbo',
      'run',
      'lint',
      'typecheck',
      '--output-logs=errors-only',
      '--continue',
    ]),
  );

  log('format (Prettier, one style for the whole repository; `pnpm format` rewrites)');
  statuses.push(run(pnpm[0], [...pnpm.slice(1), 'exec', 'prettier', '--check', '--log-level', 'warn', '.']));

  log('unit and component tests (domain, web): before the server passes, which load both cores');
  statuses.push(
    run(pnpm[0], [
      ...pnpm.slice(1),
      'exec',
      'turbo',
      'run',
      'test',
      '--filter=@tsifra/domain',
      '--filter=@tsifra/web',
      '--concurrency=1',
      '--continue',
      '--',
      ...jestJson('jest'),
    ]),
  );

  // The PostgreSQL pass of the server tests runs beside the SQLite pass: most of their time is spent waiting on
  // the databases and on HTTP, so on two cores the two together take little more than the longer one.
  const pgUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  const pg = new URL(pgUrl);
  const pgLog = join(root, 'apps/server/.test-results/postgres.log');
  let pgPass = Promise.resolve(0);
  if (await reachable(pg.hostname, Number(pg.port || 5432))) {
    log(`server tests on PostgreSQL (${pg.hostname}:${pg.port || 5432}${pg.pathname}) start in the background`);
    pgPass = runInBackground(
      pnpm[0],
      [...pnpm.slice(1), '--filter', '@tsifra/server', 'exec', 'jest', ...jestJson('jest-postgres')],
      { env: { TEST_DATABASE_URL: pgUrl } },
      pgLog,
    );
  } else if (isCI) {
    log(`PostgreSQL is not reachable at ${pg.host}: CI must test both databases`);
    statuses.push(1);
  } else {
    log(
      `PostgreSQL not reachable at ${pg.host}: server tests ran on SQLite only (set TEST_DATABASE_URL to test PostgreSQL)`,
    );
  }

  // The browser pass runs beside the server passes too (its server is a child process on its own SQLite file).
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  const e2eLog = join(root, 'apps/web/.test-results/e2e.log');
  let e2ePass = Promise.resolve(0);
  if (existsSync(chromium)) {
    log(`browser tests (Playwright driving ${chromium}) start in the background`);
    e2ePass = runInBackground(
      pnpm[0],
      [
        ...pnpm.slice(1),
        '--filter',
        '@tsifra/web',
        'exec',
        'jest',
        '--config',
        'jest.e2e.config.cjs',
        ...jestJson('e2e'),
      ],
      { env: { CHROMIUM_PATH: chromium } },
      e2eLog,
    );
  } else if (isCI) {
    log(`Chromium not found at ${chromium}: CI must run the browser tests`);
    statuses.push(1);
  } else {
    log(`Chromium not found at ${chromium}: browser tests not run (apt-get install chromium, or set CHROMIUM_PATH)`);
  }

  log('API tests (server on embedded SQLite)');
  statuses.push(
    run(pnpm[0], [
      ...pnpm.slice(1),
      'exec',
      'turbo',
      'run',
      'test',
      '--filter=@tsifra/server',
      '--',
      ...jestJson('jest'),
    ]),
  );

  const pgStatus = await pgPass;
  if (existsSync(pgLog)) {
    log('server tests on PostgreSQL (output of the background pass)');
    process.stdout.write(readFileSync(pgLog, 'utf8'));
  }
  statuses.push(pgStatus);

  const e2eStatus = await e2ePass;
  if (existsSync(e2eLog)) {
    log('browser tests (output of the background pass)');
    process.stdout.write(readFileSync(e2eLog, 'utf8'));
  }
  statuses.push(e2eStatus);

  const { passed, failed, suites } = collectResults();
  log('results by suite');
  for (const line of suites) process.stdout.write(`  ${line}\n`);
  const stepFailed = statuses.some((s) => s !== 0);
  const total = failed === 0 && stepFailed ? 1 : failed;
  process.stdout.write(`\n${passed} passed, ${total} failed\n`);
  process.exit(total === 0 ? 0 : 1);
}

function start() {
  const pnpm = pnpmCommand();
  setup(pnpm);
  mkdirSync(join(root, 'apps/server/data'), { recursive: true });
  log('starting Tsifra (migrations and demo seed run on start)');
  // Local start over plain HTTP: production error masking, but cookies without the Secure flag.
  const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, 'apps/server/dist/main.js'], {
    cwd: root,
    stdio: 'inherit',
    env: { NODE_ENV: 'production', COOKIE_SECURE: 'false', LOG_LEVEL: 'warn', ...process.env },
  });
  const forward = (signal) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  child.on('exit', (code) => process.exit(code ?? 0));
}

/** `npm run bench [-- options]`: the same set-up as start, then the national benchmark (docs/benchmarks.md). */
function bench() {
  const pnpm = pnpmCommand();
  setup(pnpm);
  log('running the benchmark (SQLite, and PostgreSQL when reachable)');
  const status = run(process.execPath, ['apps/server/bench/run.mjs', ...process.argv.slice(3)]);
  process.exit(status);
}

const command = process.argv[2];
if (command === 'start') start();
else if (command === 'test') await test();
else if (command === 'bench') bench();
else {
  process.stderr.write('usage: node scripts/tsifra.mjs start|test|bench [bench options]\n');
  process.exit(2);
}
