import { useId } from 'react';
import { useTranslation } from '../../../shared/i18n/react';

export const PROGRESS_YEARS = [2021, 2022, 2023, 2024] as const;

export function YearSelect({ year, onChange }: { year: number; onChange: (year: number) => void }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <p className="progress-filter">
      <label htmlFor={id}>{t('progress.year')}</label>{' '}
      <select id={id} value={year} onChange={(e) => onChange(Number(e.target.value))}>
        {PROGRESS_YEARS.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </p>
  );
}

/** The year from `?year=`, or the default (the first year actuals were reported for). */
export function yearOf(params: URLSearchParams): number {
  const y = Number(params.get('year'));
  return (PROGRESS_YEARS as readonly number[]).includes(y) ? y : 2021;
}
