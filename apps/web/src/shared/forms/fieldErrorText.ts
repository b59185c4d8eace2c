import type { TFunction } from '../i18n/translator';
import type { FieldError } from '@tsifra/domain/errors';

/** A field error in the interface language, by its stable `rule`; the server's sentence when the rule is unknown. */
export function fieldErrorText(t: TFunction, i18nExists: (key: string) => boolean, error: FieldError): string {
  const key = `editor.rules.${error.rule}`;
  if (error.rule && i18nExists(key)) return t(key, { ...error.params });
  return error.message;
}
