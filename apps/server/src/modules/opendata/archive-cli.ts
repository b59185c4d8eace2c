import { createWriteStream } from 'node:fs';
import { resolve } from 'node:path';
import { finished } from 'node:stream/promises';
import { loadConfig } from '../../config/env';
import { createDataSource, Database } from '../../db/data-source';
import { writeNationalArchive } from './national-archive';

/** The process's peak resident set so far (getrusage's ru_maxrss, Linux VmHWM), in bytes. */
function peakRss(): number {
  return process.resourceUsage().maxRSS * 1024;
}

/**
 * `node apps/server/dist/modules/opendata/archive-cli.js <file.zip>`: writes the national archive (the same bytes as
 * GET /opendata/archive.zip) from the database the server would use (DATABASE_URL + DATABASE_SCHEMA, or
 * SQLITE_PATH) and prints one JSON line: strategies, entries, bytes, milliseconds, the RSS before the export and
 * the process's peak RSS — the figures the memory test and the closing note quote.
 */
async function main() {
  const target = process.argv[2];
  if (!target) {
    process.stderr.write('usage: archive-cli <file.zip>\n');
    process.exit(2);
  }
  const config = loadConfig();
  const dataSource = createDataSource(config.database);
  await dataSource.initialize();
  try {
    const db = new Database(dataSource);
    const out = createWriteStream(resolve(target));
    global.gc?.();
    const rssBefore = process.memoryUsage().rss;
    const peakBefore = peakRss();
    const started = process.hrtime.bigint();
    // ARCHIVE_TRACE=1: one JSON line per entry on stderr with the live heap after a full collection (node --expose-gc),
    // so a test can see that nothing is kept from one strategy to the next.
    const summary = await writeNationalArchive(db, out, (name) => {
      if (!process.env.ARCHIVE_TRACE) return;
      global.gc?.();
      const { heapUsed, rss } = process.memoryUsage();
      process.stderr.write(
        `${JSON.stringify({ name, ms: Math.round(Number(process.hrtime.bigint() - started) / 1e6), heapUsed, rss })}\n`,
      );
    });
    out.end();
    await finished(out);
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    process.stdout.write(
      `${JSON.stringify({
        strategies: summary.strategies,
        entries: summary.entries.length,
        bytes: out.bytesWritten,
        ms: Math.round(ms),
        rssBefore,
        peakBefore,
        peakRss: peakRss(),
      })}\n`,
    );
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: Error) => {
  process.stderr.write(`${error.stack ?? error.message}\n`);
  process.exit(1);
});
