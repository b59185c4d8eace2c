/** @jest-environment node */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { pickTexts, type Texts } from '../../../build/splitTexts';
import { FIRST_PAGE_TEXTS } from '../../i18n/firstPage';
import ru from '../../i18n/ru.json';

const src = resolve(__dirname, '..', '..');

/** The app's modules the first page loads: main.tsx and what it imports statically (not `import()`), transitively. */
function firstPageModules(): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const [, spec] of code.matchAll(/^(?:import|export)\s[^;]*?from\s+'(\.[^']+)'/gms)) {
      const base = resolve(dirname(file), spec as string);
      const found = ['.ts', '.tsx', '/index.ts', '/index.tsx'].map((ext) => base + ext).find((f) => existsSync(f));
      if (found && !found.includes(`${join(src, 'gql')}`)) visit(found);
    }
  };
  visit(join(src, 'main.tsx'));
  return [...seen];
}

function has(texts: Texts, key: string): boolean {
  let node: string | Texts | undefined = texts;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return node !== undefined;
}

describe('the Russian texts on the first page (src/i18n/firstPage.ts)', () => {
  const first = pickTexts(ru, FIRST_PAGE_TEXTS);
  const modules = firstPageModules();

  it('follows the first page from main.tsx to the overview and the header, not into lazy pages', () => {
    const names = modules.map((f) => relative(src, f));
    expect(names).toEqual(
      expect.arrayContaining(['main.tsx', 'app/Header.tsx', 'features/regions/routes/RegionsRoute.tsx']),
    );
    expect(names).not.toContain('features/editor/routes/EditorRoute.tsx');
  });

  it('holds every text those modules ask for (a missing one would show as its key)', () => {
    const missing: string[] = [];
    for (const file of modules) {
      const code = readFileSync(file, 'utf8');
      // t('a.b'), t('a.b', { count }) and prefixes of t(`a.${x}`); also keys kept in constants ('common.errorTitle').
      for (const [, key] of code.matchAll(/\bt\(\s*'([\w.]+)'/g))
        if (!has(first, key as string) && !has(first, `${key}_other`)) missing.push(`${relative(src, file)}: ${key}`);
      for (const [, prefix] of code.matchAll(/\bt\(\s*`([\w.]+)\.\$\{/g))
        if (!has(first, prefix as string)) missing.push(`${relative(src, file)}: ${prefix}.*`);
      for (const [, key] of code.matchAll(/:\s*'((?:common|editor|review)\.[\w.]+)'/g))
        if (!has(first, key as string)) missing.push(`${relative(src, file)}: ${key}`);
    }
    expect(missing).toEqual([]);
  });
});
