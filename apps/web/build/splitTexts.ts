import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

export type Texts = { [key: string]: string | Texts };

/** The `paths` (whole sections like `app` or single keys like `gostech.navLabel`) of `texts`, nested as in it. */
export function pickTexts(texts: Texts, paths: readonly string[]): Texts {
  const out: Texts = {};
  for (const path of paths) {
    const keys = path.split('.');
    let from: string | Texts | undefined = texts;
    let to = out;
    keys.forEach((key, i) => {
      from = typeof from === 'object' ? from[key] : undefined;
      if (from === undefined) throw new Error(`splitTexts: no text "${path}"`);
      if (i === keys.length - 1) to[key] = from;
      else to = (to[key] ??= {}) as Texts;
    });
  }
  return out;
}

/** Every section of `texts` that `paths` does not take whole (a section with only some keys picked stays complete). */
export function restOfTexts(texts: Texts, paths: readonly string[]): Texts {
  const whole = new Set(paths.filter((path) => !path.includes('.')));
  return Object.fromEntries(Object.entries(texts).filter(([section]) => !whole.has(section)));
}

/**
 * Splits a language file in two at build time (issue 16): `ru.json?texts=first` is what the first page needs
 * (`firstPage`), `ru.json?texts=rest` the other sections, loaded as a chunk of their own. Tests map both to the
 * whole file (jest.config.js), so they keep every text in memory.
 */
export function splitTexts(firstPage: readonly string[]): Plugin {
  return {
    name: 'tsifra-split-texts',
    enforce: 'pre',
    load(id) {
      const m = /^(.*\.json)\?texts=(first|rest)$/.exec(id);
      if (!m) return null;
      const file = m[1] as string;
      this.addWatchFile(file);
      const texts = JSON.parse(readFileSync(file, 'utf8')) as Texts;
      const part = m[2] === 'first' ? pickTexts(texts, firstPage) : restOfTexts(texts, firstPage);
      return { code: `export default ${JSON.stringify(part)};`, moduleType: 'js' };
    },
  };
}
