import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'node:http';
import { officialStrategyTitle } from '@tsifra/domain/documents/official-title';
import { OPEN_DATASETS } from '@tsifra/domain/opendata/datasets';
import { startTestServer, type TestServer } from '../../../testing/test-server';

// Real programs read the archive: Info-ZIP's unzip tests every entry's CRC and extracts single files.
jest.setTimeout(180_000);

describe('the national archive (GET /opendata/archive.zip)', () => {
  let t: TestServer;
  let dir: string;
  // One download serves the content checks (each archive renders every approved strategy).
  let archive: { res: Response; file: string };
  beforeAll(async () => {
    t = await startTestServer();
    dir = mkdtempSync(join(tmpdir(), 'tsifra-archive-'));
    archive = await fetchArchive();
  });
  afterAll(async () => {
    await t.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const fetchArchive = async () => {
    const res = await fetch(`${t.url}/opendata/archive.zip`);
    const file = join(dir, `archive-${Date.now()}.zip`);
    writeFileSync(file, Buffer.from(await res.arrayBuffer()));
    return { res, file };
  };
  const unzip = (args: string[]) => execFileSync('unzip', args, { encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
  const names = (file: string) =>
    unzip(['-Z1', file])
      .split('\n')
      .filter((n) => n);

  it('is a valid ZIP holding one DOCX per approved strategy, the open-data CSVs and their descriptor', async () => {
    const approved: { code: string; name: string }[] = await t.server.db.dataSource.query(
      `SELECT r.code AS code, r.name AS name FROM strategies s JOIN regions r ON r.id = s.region_id
        WHERE s.status = 'APPROVED' ORDER BY r.code`,
    );
    expect(approved.length).toBeGreaterThan(1);
    const { res, file } = archive;
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/zip');
    expect(res.headers.get('content-disposition')).toMatch(
      /attachment; filename="tsifra-opendata-\d{4}-\d\d-\d\d\.zip"/,
    );

    expect(unzip(['-tq', file])).toMatch(/No errors detected/);
    const entries = names(file);
    const documents = entries.filter((n) => n.startsWith('documents/'));
    expect(documents).toEqual(approved.map((a) => `documents/strategy-${a.code}.docx`));
    expect(entries).toEqual(
      expect.arrayContaining(['datapackage.json', 'README.txt', ...OPEN_DATASETS.map((d) => `${d.name}.csv`)]),
    );

    // Each inner DOCX is itself a valid package whose document holds the official title.
    const tul = approved.find((a) => a.code === 'RU-TUL')!;
    const docx = join(dir, 'tul.docx');
    writeFileSync(docx, execFileSync('unzip', ['-p', file, 'documents/strategy-RU-TUL.docx'], { maxBuffer: 2 ** 26 }));
    expect(unzip(['-tq', docx])).toMatch(/No errors detected/);
    const xml = unzip(['-p', docx, 'word/document.xml']);
    for (const word of officialStrategyTitle(tul.name).split(/\s+/).slice(0, 6)) expect(xml).toContain(word);
  });

  it('holds the same bytes as the open-data files, described by the same datapackage.json', async () => {
    const { file } = archive;
    for (const d of OPEN_DATASETS) {
      const online = await (await fetch(`${t.url}/opendata/${d.name}.csv`)).text();
      expect(`${d.name}: ${unzip(['-p', file, `${d.name}.csv`])}`).toBe(`${d.name}: ${online}`);
    }
    const inner = JSON.parse(unzip(['-p', file, 'datapackage.json'])) as { resources: { path: string }[] };
    const online = (await (await fetch(`${t.url}/opendata/datapackage.json`)).json()) as typeof inner;
    expect(inner).toEqual(online);
    expect(inner.resources.every((r) => names(file).includes(r.path))).toBe(true);
  });

  it('holds only public content: a draft is neither among the documents nor in the data', async () => {
    const [draft] = await t.server.db.dataSource.query(
      `SELECT r.code AS code FROM strategies s JOIN regions r ON r.id = s.region_id WHERE s.status <> 'APPROVED'
        ORDER BY r.code`,
    );
    expect(draft).toBeDefined();
    const { file } = archive;
    expect(names(file)).not.toContain(`documents/strategy-${draft.code}.docx`);
    expect(unzip(['-p', file, 'strategies.csv'])).not.toContain(`\n${draft.code},`);
    expect(unzip(['-p', file, 'README.txt', 'strategies.csv', 'datapackage.json'])).not.toMatch(/@[a-z0-9-]+\./i);
  });

  it('stops when its reader goes away, and the next reader gets a whole archive', async () => {
    const host = new URL(t.url);
    const got = await new Promise<number>((resolve, reject) => {
      const req = request(
        { host: host.hostname, port: host.port, path: '/opendata/archive.zip', method: 'GET' },
        (res) => {
          let bytes = 0;
          res.on('data', (chunk: Buffer) => {
            bytes += chunk.length;
            req.destroy();
            resolve(bytes);
          });
          res.on('error', () => undefined);
        },
      );
      req.on('error', (error) => (error.message.includes('aborted') ? undefined : reject(error)));
      req.end();
    });
    expect(got).toBeGreaterThan(0);
    const { res, file } = await fetchArchive();
    expect(res.status).toBe(200);
    expect(unzip(['-tq', file])).toMatch(/No errors detected/);
  });
});
