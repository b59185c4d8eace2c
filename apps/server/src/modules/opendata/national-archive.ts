import type { Writable } from 'node:stream';
import { isDomainError } from '@tsifra/domain/errors';
import { csvLine, dataPackage, OPEN_DATASETS, type CellValue } from '@tsifra/domain/opendata/datasets';
import type { Database } from '../../db/data-source';
import { renderDocx } from '../documents/docx-renderer';
import { loadStrategyDocument } from '../documents/strategy-document.service';
import { datasetRows, isoTime, publications, strategyRowsOf } from './opendata.queries';
import { ZipStream } from './zip-stream';

/** The national archive's stable URL (linked from the open-data page). */
export const NATIONAL_ARCHIVE_PATH = '/opendata/archive.zip';

export interface ArchiveSummary {
  /** Approved strategies written as DOCX. */
  strategies: number;
  /** Entry names in the order written. */
  entries: string[];
}

const README = (updated: string, strategies: number) =>
  [
    'Цифра: национальный архив открытых данных',
    '',
    `Данные на ${updated}. Утверждённых стратегий: ${strategies}.`,
    '',
    'documents/strategy-<код региона>.docx — действующая редакция каждой утверждённой стратегии',
    '<набор>.csv — наборы открытых данных (UTF-8, строка заголовков), описанные в datapackage.json',
    '(Frictionless Data: поля, типы, единицы, лицензия).',
    '',
    'Только публичные сведения: утверждённые стратегии и планы, опубликованные рейтинги, реестр.',
    'Лицензия: CC BY 4.0.',
    '',
  ].join('\r\n');

/** Rows as CSV text in parts of about 64 KB, so a large file goes out as it is formatted. */
async function writeCsvRows(write: (text: string) => Promise<void>, rows: Iterable<CellValue[]>): Promise<void> {
  let chunk = '';
  for (const row of rows) {
    chunk += csvLine(row);
    if (chunk.length > 64_000) {
      await write(chunk);
      chunk = '';
    }
  }
  if (chunk) await write(chunk);
}

/**
 * All approved strategies as one ZIP, written into `out` as it is built: each strategy's document in force as DOCX,
 * then the open-data CSVs with their `datapackage.json`. One strategy is loaded and rendered at a time, and
 * strategies.csv is read a strategy at a time, so the memory peak is one strategy's document plus the fixed-size
 * datasets — not the number of strategies. Only public content: the documents are read as an anonymous visitor
 * (an approved strategy is public), the datasets are the open data.
 */
export async function writeNationalArchive(
  db: Database,
  out: Writable,
  onEntry: (name: string) => void = () => {},
): Promise<ArchiveSummary> {
  const zip = new ZipStream(out);
  const entries: string[] = [];
  const done = (name: string) => {
    entries.push(name);
    onEntry(name);
  };
  try {
    const approved: { id: string; code: string; at: unknown }[] = await db.dataSource.query(
      `SELECT s.id AS id, r.code AS code, s.approved_at AS at FROM strategies s JOIN regions r ON r.id = s.region_id
        WHERE s.status = 'APPROVED' ORDER BY r.code`,
    );
    const written: string[] = [];
    for (const s of approved) {
      let document;
      try {
        ({ document } = await loadStrategyDocument(db, null, String(s.id)));
      } catch (error) {
        // Returned to its region since the list was read: no longer public, so not in the archive.
        if (isDomainError(error) && error.code === 'NOT_FOUND') continue;
        throw error;
      }
      const name = `documents/strategy-${s.code}.docx`;
      const at = isoTime(s.at);
      await zip.file(name, await renderDocx(document), { compress: false, mtime: at ? new Date(at) : undefined });
      done(name);
      written.push(String(s.id));
    }

    const [latest] = await publications(db);
    const updated = latest?.at ?? new Date(0).toISOString();
    const descriptor = JSON.stringify(dataPackage({ baseUrl: '', updated }), null, 2);
    await zip.file('datapackage.json', new TextEncoder().encode(descriptor), { compress: true });
    done('datapackage.json');
    await zip.file('README.txt', new TextEncoder().encode(README(updated.slice(0, 10), written.length)), {
      compress: true,
    });
    done('README.txt');

    for (const dataset of OPEN_DATASETS) {
      const name = `${dataset.name}.csv`;
      const file = zip.text(name);
      await file.write(csvLine(dataset.fields.map((f) => f.name)));
      if (dataset.name === 'strategies')
        for (const id of written) await writeCsvRows(file.write, await strategyRowsOf(db, id));
      else await writeCsvRows(file.write, await datasetRows(db, dataset.name));
      await file.end();
      done(name);
    }
    await zip.end();
    return { strategies: written.length, entries };
  } catch (error) {
    zip.abort();
    throw error;
  }
}
