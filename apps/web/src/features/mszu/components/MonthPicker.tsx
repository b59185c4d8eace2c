import { useId } from 'react';
import { useTranslation } from '../../../shared/i18n/react';

/** A labelled month select. */
export function MonthPicker({
  months,
  value,
  onChange,
}: {
  months: readonly string[];
  value: string;
  onChange: (month: string) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <p className="mszu-month">
      <label htmlFor={id}>{t('mszu.month')}</label>{' '}
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {months.map((m) => (
          <option key={m} value={m}>
            {m}
          </option>
        ))}
      </select>
    </p>
  );
}
