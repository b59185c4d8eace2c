import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import pixelmatch from 'pixelmatch';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';

/** WCAG AA for normal text. */
export const AA_NORMAL = 4.5;

type Rgba = [number, number, number, number];

function parseColour(css: string): Rgba {
  const m = /rgba?\(([^)]+)\)/.exec(css);
  if (!m) throw new Error(`not an rgb colour: ${css}`);
  const [r, g, b, a] = m[1]!
    .split(/[\s,/]+/)
    .filter(Boolean)
    .map(Number);
  return [r!, g!, b!, a ?? 1];
}

function luminance([r, g, b]: Rgba): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** The WCAG contrast ratio of two opaque CSS colours (`rgb(…)`). */
export function contrastRatio(foreground: string, background: string): number {
  const [a, b] = [luminance(parseColour(foreground)), luminance(parseColour(background))];
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

export interface TextContrast {
  text: string;
  color: string;
  background: string;
  ratio: number;
}

/**
 * Every element under `selector` that holds text of its own, with its computed colour and the background it is
 * painted on (the ancestors' backgrounds composed until an opaque one), and their contrast ratio.
 */
export async function textContrasts(page: Page, selector: string): Promise<TextContrast[]> {
  const rows = await page
    .locator(selector)
    .first()
    .evaluate((root) => {
      const parse = (css: string) => {
        const m = /rgba?\(([^)]+)\)/.exec(css);
        const [r, g, b, a] = m
          ? m[1]!
              .split(/[\s,/]+/)
              .filter(Boolean)
              .map(Number)
          : [255, 255, 255, 1];
        return [r!, g!, b!, a ?? 1] as [number, number, number, number];
      };
      const backgroundOf = (el: Element | null): string => {
        const layers: [number, number, number, number][] = [];
        for (let node = el; node; node = node.parentElement) {
          const c = parse(getComputedStyle(node).backgroundColor);
          if (c[3] > 0) layers.push(c);
          if (c[3] >= 1) break;
        }
        // Compose from the bottom (white canvas) up.
        let [r, g, b] = [255, 255, 255];
        for (const [lr, lg, lb, la] of layers.reverse())
          [r, g, b] = [lr * la + r * (1 - la), lg * la + g * (1 - la), lb * la + b * (1 - la)];
        return `rgb(${Math.round(r)}, ${Math.round(g)}, ${Math.round(b)})`;
      };
      const out: { text: string; color: string; background: string }[] = [];
      for (const el of [root, ...root.querySelectorAll('*')]) {
        const own = [...el.childNodes]
          .filter((n) => n.nodeType === Node.TEXT_NODE)
          .map((n) => n.textContent ?? '')
          .join('')
          .trim();
        const style = getComputedStyle(el);
        if (!own || style.visibility === 'hidden' || style.display === 'none' || el.closest('.visually-hidden'))
          continue;
        const c = parse(style.color);
        // Text drawn half-transparent is composed over its background as well.
        const bg = parse(backgroundOf(el));
        const color = `rgb(${Math.round(c[0] * c[3] + bg[0] * (1 - c[3]))}, ${Math.round(c[1] * c[3] + bg[1] * (1 - c[3]))}, ${Math.round(c[2] * c[3] + bg[2] * (1 - c[3]))})`;
        out.push({ text: own, color, background: backgroundOf(el) });
      }
      return out;
    });
  return rows.map((r) => ({ ...r, ratio: contrastRatio(r.color, r.background) }));
}

interface AxeCheckData {
  fgColor?: string;
  bgColor?: string;
  contrastRatio?: number;
  expectedContrastRatio?: string;
  messageKey?: string;
}

/**
 * axe-core's colour-contrast findings under `selector` that are failures: its violations, and those of its
 * "needs review" (incomplete) results whose colours it did determine — axe files text whose colour equals its
 * background (ratio 1 : 1) as "needs review", and that is exactly the white-on-white fault.
 */
export async function axeContrastFailures(page: Page, selector: string): Promise<string[]> {
  const result = await new AxeBuilder({ page }).include(selector).withRules(['color-contrast']).analyze();
  const failures: string[] = [];
  for (const v of result.violations)
    for (const node of v.nodes) failures.push(`violation ${node.target.join(' ')}: ${node.failureSummary ?? ''}`);
  for (const v of result.incomplete)
    for (const node of v.nodes) {
      const data = (node.any[0]?.data ?? {}) as AxeCheckData;
      if (data.fgColor && data.bgColor)
        failures.push(
          `needs review ${node.target.join(' ')}: ${data.fgColor} on ${data.bgColor} (${data.contrastRatio ?? '?'} : 1, ${data.messageKey ?? ''})`,
        );
    }
  return failures;
}

/**
 * Compares a PNG with the committed baseline and returns the share of differing pixels (0–1); on a difference it
 * leaves `<name>.actual.png` and `<name>.diff.png` beside the baseline (git-ignored). With UPDATE_SCREENSHOTS=1 it
 * writes the baseline instead; a missing baseline is an error, so a lost file cannot pass silently.
 */
export function compareWithBaseline(png: Buffer, baselinePath: string): number {
  if (!existsSync(baselinePath) && process.env['UPDATE_SCREENSHOTS'] !== '1')
    throw new Error(`no baseline at ${baselinePath}: run once with UPDATE_SCREENSHOTS=1 and commit it`);
  if (process.env['UPDATE_SCREENSHOTS'] === '1') {
    mkdirSync(dirname(baselinePath), { recursive: true });
    writeFileSync(baselinePath, png);
    return 0;
  }
  const actual = PNG.sync.read(png);
  const expected = PNG.sync.read(readFileSync(baselinePath));
  if (actual.width !== expected.width || actual.height !== expected.height) {
    writeFileSync(baselinePath.replace(/\.png$/, '.actual.png'), png);
    return 1;
  }
  const diff = new PNG({ width: actual.width, height: actual.height });
  const differing = pixelmatch(actual.data, expected.data, diff.data, actual.width, actual.height, { threshold: 0.1 });
  if (differing > 0) {
    writeFileSync(baselinePath.replace(/\.png$/, '.actual.png'), png);
    writeFileSync(baselinePath.replace(/\.png$/, '.diff.png'), PNG.sync.write(diff));
  }
  return differing / (actual.width * actual.height);
}
