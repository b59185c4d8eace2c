import { ACTUAL_RULES } from '@tsifra/domain/execution/actuals';
import { PROGRESS_STATUSES } from '@tsifra/domain/execution/progress';
import en from '../../../i18n/en.json';
import ru from '../../../i18n/ru.json';

/** Rules only the execution service produces. */
const SERVER_RULES = ['thresholds_order', 'due_rule_invalid', 'progress_year_range'];

describe.each([
  ['ru', ru],
  ['en', en],
] as const)('%s execution texts', (_lang, dict) => {
  const d = dict as unknown as {
    editor: { rules: Record<string, string> };
    progress: { status: Record<string, string> };
  };
  it('translate every actual rule and every progress status', () => {
    expect([...ACTUAL_RULES, ...SERVER_RULES].filter((r) => !d.editor.rules[r])).toEqual([]);
    expect(PROGRESS_STATUSES.filter((s) => !d.progress.status[s])).toEqual([]);
  });
});
