import { useTranslation } from '../../../shared/i18n/react';
import { DiffValue } from './DiffValue';

/** Field-by-field text changes of a goal or indicator. */
export function TextChanges({
  changes,
}: {
  changes: readonly { field: string; before?: string | null; after?: string | null }[];
}) {
  const { t } = useTranslation();
  return (
    <ul className="text-changes">
      {changes.map((change) => (
        <li key={change.field}>
          <span className="text-changes__field">
            {t(`review.diff.field.${change.field}`, { defaultValue: change.field })}:
          </span>{' '}
          <DiffValue before={change.before ?? null} after={change.after ?? null} />
        </li>
      ))}
    </ul>
  );
}
