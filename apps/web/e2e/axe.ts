import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** The impacts that fail a page: a user is blocked or seriously hindered. */
const FAILING = new Set(['serious', 'critical']);

/**
 * Runs axe-core (WCAG 2.x A/AA rules) on the page as it is now and fails with a readable list when
 * any violation is serious or critical. `where` names the page and role in the failure message.
 * `disableRules` is for a known, reported exception on one page only — say why where it is used.
 */
export async function expectNoSeriousA11yViolations(
  page: Page,
  where: string,
  options: { disableRules?: string[] } = {},
): Promise<void> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .disableRules(options.disableRules ?? [])
    .analyze();
  const failing = result.violations.filter((v) => FAILING.has(v.impact ?? ''));
  const report = failing
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help}\n${v.nodes
          .slice(0, 5)
          .map((n) => `    ${n.target.join(' ')}`)
          .join('\n')}`,
    )
    .join('\n');
  expect(`${where}: ${failing.length} serious/critical violations\n${report}`).toBe(
    `${where}: 0 serious/critical violations\n`,
  );
}
