import { useTranslation } from '../../../shared/i18n/react';
import { Link } from 'react-router';
import { currentLanguage } from '../../../app/i18n';
import { percent } from '../model/months';

export interface DashboardRow {
  connected: number;
  total: number;
  standing: string;
  share: number;
  region: { id: string; code: string; name: string; nameEn: string };
  queues: readonly { queue: number; connected: number; total: number; onTime: number; overdue: number }[];
}

/** All regions for the month: connected / total per queue, on time and overdue, and the standing as words (never colour alone). */
export function DashboardTable({ rows, queues }: { rows: readonly DashboardRow[]; queues: readonly number[] }) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  return (
    <div className="table-scroll">
      <table className="mszu-table">
        <caption>{t('mszu.dashboard.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('mszu.region')}</th>
            <th scope="col" className="num">
              {t('mszu.connectedTotal')}
            </th>
            {queues.map((q) => (
              <th key={q} scope="col" className="num">
                {t('mszu.queueHeader', { queue: q })}
              </th>
            ))}
            <th scope="col">{t('mszu.standing.label')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr
              key={r.region.id}
              className={`mszu-row mszu-row--${r.standing.toLowerCase()}`}
              data-region={r.region.code}
            >
              <th scope="row">
                <Link to={`/regions/${encodeURIComponent(r.region.code)}/mszu`}>
                  {lang === 'en' ? r.region.nameEn : r.region.name}
                </Link>
              </th>
              <td className="num">
                {r.connected} / {r.total} ({percent(r.share, lang)})
              </td>
              {queues.map((q) => {
                const c = r.queues.find((x) => x.queue === q);
                return (
                  <td key={q} className="num">
                    {c ? `${c.connected} / ${c.total}` : '—'}
                    {c && (
                      <span className="mszu-cell-note">
                        {t('mszu.onTimeOverdue', { onTime: c.onTime, overdue: c.overdue })}
                      </span>
                    )}
                  </td>
                );
              })}
              <td>
                <span className={`mszu-standing mszu-standing--${r.standing.toLowerCase()}`}>
                  {t(`mszu.standing.${r.standing}`)}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Leaders and laggards as two named lists. */
export function StandingLists({ rows }: { rows: readonly DashboardRow[] }) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const list = (standing: string) =>
    rows.filter((r) => r.standing === standing).sort((a, b) => b.connected - a.connected);
  return (
    <div className="mszu-standings">
      {(['LEADER', 'LAGGARD'] as const).map((s) => (
        <section key={s} aria-labelledby={`mszu-${s}`} data-testid={`mszu-${s.toLowerCase()}s`}>
          <h2 id={`mszu-${s}`}>{t(`mszu.standing.title.${s}`)}</h2>
          {list(s).length === 0 ? (
            <p>{t('mszu.standing.none')}</p>
          ) : (
            <ul>
              {list(s).map((r) => (
                <li key={r.region.id}>
                  {lang === 'en' ? r.region.nameEn : r.region.name}: {r.connected}
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </div>
  );
}
