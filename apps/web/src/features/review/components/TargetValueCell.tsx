import { useTranslation } from '../../../shared/i18n/react';
import { currentLanguage } from '../../../app/i18n';
import { formatNumber } from '../../../shared/format';
import type { DiffMarks } from '../diffMarks';
import { samePin } from '../pins';
import { targetChange, type RevisionGoal, type RevisionIndicator } from '../revisionTree';
import { DiffValue } from './DiffValue';
import type { RevisionPins } from './RevisionPins';

interface TargetValueCellProps {
  goal: RevisionGoal;
  indicator: RevisionIndicator;
  year: number;
  /** The target for the year; undefined when the revision has none (a year dropped since the compared one). */
  value: number | undefined;
  marks: DiffMarks;
  pins: RevisionPins;
}

/** One target value: its change against the compared revision, a remark button for reviewers, a dot when remarked. */
export function TargetValueCell({ goal, indicator, year, value, marks, pins }: TargetValueCellProps) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const change = targetChange(indicator.id, year, marks);
  const formatted = value === undefined ? null : `${formatNumber(value, lang)}`;
  const content = change ? (
    <DiffValue
      before={change.before === null ? null : formatNumber(change.before, lang)}
      after={change.after === null ? null : formatNumber(change.after, lang)}
    />
  ) : (
    (formatted ?? t('common.notSet'))
  );
  const pin = { goalId: goal.id, indicatorId: indicator.id, year };
  const count = pins.count(pin);
  return (
    <td className={`num${change ? ' value--changed' : ''}${count ? ' value--remarked' : ''}`}>
      {pins.canRemark && value !== undefined ? (
        <button
          type="button"
          className="value-button"
          aria-label={t('review.remark.onValueButton', {
            year,
            value: formatted,
            unit: indicator.unit,
            name: indicator.name,
          })}
          aria-expanded={samePin(pins.composing, pin)}
          onClick={() =>
            pins.onCompose(
              pin,
              t('review.remark.onValue', { year, value: formatted, unit: indicator.unit, name: indicator.name }),
            )
          }
        >
          {content}
        </button>
      ) : (
        content
      )}
      {count > 0 && (
        <span className="value-remarks" title={t('review.remarks.marker', { count })}>
          <span aria-hidden="true">●</span>
          <span className="visually-hidden">{t('review.remarks.marker', { count })}</span>
        </span>
      )}
    </td>
  );
}
