import { useTranslation } from '../../../shared/i18n/react';

export const MSZU_STEPS = ['NOT_STARTED', 'FORM_READY', 'CONNECTED', 'IN_OPERATION'] as const;

export interface ServiceLine {
  service: { id: string; code: string; name: string; level: string; queue: number };
  step: string;
  since?: string | null;
  history: readonly { id: string; step: string; on: string; reason?: string | null; superseded: boolean }[];
}

/** A region's services with the step at the month's end, its date, and the history (corrections shown struck through, with reasons). */
export function ServicesTable({ lines }: { lines: readonly ServiceLine[] }) {
  const { t } = useTranslation();
  return (
    <div className="table-scroll">
      <table className="mszu-table">
        <caption>{t('mszu.region.servicesCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('mszu.service')}</th>
            <th scope="col">{t('mszu.levelLabel')}</th>
            <th scope="col">{t('mszu.queue')}</th>
            <th scope="col">{t('mszu.stepLabel')}</th>
            <th scope="col">{t('mszu.since')}</th>
            <th scope="col">{t('mszu.history')}</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((l) => (
            <tr key={l.service.id}>
              <th scope="row">
                {l.service.code} {l.service.name}
              </th>
              <td>{t(`mszu.level.${l.service.level}`)}</td>
              <td>{l.service.queue}</td>
              <td>{t(`mszu.step.${l.step}`)}</td>
              <td>{l.since ?? '—'}</td>
              <td>
                <ol className="mszu-history">
                  {l.history.map((h) => (
                    <li key={h.id}>
                      {h.superseded ? (
                        <del>{`${h.on} ${t(`mszu.step.${h.step}`)}`}</del>
                      ) : (
                        `${h.on} ${t(`mszu.step.${h.step}`)}`
                      )}
                      {h.superseded && ` (${t('mszu.corrected')})`}
                      {h.reason && ` — ${h.reason}`}
                    </li>
                  ))}
                </ol>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
