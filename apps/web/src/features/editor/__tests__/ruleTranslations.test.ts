import { GOAL_RULES } from '@tsifra/domain/strategy/goals';
import { INDICATOR_RULES } from '@tsifra/domain/strategy/indicators';
import { INITIATIVE_RULES } from '@tsifra/domain/strategy/initiatives';
import { SECTOR_CHOICE_RULES } from '@tsifra/domain/strategy/sector-choices';
import { COMPLETENESS_KINDS } from '@tsifra/domain/strategy/completeness';
import { REFUSAL_RULES } from '@tsifra/domain/strategy/workflow';
import { USER_RULES } from '@tsifra/domain/users';
import en from '../../../i18n/en.json';
import ru from '../../../i18n/ru.json';

/** Rules only the server's services produce (tree and account checks beyond the domain validators). */
const SERVER_RULES = ['parent_not_in_strategy', 'goal_cycle', 'horizon_not_later_than_children', 'position_out_of_range', 'sector_has_goals', 'self_lockout', 'wrong_password', 'no_sectors'];

const FIELD_RULES = [...new Set<string>([...GOAL_RULES, ...INDICATOR_RULES, ...INITIATIVE_RULES, ...SECTOR_CHOICE_RULES, ...USER_RULES, ...REFUSAL_RULES, ...SERVER_RULES])];

describe.each([
  ['ru', ru],
  ['en', en],
] as const)('%s translations', (_lang, dict) => {
  const editor = (dict as unknown as { editor: Record<string, Record<string, string>> }).editor;

  it('translate every field-error rule the domain exports, and the server-only ones', () => {
    const missing = FIELD_RULES.filter((rule) => typeof editor['rules']?.[rule] !== 'string' || editor['rules'][rule] === '');
    expect(missing).toEqual([]);
  });

  it('name every completeness problem', () => {
    expect(COMPLETENESS_KINDS.filter((kind) => typeof editor['completeness']?.[kind] !== 'string')).toEqual([]);
  });

  it('explain every refusal to edit', () => {
    expect(REFUSAL_RULES.filter((rule) => typeof editor['refusal']?.[rule] !== 'string')).toEqual([]);
  });
});
