import { Fragment } from 'react';
import { useTranslation } from '../../../shared/i18n/react';
import { currentLanguage } from '../../../app/i18n';
import { formatNumber } from '../../../shared/format';
import { IndicatorValuesTable } from '../../../shared/strategy/IndicatorValuesTable';
import type { DiffMarks } from '../diffMarks';
import { baselineChange, targetYears, type RevisionGoal, type RevisionIndicator } from '../revisionTree';
import { DiffValue } from './DiffValue';
import { RemarkButton, RemarkMarker, type RevisionPins } from './RevisionPins';
import { TargetValueCell } from './TargetValueCell';
import { TextChanges } from './TextChanges';

interface RevisionIndicatorItemProps {
  goal: RevisionGoal;
  indicator: RevisionIndicator;
  marks: DiffMarks;
  pins: RevisionPins;
}

/** One indicator of a goal in a revision: its facts and targets, with changes marked and remark places. */
export function RevisionIndicatorItem({ goal, indicator, marks, pins }: RevisionIndicatorItemProps) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const mark = marks.indicators.get(indicator.id);
  const targets = new Map(indicator.targets.map((v) => [v.year, v.value]));
  const years = targetYears(indicator, marks);
  const baseline = baselineChange(indicator.id, marks);
  const pin = { goalId: goal.id, indicatorId: indicator.id };
  return (
    <li className={`indicator${mark?.added ? ' indicator--added' : ''}`}>
      <p className="indicator__name">
        {indicator.name}
        {mark?.added && <span className="diff-tag diff-tag--added">{t('review.diff.tag.newIndicator')}</span>}
        {mark && mark.changes.length > 0 && (
          <span className="diff-tag diff-tag--changed">{t('review.diff.tag.changed')}</span>
        )}
        <RemarkMarker pins={pins} pin={pin} />
        <RemarkButton
          pins={pins}
          pin={pin}
          text={t('review.remark.addToIndicator')}
          what={indicator.name}
          formLabel={t('review.remark.onIndicator', { name: indicator.name })}
        />
      </p>
      {mark && mark.changes.length > 0 && <TextChanges changes={mark.changes} />}
      <dl className="indicator__facts">
        <div>
          <dt>{t('strategy.indicator.unit')}</dt>
          <dd>{indicator.unit}</dd>
        </div>
        <div>
          <dt>{t('strategy.indicator.baseline')}</dt>
          <dd>
            {baseline ? (
              <DiffValue
                before={baseline.before === null ? null : formatNumber(baseline.before, lang)}
                after={baseline.after === null ? null : formatNumber(baseline.after, lang)}
              />
            ) : (
              formatNumber(indicator.baselineValue, lang)
            )}{' '}
            ({indicator.baselineYear})
          </dd>
        </div>
        {indicator.direction && (
          <div>
            <dt>{t('strategy.indicator.direction')}</dt>
            <dd>{t(`strategy.indicator.${indicator.direction}`)}</dd>
          </div>
        )}
        {indicator.responsible && (
          <div>
            <dt>{t('strategy.indicator.responsible')}</dt>
            <dd>{indicator.responsible}</dd>
          </div>
        )}
      </dl>
      {years.length > 0 && (
        <IndicatorValuesTable
          name={indicator.name}
          years={years}
          rows={[
            {
              label: t('strategy.indicator.targets'),
              cell: (year) => (
                <TargetValueCell
                  key={year}
                  goal={goal}
                  indicator={indicator}
                  year={year}
                  value={targets.get(year)}
                  marks={marks}
                  pins={pins}
                />
              ),
            },
          ]}
        />
      )}
      {pins.composerAt(pin)}
      {years.map((year) => (
        <Fragment key={year}>{pins.composerAt({ ...pin, year })}</Fragment>
      ))}
    </li>
  );
}
