import { useTranslation } from '../../../shared/i18n/react';
import { graphQLErrors } from '../../../shared/errors';

interface Detail {
  field?: string;
  rule?: string;
  message?: string;
  row?: number;
  column?: string;
}

/** Field errors of a refused write, translated by rule key (the English message when the key is unknown). */
export function RuleErrors({ details, title }: { details: readonly Detail[]; title: string }) {
  const { t, i18n } = useTranslation();
  return (
    <div role="alert" className="notice notice--error">
      <p className="notice__title">{title}</p>
      <ul className="notice__list">
        {details.map((d, i) => (
          <li key={i}>
            {d.row != null && `${t('mszu.upload.row', { row: d.row })}${d.column ? `, ${d.column}` : ''}: `}
            {d.field && d.row == null ? `${d.field}: ` : ''}
            {d.rule && i18n.exists(`mszu.rules.${d.rule}`) ? t(`mszu.rules.${d.rule}`) : d.message}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The details of a BAD_USER_INPUT error, or an empty list. */
export function detailsOf(error: unknown): Detail[] {
  return graphQLErrors(error).flatMap((e) =>
    Array.isArray(e.extensions?.['details']) ? (e.extensions['details'] as Detail[]) : [],
  );
}
