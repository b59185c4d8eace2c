import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatDocNumber } from '@tsifra/domain/documents/strategy-document';
import { officialStrategyTitle } from '@tsifra/domain/documents/official-title';
import { startTestServer, type TestServer } from '../../../testing/test-server';

// Real programs open the files: LibreOffice converts the DOCX, poppler reads both PDFs (.ci/run installs them).
jest.setTimeout(180_000);

const CONTENT = `query($code: String!) { region(code: $code) { name strategy { id documents { docx pdf }
  goals { title children { title children { title indicators { name targets { year value } } } indicators { name targets { year value } } } indicators { name targets { year value } } } } } }`;

interface Ind {
  name: string;
  targets: { year: number; value: number }[];
}
interface G {
  title: string;
  indicators: Ind[];
  children?: G[];
}

function walk(goals: G[]): { titles: string[]; indicators: Ind[] } {
  const titles: string[] = [];
  const indicators: Ind[] = [];
  const visit = (g: G) => {
    titles.push(g.title);
    indicators.push(...g.indicators);
    (g.children ?? []).forEach(visit);
  };
  goals.forEach(visit);
  return { titles, indicators };
}

/** pdftotext joins wrapped lines with newlines and may hyphenate nothing; compare on single spaces. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

describe('a strategy as DOCX and PDF', () => {
  let t: TestServer;
  let dir: string;
  beforeAll(async () => {
    t = await startTestServer();
    dir = mkdtempSync(join(tmpdir(), 'tsifra-docs-'));
  });
  afterAll(async () => {
    await t.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  async function download(path: string, token?: string) {
    const res = await fetch(`${t.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    return {
      status: res.status,
      type: res.headers.get('content-type'),
      disposition: res.headers.get('content-disposition'),
      body: Buffer.from(await res.arrayBuffer()),
    };
  }

  it('writes RU-TUL’s approved strategy as a DOCX that LibreOffice opens, with the title, every goal, indicator and target', async () => {
    const { data } = await t.gql(CONTENT, { code: 'RU-TUL' });
    const strategy = data.region.strategy;
    const file = await download(strategy.documents.docx);
    expect(file.status).toBe(200);
    expect(file.type).toContain('wordprocessingml');
    expect(file.disposition).toContain('strategy-RU-TUL.docx');
    const docx = join(dir, 'tul.docx');
    writeFileSync(docx, file.body);
    execFileSync(
      'libreoffice',
      [
        `-env:UserInstallation=file://${join(dir, 'lo-profile')}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        docx,
      ],
      { stdio: 'pipe', timeout: 120_000 },
    );
    const text = flat(execFileSync('pdftotext', ['-raw', join(dir, 'tul.pdf'), '-'], { encoding: 'utf8' }));
    expect(text).toContain(flat(officialStrategyTitle(data.region.name)));
    const { titles, indicators } = walk(strategy.goals);
    expect(titles.length).toBeGreaterThan(2);
    for (const title of titles) expect(text).toContain(flat(title));
    for (const ind of indicators) {
      expect(text).toContain(flat(ind.name));
      for (const target of ind.targets) expect(text).toContain(formatDocNumber(target.value));
    }
  });

  it('prints a tagged PDF in Russian whose tables have header cells and whose text holds every indicator', async () => {
    const { data } = await t.gql(CONTENT, { code: 'RU-TUL' });
    const file = await download(data.region.strategy.documents.pdf);
    expect(file.status).toBe(200);
    expect(file.type).toBe('application/pdf');
    const pdf = join(dir, 'tul-print.pdf');
    writeFileSync(pdf, file.body);
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(info).toMatch(/Tagged:\s+yes/);
    const structure = execFileSync('pdfinfo', ['-struct', pdf], { encoding: 'utf8' });
    const tables = structure.split(/\n\s*Table\b/).slice(1);
    expect(tables.length).toBeGreaterThanOrEqual(1);
    for (const table of tables) expect(table).toMatch(/\bTH\b/);
    expect(structure).toMatch(/\bH1\b/);
    expect(readFileSync(pdf).toString('latin1')).toMatch(/\/Lang \(ru\)/);
    const text = flat(execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' }));
    for (const ind of walk(data.region.strategy.goals).indicators) expect(text).toContain(flat(ind.name));
  });

  it('answers a hidden draft exactly like a missing strategy, and serves the draft to its own region', async () => {
    const editor = await t.login('editor.bel@tsifra.test');
    const own = await t.gql(CONTENT, { code: 'RU-BEL' }, editor);
    const path = own.data.region.strategy.documents.docx as string;
    const anonymous = await t.gql(CONTENT, { code: 'RU-BEL' });
    expect(anonymous.data.region.strategy.documents).toBeNull();
    const hidden = await download(path);
    const missing = await download('/documents/strategies/00000000-0000-4000-8000-000000000000/strategy.docx');
    expect(hidden.status).toBe(404);
    expect([hidden.status, hidden.body.toString()]).toEqual([missing.status, missing.body.toString()]);
    const mine = await download(path, editor);
    expect(mine.status).toBe(200);
    expect(mine.body.subarray(0, 2).toString()).toBe('PK');
  });

  it('refuses a revision that is not a whole number, and a revision that does not exist', async () => {
    const { data } = await t.gql(CONTENT, { code: 'RU-TUL' });
    const base = data.region.strategy.documents.docx as string;
    expect((await download(`${base}?revision=abc`)).status).toBe(400);
    expect((await download(`${base}?revision=999`)).status).toBe(404);
    expect((await download(`${base}?revision=1`)).status).toBe(200);
  });
});
