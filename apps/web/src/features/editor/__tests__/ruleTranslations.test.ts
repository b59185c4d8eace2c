import { FIELD_RULE_KEYS } from '@tsifra/domain/rule-keys';
import { COMPLETENESS_KINDS } from '@tsifra/domain/strategy/completeness';
import { REFUSAL_RULES } from '@tsifra/domain/strategy/workflow';
import en from '../../../i18n/en.json';
import ru from '../../../i18n/ru.json';

/** Every field-error rule the server can send, read from the domain (no hand-kept copy here). */
const FIELD_RULES = FIELD_RULE_KEYS;

describe.each([
  ['ru', ru],
  ['en', en],
] as const)('%s translations', (_lang, dict) => {
  const editor = (dict as unknown as { editor: Record<string, Record<string, string>> }).editor;

  it('translate every field-error rule the domain exports, and the server-only ones', () => {
    const missing = FIELD_RULES.filter(
      (rule) => typeof editor['rules']?.[rule] !== 'string' || editor['rules'][rule] === '',
    );
    expect(missing).toEqual([]);
  });

  it('name every completeness problem', () => {
    expect(COMPLETENESS_KINDS.filter((kind) => typeof editor['completeness']?.[kind] !== 'string')).toEqual([]);
  });

  it('explain every refusal to edit', () => {
    expect(REFUSAL_RULES.filter((rule) => typeof editor['refusal']?.[rule] !== 'string')).toEqual([]);
  });
});
