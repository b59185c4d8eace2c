import { useId } from 'react';
import { useTranslation } from '../../../shared/i18n/react';

/**
 * How many systems reach production on GosTech in each quarter: a bar chart drawn with CSS, each bar
 * with its number as text, and the list itself readable without the bars.
 */
export function QuarterChart({ quarters }: { quarters: readonly { quarter: string; count: number }[] }) {
  const { t } = useTranslation();
  const titleId = useId();
  const max = Math.max(1, ...quarters.map((q) => q.count));
  return (
    <figure className="quarter-chart" aria-labelledby={titleId}>
      <figcaption id={titleId}>
        <h2>{t('gostech.summary.byQuarterTitle')}</h2>
      </figcaption>
      {quarters.length === 0 ? (
        <p>{t('gostech.summary.byQuarterEmpty')}</p>
      ) : (
        <ul className="quarter-chart__list">
          {quarters.map((q) => (
            <li key={q.quarter} className="quarter-chart__item">
              <span className="quarter-chart__label">
                {t('gostech.summary.quarter', { year: q.quarter.slice(0, 4), quarter: q.quarter.slice(6) })}
              </span>
              <span className="quarter-chart__track" aria-hidden="true">
                <span className="quarter-chart__bar" style={{ width: `${(q.count / max) * 100}%` }} />
              </span>
              <span className="quarter-chart__value">{t('gostech.summary.systemsCount', { count: q.count })}</span>
            </li>
          ))}
        </ul>
      )}
    </figure>
  );
}
