import { useState } from 'react';
import { useTranslation } from '../../../shared/i18n/react';
import { currentLanguage } from '../../../app/i18n';
import { formatDate } from '../../../shared/format';
import { ActualForm } from './ActualForm';
import { IndicatorChart } from './IndicatorChart';
import { Percent, StatusText } from './StatusText';

interface ProgressFigure {
  status: string;
  achievement?: number | null;
  confidence?: number;
}

export interface ProgressIndicator {
  id: string;
  name: string;
  unit: string;
  baselineYear: number;
  baselineValue: number;
  targets: { year: number; value: number }[];
  actuals: { year: number; value: number }[];
  progress: ProgressFigure;
  actualHistory: {
    year: number;
    value: number;
    version: number;
    current: boolean;
    onTime: boolean;
    daysLate: number;
    reportedAt: string;
    reportedByName?: string | null;
    note?: string | null;
  }[];
}

export interface ProgressGoal {
  id: string;
  title: string;
  horizon: string;
  sector: { code: string };
  progress: ProgressFigure;
  indicators: ProgressIndicator[];
}

/** One sector: its status, each goal's status and achievement, each indicator's plan vs actual, missing and late reports. */
export function SectorSection({
  title,
  progress,
  goals,
  year,
  canReport,
  onSaved,
}: {
  title: string;
  progress: ProgressFigure;
  goals: ProgressGoal[];
  year: number;
  canReport: boolean;
  onSaved: () => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const [open, setOpen] = useState<string | null>(null);
  const indicators = goals.flatMap((g) => g.indicators);
  const missing = indicators.filter((i) => !i.actuals.some((a) => a.year === year));
  const late = indicators.flatMap((i) =>
    i.actualHistory
      .filter((h) => h.year === year && h.current && !h.onTime)
      .map((h) => ({ name: i.name, days: h.daysLate })),
  );
  return (
    <section className="progress-sector" aria-label={title}>
      <h2>
        {title}: <StatusText status={progress.status} /> · <Percent value={progress.achievement ?? null} lang={lang} />
      </h2>
      <ul className="progress-cards">
        {goals.map((g) => (
          <li key={g.id}>
            <strong>{g.title}</strong> <span className="muted">({t(`horizon.${g.horizon}`)})</span>
            <br />
            <StatusText status={g.progress.status} /> · <Percent value={g.progress.achievement ?? null} lang={lang} />
          </li>
        ))}
      </ul>
      {missing.length > 0 && (
        <p>
          {t('progress.region.missing', { count: missing.length, year })}: {missing.map((i) => i.name).join('; ')}
        </p>
      )}
      {late.length > 0 && (
        <p>
          {t('progress.region.late', { count: late.length })}:{' '}
          {late.map((l) => t('progress.region.lateItem', { name: l.name, days: l.days })).join('; ')}
        </p>
      )}
      {indicators.map((i) => {
        const current = i.actualHistory.find((h) => h.year === year && h.current);
        return (
          <article key={i.id} className="progress-indicator" aria-label={i.name}>
            <h3>
              {i.name}: <StatusText status={i.progress.status} /> ·{' '}
              <Percent value={i.progress.achievement ?? null} lang={lang} />
            </h3>
            <IndicatorChart indicator={i} />
            {current && (
              <p className="muted">
                {t('progress.region.reported', {
                  value: current.value,
                  date: formatDate(current.reportedAt, lang),
                  who: current.reportedByName ?? t('progress.region.demo'),
                  version: current.version,
                })}
              </p>
            )}
            {canReport && (
              <>
                <button
                  type="button"
                  className="button button--secondary"
                  aria-expanded={open === i.id}
                  onClick={() => setOpen(open === i.id ? null : i.id)}
                >
                  {t('progress.form.open', { year })}
                </button>
                {open === i.id && (
                  <ActualForm
                    indicatorId={i.id}
                    indicatorName={i.name}
                    year={year}
                    currentVersion={current?.version ?? 0}
                    currentValue={current?.value ?? null}
                    onSaved={() => (setOpen(null), onSaved())}
                  />
                )}
              </>
            )}
          </article>
        );
      })}
    </section>
  );
}
