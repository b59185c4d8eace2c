import { Mutex } from 'async-mutex';
import { Router, type Request, type Response } from 'express';
import type { Logger } from 'pino';
import { isDomainError } from '@tsifra/domain/errors';
import type { Actor } from '@tsifra/domain/roles';
import type { Database } from '../../db/data-source';
import { renderDocx } from './docx-renderer';
import { loadActuals, renderIndicatorsXlsx } from './indicators-xlsx';
import { PdfUnavailableError, renderPdf } from './pdf-renderer';
import { renderPrintHtml } from './print-html';
import { loadStrategyContent, loadStrategyDocument } from './strategy-document.service';

export const DOCUMENT_FORMATS = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
} as const;
export type DocumentFormat = keyof typeof DOCUMENT_FORMATS;
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The download path of a strategy's indicators as XLSX (`Strategy.documents.xlsx`). */
export function strategyIndicatorsPath(strategyId: string, revision?: number | null): string {
  return `/documents/strategies/${encodeURIComponent(strategyId)}/indicators.xlsx${revision ? `?revision=${revision}` : ''}`;
}

/** The download path of a strategy's document; GraphQL's `Strategy.documents` returns these. */
export function strategyDocumentPath(strategyId: string, format: DocumentFormat, revision?: number | null): string {
  return `/documents/strategies/${encodeURIComponent(strategyId)}/strategy.${format}${revision ? `?revision=${revision}` : ''}`;
}

interface Deps {
  db: Database;
  /** The signed-in actor of a request (session cookie or Bearer token), or null. */
  actorOf: (req: Request) => Promise<Actor | null>;
  chromiumPath: string;
  logger: Logger;
}

/** `?revision=N`: undefined when absent, false when not a positive whole number. */
function revisionOf(req: Request): number | undefined | false {
  const text = typeof req.query.revision === 'string' ? req.query.revision : undefined;
  if (text === undefined) return undefined;
  const revision = Number(text);
  return Number.isInteger(revision) && revision > 0 ? revision : false;
}

function fail(res: Response, status: number, code: string, message: string): void {
  res.status(status).json({ error: { code, message } });
}

/**
 * Strategy documents as files: `GET /documents/strategies/:id/strategy.docx|pdf[?revision=N]`, under the same
 * access rule as the strategy's content. PDFs print one at a time: each holds a Chromium, the largest thing
 * the server ever has in memory.
 */
export function documentsRouter(deps: Deps): Router {
  const router = Router();
  const printing = new Mutex();

  // Targets and actuals by year, under the same access rule as the content.
  router.get('/strategies/:id/indicators.xlsx', async (req, res) => {
    const revision = revisionOf(req);
    if (revision === false) return fail(res, 400, 'BAD_USER_INPUT', 'revision must be a positive whole number.');
    try {
      const actor = await deps.actorOf(req);
      const { snapshot, region } = await loadStrategyContent(deps.db, actor, String(req.params.id), revision);
      const actuals = await loadActuals(
        deps.db,
        snapshot.goals.flatMap((g) => g.indicators.map((i) => i.id)),
      );
      const body = await renderIndicatorsXlsx(`Показатели стратегии: ${region.name}`, snapshot, actuals);
      res
        .status(200)
        .type(XLSX_TYPE)
        .set(
          'Content-Disposition',
          `attachment; filename="indicators-${region.code}${revision ? `-r${revision}` : ''}.xlsx"`,
        )
        .set('Cache-Control', 'private, no-store')
        .send(body);
    } catch (error) {
      if (isDomainError(error) && error.code === 'NOT_FOUND') return fail(res, 404, 'NOT_FOUND', error.message);
      deps.logger.error({ err: error }, 'indicators export failed');
      fail(res, 500, 'INTERNAL_SERVER_ERROR', 'The spreadsheet could not be built.');
    }
  });

  router.get('/strategies/:id/strategy.:format', async (req, res) => {
    const format = req.params.format as string;
    if (!(format in DOCUMENT_FORMATS)) return fail(res, 404, 'NOT_FOUND', 'Formats: docx, pdf.');
    const revision = revisionOf(req);
    if (revision === false) return fail(res, 400, 'BAD_USER_INPUT', 'revision must be a positive whole number.');
    try {
      const actor = await deps.actorOf(req);
      const { document, regionCode } = await loadStrategyDocument(deps.db, actor, String(req.params.id), revision);
      const body =
        format === 'docx'
          ? await renderDocx(document)
          : await printing.runExclusive(() =>
              renderPdf(renderPrintHtml(document), { chromiumPath: deps.chromiumPath, title: document.title }),
            );
      const name = `strategy-${regionCode}${revision ? `-r${revision}` : ''}.${format}`;
      res
        .status(200)
        .type(DOCUMENT_FORMATS[format as DocumentFormat])
        .set('Content-Disposition', `attachment; filename="${name}"`)
        .set('Cache-Control', 'private, no-store')
        .send(body);
    } catch (error) {
      if (isDomainError(error) && error.code === 'NOT_FOUND') return fail(res, 404, 'NOT_FOUND', error.message);
      if (error instanceof PdfUnavailableError)
        return fail(res.set('Retry-After', '3600'), 503, 'SERVICE_UNAVAILABLE', error.message);
      deps.logger.error({ err: error }, 'document export failed');
      fail(res, 500, 'INTERNAL_SERVER_ERROR', 'The document could not be built.');
    }
  });
  return router;
}
