import 'reflect-metadata';
import { loadConfig } from './config/env';
import { DEMO_PASSWORD, DEMO_USERS } from './db/seed/demo-content';
import { createServer } from './server';

async function main() {
  const config = loadConfig();
  const server = await createServer(config);
  const url = await server.listen();
  const db = config.database.kind === 'sqlite' ? `SQLite ${config.database.path}` : 'PostgreSQL';
  const lines = [
    '',
    `  Tsifra is running: ${url}/`,
    `  GraphQL API and IDE: ${url}/graphql`,
    `  Database: ${db}`,
    ...(config.seedDemo ? ['', `  Demo logins (password: ${DEMO_PASSWORD}):`, ...DEMO_USERS.map((u) => `    ${u.email.padEnd(26)} ${u.role}${u.regionCode ? ` ${u.regionCode}` : ''}`)] : []),
    '',
  ];
  process.stdout.write(lines.join('\n') + '\n');
  const shutdown = async (signal: string) => {
    server.logger.info({ signal }, 'shutting down');
    await server.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
