/** @jest-environment node */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const script = resolve(__dirname, '..', '..', '..', 'scripts', 'bundle-budget.mjs');

/** A fake build: index.html's entry statically imports a vendor chunk and lazily an editor route. */
function fakeDist(vendorBytes: number): string {
  const dist = mkdtempSync(join(tmpdir(), 'tsifra-budget-'));
  mkdirSync(join(dist, 'assets'));
  mkdirSync(join(dist, '.vite'));
  // Random base64 text gzips to about three quarters of its length, so sizes stay predictable.
  const js = (n: number) => `export const x = "${randomBytes(Math.ceil(n * 0.75)).toString('base64')}";`;
  writeFileSync(join(dist, 'assets/main.js'), js(1000));
  writeFileSync(join(dist, 'assets/vendor.js'), js(vendorBytes));
  writeFileSync(join(dist, 'assets/Editor.js'), js(40_000));
  const manifest = {
    'index.html': {
      file: 'assets/main.js',
      src: 'index.html',
      isEntry: true,
      imports: ['_vendor.js'],
      dynamicImports: ['src/Editor.tsx'],
    },
    '_vendor.js': { file: 'assets/vendor.js', name: 'vendor' },
    'src/Editor.tsx': { file: 'assets/Editor.js', name: 'EditorRoute', isDynamicEntry: true, imports: ['_vendor.js'] },
  };
  writeFileSync(join(dist, '.vite/manifest.json'), JSON.stringify(manifest));
  return dist;
}

describe('the web bundle budget', () => {
  it('passes a first page under its 149.5 KB gzip budget and reports the lazy route apart from it', () => {
    const dist = fakeDist(190_000);
    const run = spawnSync(process.execPath, [script, dist], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    const report = JSON.parse(readFileSync(join(dist, 'bundle-report.json'), 'utf8'));
    const page = report.pages.find((p: { page: string }) => p.page === 'index.html');
    expect(page.jsGzip).toBeGreaterThan(130_000);
    expect(page.jsGzip).toBeLessThan(149_500);
    expect(page.budget).toBe(149_500);
    // The editor's own code is counted for its route, not for the first page (vendor is already loaded).
    expect(page.routes).toEqual([expect.objectContaining({ chunk: 'EditorRoute', jsGzip: expect.any(Number) })]);
    expect(page.routes[0].jsGzip).toBeLessThan(50_000);
  });

  it('fails the build when the first page grows past the budget', () => {
    // About 165 KB: under the old 215 KB budget, over the new one.
    const run = spawnSync(process.execPath, [script, fakeDist(220_000)], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stdout + run.stderr).toMatch(/OVER BUDGET/);
  });
});
