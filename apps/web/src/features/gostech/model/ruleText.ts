import type { TFunction } from '../../../shared/i18n/translator';

/**
 * A GosTech rule (validateInformationSystem's, an import's or a server field error's) in the interface
 * language: `gostech.rules.<rule>`, with the error's params; the server's sentence when the rule is unknown.
 */
export function ruleText(
  t: TFunction,
  exists: (key: string) => boolean,
  error: { rule: string; message: string; params?: Record<string, unknown> },
): string {
  const key = `gostech.rules.${error.rule}`;
  if (error.rule && exists(key)) return t(key, { ...error.params });
  return error.message;
}
