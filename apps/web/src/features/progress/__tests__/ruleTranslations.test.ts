import { ACTUAL_RULES } from '@tsifra/domain/execution/actuals';
import { PROGRESS_STATUSES } from '@tsifra/domain/execution/progress';
import { EXECUTION_SETTING_RULES } from '@tsifra/domain/execution/settings';
import en from '../../../i18n/en.json';
import ru from '../../../i18n/ru.json';

describe.each([
  ['ru', ru],
  ['en', en],
] as const)('%s execution texts', (_lang, dict) => {
  const d = dict as unknown as {
    editor: { rules: Record<string, string> };
    progress: { status: Record<string, string> };
  };
  it('translate every actual rule and every progress status', () => {
    expect([...ACTUAL_RULES, ...EXECUTION_SETTING_RULES].filter((r) => !d.editor.rules[r])).toEqual([]);
    expect(PROGRESS_STATUSES.filter((s) => !d.progress.status[s])).toEqual([]);
  });
});
