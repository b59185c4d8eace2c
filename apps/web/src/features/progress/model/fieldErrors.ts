import type { TFunction } from '../../../shared/i18n/translator';
import { graphQLErrors } from '../../../shared/errors';

export interface FieldProblem {
  field: string;
  text: string;
}

/** Field errors of a failed write, translated by their rule key (the server's sentence for an unknown rule). */
export function fieldProblems(
  error: unknown,
  t: TFunction,
  exists: (key: string) => boolean,
): { code: string | null; problems: FieldProblem[] } {
  const first = graphQLErrors(error)[0];
  const code = (first?.extensions?.['code'] as string | undefined) ?? null;
  const details =
    (first?.extensions?.['details'] as
      { field: string; rule: string; message: string; params?: Record<string, unknown> }[] | undefined) ?? [];
  return {
    code,
    problems: details.map((d) => ({
      field: d.field,
      text: exists(`editor.rules.${d.rule}`) ? t(`editor.rules.${d.rule}`, { ...d.params }) : d.message,
    })),
  };
}
