import type { TFunction } from '../i18n/translator';
import type { FieldError } from '@tsifra/domain/errors';
import { ruleSentence } from '../serverErrors';

/**
 * A field error in the interface language, by its stable `rule` in any of the rule namespaces (the form rules
 * first); the server's sentence only when no namespace knows the rule.
 */
export function fieldErrorText(t: TFunction, i18nExists: (key: string) => boolean, error: FieldError): string {
  return (error.rule && ruleSentence(t, i18nExists, error.rule, { ...error.params })) || error.message;
}
