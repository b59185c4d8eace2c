#!/usr/bin/env node
// The web bundle budget (issue 6): after `vite build`, sums the gzip size of the JavaScript each page loads
// up front — its entry plus every statically imported chunk, from Vite's manifest — and of each lazy route
// on top of that. Fails the build when the first page exceeds its budget. Writes dist/bundle-report.json.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

/**
 * Initial JavaScript budgets in bytes (gzip), per HTML entry. The IDE is a separate page with its own budget.
 * index.html is the first page a visitor gets (the public overview). Issue 16 took it from 243.4 KB to 148.6 KB:
 * first the English texts, the region page, the bell and every GraphQL document but the page's own moved to chunks
 * loaded on demand (207.9 KB; 211.3 KB once the next round's features merged), then:
 * - Russian texts split at build time (build/splitTexts.ts, src/i18n/firstPage.ts): only the overview's and the
 *   header's ship with the page, the rest is one chunk every other page loads with its code (−24 KB);
 * - React Router's declarative router (useRoutes + React.lazy pages) instead of the data router; the unsaved-changes
 *   guard blocks navigation itself (useLeaveBlocker) (−17 KB);
 * - rxjs's ES2015 build instead of ES5 + tslib, the tile map sized by its tiles, not the domain's region table (−5 KB);
 * - the app's own translator (src/shared/i18n) instead of i18next + react-i18next (−17 KB);
 * - later: the tile map (the overview's second view) and the sign-in form's texts load with their own use (−1.2 KB),
 *   paying for the error sentences ErrorNotice now says in the interface language and the amendment marker.
 * What is left is React DOM (64 KB), Apollo Client with rxjs/graphql (~55 KB), React Router (12 KB) and the app.
 * The budget, 149.5 KB, is that figure plus ~1 KB (under the 150 KB): a new first-page dependency must be paid for.
 */
export const BUDGETS = { 'index.html': 149_500, 'ide.html': 1_000_000 };

export function measure(dist, budgets = BUDGETS) {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
  const gz = new Map();
  const gzipOf = (file) => {
    if (!gz.has(file)) gz.set(file, gzipSync(readFileSync(join(dist, file))).length);
    return gz.get(file);
  };
  /** The chunk and every chunk it imports statically (what the browser fetches before running it). */
  const closure = (key, seen = new Set()) => {
    if (seen.has(key)) return seen;
    seen.add(key);
    for (const dep of manifest[key].imports ?? []) closure(dep, seen);
    return seen;
  };
  const jsBytes = (keys) =>
    [...keys].filter((k) => manifest[k].file.endsWith('.js')).reduce((sum, k) => sum + gzipOf(manifest[k].file), 0);
  const cssBytes = (keys) => [...keys].flatMap((k) => manifest[k].css ?? []).reduce((sum, f) => sum + gzipOf(f), 0);

  const pages = Object.entries(manifest)
    .filter(([, chunk]) => chunk.isEntry && chunk.src?.endsWith('.html'))
    .map(([key, chunk]) => {
      const initial = closure(key);
      const routes = [...new Set([...initial].flatMap((k) => manifest[k].dynamicImports ?? []))]
        .map((lazy) => {
          const extra = new Set([...closure(lazy)].filter((k) => !initial.has(k)));
          return { chunk: manifest[lazy].name ?? lazy, jsGzip: jsBytes(extra), cssGzip: cssBytes(extra) };
        })
        .sort((a, b) => b.jsGzip - a.jsGzip);
      const budget = budgets[chunk.src] ?? null;
      const jsGzip = jsBytes(initial);
      return {
        page: chunk.src,
        jsGzip,
        cssGzip: cssBytes(initial),
        budget,
        withinBudget: budget === null || jsGzip <= budget,
        routes,
      };
    });
  return { pages, ok: pages.every((p) => p.withinBudget) };
}

const kb = (n) => `${(n / 1000).toFixed(1)} KB`;

function main() {
  const dist = resolve(process.argv[2] ?? join(fileURLToPath(new URL('.', import.meta.url)), '..', 'dist'));
  if (!existsSync(join(dist, '.vite', 'manifest.json'))) {
    console.error(`bundle budget: no Vite manifest in ${dist} (build with build.manifest)`);
    process.exit(1);
  }
  const report = measure(dist);
  writeFileSync(join(dist, 'bundle-report.json'), JSON.stringify(report, null, 2) + '\n');
  for (const page of report.pages) {
    const verdict =
      page.budget === null
        ? ''
        : page.withinBudget
          ? ` ≤ budget ${kb(page.budget)}`
          : ` OVER BUDGET ${kb(page.budget)}`;
    const first = page.page === 'index.html' ? ' — the first page' : '';
    process.stdout.write(
      `bundle budget: ${page.page}${first}: initial JS ${kb(page.jsGzip)} gzip, CSS ${kb(page.cssGzip)}${verdict}\n`,
    );
    for (const route of page.routes)
      process.stdout.write(`  + lazy ${route.chunk}: JS ${kb(route.jsGzip)}, CSS ${kb(route.cssGzip)}\n`);
  }
  if (!report.ok) {
    console.error('bundle budget exceeded: split the new code into a lazy route (React.lazy) or trim dependencies');
    process.exit(1);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
