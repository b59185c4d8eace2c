import type { GostechStage } from '@tsifra/domain/gostech/plan';
import { useId } from 'react';
import { useTranslation } from '../../../shared/i18n/react';
import { currentLanguage } from '../../../app/i18n';
import { formatDate } from '../../../shared/format';
import { lanesOf, TIMELINE_QUARTERS, type BarPlacement, type TimelineStage } from '../model/timeline';

export interface TimelineSystem {
  id: string;
  name: string;
  shortName?: string | null;
  stages: readonly TimelineStage[];
}

interface TimelineProps {
  systems: readonly TimelineSystem[];
  /** ISO date: started stages without an actual end are drawn up to it. */
  today: string;
}

/**
 * The plan as a Gantt-like chart: one lane per stage of each system across the quarters of
 * 2021–2024, a planned bar (outlined) above an actual bar (filled). Every bar carries its dates as
 * text (title and accessible label), and the same dates are offered as a table.
 */
export function Timeline({ systems, today }: TimelineProps) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const titleId = useId();
  const date = (value: string | null | undefined) => formatDate(value, lang) ?? t('common.notSet');
  const withStages = systems.filter((s) => s.stages.length > 0);
  const barLabel = (
    system: TimelineSystem,
    stage: GostechStage,
    kind: 'planned' | 'actual',
    from: string | null | undefined,
    to: string | null | undefined,
    ongoing: boolean,
  ) =>
    t(`gostech.timeline.${kind}Bar`, {
      system: system.shortName || system.name,
      stage: t(`gostech.stage.${stage}`),
      from: date(from),
      to: ongoing ? t('gostech.timeline.ongoing') : date(to),
    });
  const bar = (placement: BarPlacement | null, kind: 'planned' | 'actual', label: string, ongoing = false) =>
    placement && (
      <div
        role="img"
        aria-label={label}
        title={label}
        className={`timeline__bar timeline__bar--${kind}${ongoing ? ' timeline__bar--ongoing' : ''}${placement.clippedStart ? ' timeline__bar--clipped-start' : ''}${placement.clippedEnd ? ' timeline__bar--clipped-end' : ''}`}
        style={{ left: `${placement.left}%`, width: `${placement.width}%` }}
      />
    );

  return (
    <section className="timeline" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('gostech.timeline.title')}</h2>
      <p className="muted timeline__legend">
        <span className="timeline__key timeline__key--planned" aria-hidden="true" />{' '}
        {t('gostech.timeline.legendPlanned')}{' '}
        <span className="timeline__key timeline__key--actual" aria-hidden="true" /> {t('gostech.timeline.legendActual')}
      </p>
      {withStages.length === 0 ? (
        <p>{t('gostech.timeline.empty')}</p>
      ) : (
        <div className="timeline__scroll">
          <div className="timeline__grid">
            <div className="timeline__row timeline__row--axis" aria-hidden="true">
              <div className="timeline__label" />
              <div className="timeline__track timeline__axis">
                {TIMELINE_QUARTERS.map((q) => (
                  <span key={q} className={`timeline__quarter${q.endsWith('Q1') ? ' timeline__quarter--year' : ''}`}>
                    {q.endsWith('Q1') ? q.slice(0, 4) : ''} {q.slice(5)}
                  </span>
                ))}
              </div>
            </div>
            {withStages.map((system) => (
              <div key={system.id} className="timeline__system" role="group" aria-label={system.name}>
                <div className="timeline__system-name">
                  {system.shortName ? `${system.shortName} — ${system.name}` : system.name}
                </div>
                {lanesOf(system.stages, today).map((lane) => (
                  <div key={lane.stage} className="timeline__row" data-testid={`lane-${system.id}-${lane.stage}`}>
                    <div className="timeline__label">{t(`gostech.stage.${lane.stage}`)}</div>
                    <div className="timeline__track">
                      {bar(
                        lane.planned,
                        'planned',
                        barLabel(system, lane.stage, 'planned', lane.dates.plannedStart, lane.dates.plannedEnd, false),
                      )}
                      {bar(
                        lane.actual,
                        'actual',
                        barLabel(
                          system,
                          lane.stage,
                          'actual',
                          lane.dates.actualStart,
                          lane.dates.actualEnd,
                          lane.ongoing,
                        ),
                        lane.ongoing,
                      )}
                    </div>
                  </div>
                ))}
              </div>
            ))}
          </div>
        </div>
      )}
      {withStages.length > 0 && (
        <details className="timeline__table">
          <summary>{t('gostech.timeline.asTable')}</summary>
          <div className="table-scroll">
            <table className="table table--compact">
              <caption className="visually-hidden">{t('gostech.timeline.tableCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('gostech.system.name')}</th>
                  <th scope="col">{t('gostech.timeline.stage')}</th>
                  <th scope="col">{t('gostech.dates.plannedStart')}</th>
                  <th scope="col">{t('gostech.dates.plannedEnd')}</th>
                  <th scope="col">{t('gostech.dates.actualStart')}</th>
                  <th scope="col">{t('gostech.dates.actualEnd')}</th>
                </tr>
              </thead>
              <tbody>
                {withStages.flatMap((system) =>
                  lanesOf(system.stages, today).map((lane) => (
                    <tr key={`${system.id}-${lane.stage}`}>
                      <th scope="row">{system.shortName || system.name}</th>
                      <td>{t(`gostech.stage.${lane.stage}`)}</td>
                      <td>{date(lane.dates.plannedStart)}</td>
                      <td>{date(lane.dates.plannedEnd)}</td>
                      <td>{date(lane.dates.actualStart)}</td>
                      <td>{date(lane.dates.actualEnd)}</td>
                    </tr>
                  )),
                )}
              </tbody>
            </table>
          </div>
        </details>
      )}
    </section>
  );
}
