import { Mutex } from 'async-mutex';
import { Router, type Request, type Response } from 'express';
import type { Logger } from 'pino';
import {
  atomFeed,
  csvLine,
  dataPackage,
  jsonValue,
  openDataset,
  type CellValue,
  type OpenDataset,
} from '@tsifra/domain/opendata/datasets';
import type { Database } from '../../db/data-source';
import { writeNationalArchive } from './national-archive';
import { datasetRows, publications } from './opendata.queries';
import { ArchiveAbortedError } from './zip-stream';
import { drainWaiter } from './drain';

interface Deps {
  db: Database;
  logger: Logger;
}

const baseUrl = (req: Request) => `${req.protocol}://${req.get('host') ?? 'localhost'}`;

/** Only public data: approved strategies and plans, published ratings, the public registry. Anyone may read. */
function sendPublic(res: Response, type: string, lastModified?: string): Response {
  res.status(200).type(type).set('Cache-Control', 'public, max-age=60').set('Access-Control-Allow-Origin', '*');
  if (lastModified) res.set('Last-Modified', new Date(lastModified).toUTCString());
  return res;
}

/**
 * Writes rows in chunks so a large dataset goes out as it is formatted, never as one string, waiting for the
 * connection to drain when it is full and stopping when the reader goes away.
 */
async function writeRows(
  res: Response,
  dataset: OpenDataset,
  rows: Iterable<CellValue[]>,
  format: 'csv' | 'json',
): Promise<void> {
  if (format === 'csv') res.write(csvLine(dataset.fields.map((f) => f.name)));
  else res.write('[');
  const drained = drainWaiter(res);
  let chunk = '';
  let first = true;
  for (const row of rows) {
    if (format === 'csv') chunk += csvLine(row);
    else {
      const object = Object.fromEntries(dataset.fields.map((f, k) => [f.name, jsonValue(f, row[k])]));
      chunk += `${first ? '' : ','}\n${JSON.stringify(object)}`;
    }
    first = false;
    if (chunk.length > 64_000) {
      if (!res.write(chunk)) await drained();
      if (res.destroyed) return; // the reader went away
      chunk = '';
    }
  }
  res.end(chunk + (format === 'json' ? '\n]\n' : ''));
}

/**
 * Open data at stable URLs: `/opendata/<dataset>.csv|.json`, `/opendata/datapackage.json` (Frictionless Data),
 * `/opendata/feed.atom`. Computed on request from the database, so always as fresh as what it describes;
 * Last-Modified is the newest publication. `/opendata` itself is the web catalogue page.
 */
export function opendataRouter(deps: Deps): Router {
  const router = Router();
  // One national archive is built at a time (its peak is one strategy's document, but two would double it);
  // a few more readers wait their turn, anyone beyond is asked to come back.
  const archiving = new Mutex();
  let waiting = 0;

  router.get('/archive.zip', async (_req, res) => {
    if (archiving.isLocked() && waiting >= 2)
      return res
        .status(503)
        .set('Retry-After', '60')
        .json({
          error: { code: 'SERVICE_UNAVAILABLE', message: 'The archive is being built for others; retry in a minute.' },
        });
    waiting++;
    const release = await archiving.acquire();
    waiting--;
    const started = Date.now();
    try {
      if (res.destroyed) return;
      res
        .status(200)
        .type('application/zip')
        .set(
          'Content-Disposition',
          `attachment; filename="tsifra-opendata-${new Date().toISOString().slice(0, 10)}.zip"`,
        )
        .set('Cache-Control', 'public, max-age=60')
        .set('Access-Control-Allow-Origin', '*');
      const summary = await writeNationalArchive(deps.db, res);
      res.end();
      deps.logger.info({ strategies: summary.strategies, ms: Date.now() - started }, 'national archive sent');
    } catch (error) {
      if (error instanceof ArchiveAbortedError) deps.logger.info('national archive cancelled by its reader');
      else deps.logger.error({ err: error }, 'national archive failed');
      // Headers (and part of the ZIP) are out: a cut connection is how the reader learns it is incomplete.
      if (res.headersSent) res.destroy();
      else
        res.status(500).json({ error: { code: 'INTERNAL_SERVER_ERROR', message: 'The archive could not be built.' } });
    } finally {
      release();
    }
  });

  router.get('/datapackage.json', async (req, res, next) => {
    try {
      const [latest] = await publications(deps.db);
      const updated = latest?.at ?? new Date(0).toISOString();
      sendPublic(res, 'application/json', updated).send(
        JSON.stringify(dataPackage({ baseUrl: baseUrl(req), updated }), null, 2),
      );
    } catch (error) {
      next(error);
    }
  });

  router.get('/feed.atom', async (req, res, next) => {
    try {
      const items = await publications(deps.db);
      const entries = items.map((p) =>
        p.kind === 'strategy'
          ? {
              id: `urn:tsifra:strategy:${p.id}:v${p.version}`,
              title: `Утверждена стратегия: ${p.regionName}`,
              updated: p.at,
              link: `/regions/${p.regionCode}`,
              summary: `Стратегия цифровой трансформации, редакция ${p.version}`,
            }
          : {
              id: `urn:tsifra:rating:${p.id}`,
              title: `Опубликован рейтинг за ${p.period}`,
              updated: p.at,
              link: '/opendata/ratings.csv',
              summary: `Рейтинг за ${p.period}, версия ${p.version}`,
            },
      );
      sendPublic(res, 'application/atom+xml', items[0]?.at).send(atomFeed(baseUrl(req), entries));
    } catch (error) {
      next(error);
    }
  });

  router.get('/:file', async (req, res, next) => {
    const match = /^([a-z-]+)\.(csv|json)$/.exec(String(req.params.file));
    const dataset = match ? openDataset(match[1]!) : undefined;
    if (!match || !dataset) return next();
    try {
      const rows = await datasetRows(deps.db, dataset.name);
      const format = match[2] as 'csv' | 'json';
      sendPublic(res, format === 'csv' ? 'text/csv; charset=utf-8; header=present' : 'application/json; charset=utf-8');
      await writeRows(res, dataset, rows, format);
    } catch (error) {
      deps.logger.error({ err: error, dataset: dataset.name }, 'open data failed');
      if (res.headersSent) res.destroy();
      else next(error);
    }
  });
  return router;
}
