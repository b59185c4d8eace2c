import { useId } from 'react';
import { useTranslation } from '../../../shared/i18n/react';
import { currentLanguage } from '../../../app/i18n';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import { formatNumber, unitLabel } from '../../../shared/format';
import { IndicatorValuesTable } from '../../../shared/strategy/IndicatorValuesTable';

export const IndicatorTable_indicator = graphql(`
  fragment IndicatorTable_indicator on Indicator {
    id
    name
    unit
    baselineYear
    baselineValue
    direction
    responsible
    targets {
      year
      value
    }
    actuals {
      year
      value
    }
  }
`);

/** One indicator: unit, baseline, and its targets (and actuals) by year in a small table. */
export function IndicatorTable(props: { indicator: FragmentType<typeof IndicatorTable_indicator> }) {
  const indicator = useFragment(IndicatorTable_indicator, props.indicator);
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const nameId = useId();

  const targets = new Map(indicator.targets.map((v) => [v.year, v.value]));
  const actuals = new Map(indicator.actuals.map((v) => [v.year, v.value]));
  const years = [...new Set([...targets.keys(), ...actuals.keys()])].sort((a, b) => a - b);
  const cell = (value: number | undefined) => (value === undefined ? t('common.notSet') : formatNumber(value, lang));

  return (
    <div className="indicator">
      <p id={nameId} className="indicator__name">
        {indicator.name}
      </p>
      <dl className="indicator__facts">
        <div>
          <dt>{t('strategy.indicator.unit')}</dt>
          <dd>{unitLabel(indicator.unit, lang)}</dd>
        </div>
        <div>
          <dt>{t('strategy.indicator.baseline')}</dt>
          <dd>
            {t('strategy.indicator.baselineValue', {
              value: formatNumber(indicator.baselineValue, lang),
              year: indicator.baselineYear,
            })}
          </dd>
        </div>
        <div>
          <dt>{t('strategy.indicator.direction')}</dt>
          <dd>
            <span aria-hidden="true">{indicator.direction === 'DECREASE' ? '↓ ' : '↑ '}</span>
            {t(`strategy.indicator.${indicator.direction}`)}
          </dd>
        </div>
        {indicator.responsible && (
          <div>
            <dt>{t('strategy.indicator.responsible')}</dt>
            <dd>{indicator.responsible}</dd>
          </div>
        )}
      </dl>
      {years.length === 0 ? (
        <p>{t('strategy.indicator.noTargets')}</p>
      ) : (
        <IndicatorValuesTable
          name={indicator.name}
          years={years}
          rows={[
            {
              label: t('strategy.indicator.targets'),
              cell: (year) => (
                <td key={year} className="num">
                  {cell(targets.get(year))}
                </td>
              ),
            },
            ...(actuals.size > 0
              ? [
                  {
                    label: t('strategy.indicator.actuals'),
                    cell: (year: number) => (
                      <td key={year} className="num">
                        {cell(actuals.get(year))}
                      </td>
                    ),
                  },
                ]
              : []),
          ]}
        />
      )}
    </div>
  );
}
