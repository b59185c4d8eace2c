import 'reflect-metadata';
import cluster from 'node:cluster';
import { loadConfig, type Config } from './config/env';
import { DEMO_PASSWORD, DEMO_USERS } from './db/seed/demo-users';
import { runPrimary } from './ops/cluster-primary';
import { createServer } from './server';

async function main() {
  const config = loadConfig();
  // PROCESSES=N (PostgreSQL only, checked by loadConfig): this process forks N workers sharing the port.
  if (config.processes > 1 && cluster.isPrimary)
    return runPrimary(config, (url) => process.stdout.write(banner(config, url)));
  const server = await createServer(config);
  const url = await server.listen();
  if (cluster.isWorker) process.send?.({ type: 'tsifra:listening', url });
  else process.stdout.write(banner(config, url));

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    server.logger.info({ signal }, 'shutting down: not accepting, finishing requests in flight');
    // Requests get SHUTDOWN_TIMEOUT_MS; this is the last resort if something still hangs after that.
    setTimeout(() => {
      server.logger.error('shutdown did not finish in time; exiting');
      process.exit(1);
    }, config.shutdownTimeoutMs + 10_000).unref();
    try {
      await server.stop();
      server.logger.info('stopped');
      process.exit(0);
    } catch (error) {
      server.logger.error({ err: error }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

function banner(config: Config, url: string): string {
  const db = config.database.kind === 'sqlite' ? `SQLite ${config.database.path}` : 'PostgreSQL';
  const lines = [
    '',
    `  Tsifra is running: ${url}/`,
    `  GraphQL API and IDE: ${url}/graphql`,
    `  Database: ${db}${config.processes > 1 ? `, ${config.processes} processes` : ''}`,
    ...(config.seedDemo
      ? [
          '',
          `  Demo logins (password: ${DEMO_PASSWORD}):`,
          ...DEMO_USERS.map((u) => `    ${u.email.padEnd(26)} ${u.role}${u.regionCode ? ` ${u.regionCode}` : ''}`),
        ]
      : []),
    '',
  ];
  return lines.join('\n') + '\n';
}

main().catch((error) => {
  console.error(error instanceof Error && error.message.startsWith('Invalid configuration') ? error.message : error);
  process.exit(1);
});
