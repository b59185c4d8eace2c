import { useQuery } from '@apollo/client/react';
import { useTranslation } from '../../../shared/i18n/react';
import { Link } from 'react-router';
import { graphql } from '../../../gql';
import { ErrorNotice } from '../../../shared/ui/ErrorNotice';
import { formatDate } from '../../../shared/format';
import { Loading } from '../../../shared/Loading';
import { RatingsNav } from '../../../shared/monitoring/RatingsNav';

export const RegistryRouteQuery = graphql(`
  query RegistryRouteQuery {
    regions {
      code
      name
      nameEn
      digitalHead {
        name
        position
        appointedOn
        deadlineStatus
      }
      controlCentre {
        status
        statusSince
        openedOn
        deadlineStatus
      }
    }
    federalBodies {
      code
      name
      nameEn
      digitalHead {
        name
        position
        appointedOn
      }
    }
  }
`);

const STATUSES = ['MET', 'LATE', 'MISSING'] as const;

/** `/registry`: РЦТ and ЦУР of every region against the 1 December 2020 deadline, and the ФОИВ РЦТ. */
export function RegistryRoute() {
  const { t, i18n } = useTranslation();
  const en = i18n.language.startsWith('en');
  const d = (x: string | null | undefined) => formatDate(x, i18n.language) ?? t('common.notSet');
  const { data, loading, error, refetch } = useQuery(RegistryRouteQuery);
  const count = (status: string) =>
    data?.regions.filter((r) => (r.controlCentre?.deadlineStatus ?? 'MISSING') === status).length ?? 0;
  return (
    <section aria-labelledby="registry-title">
      <h1 id="registry-title">{t('registry.title')}</h1>
      <RatingsNav />
      {error && <ErrorNotice error={error} onRetry={() => void refetch()} />}
      {loading && !data && <Loading />}
      {data && (
        <>
          <p>{t('registry.summary', { met: count('MET'), late: count('LATE'), missing: count('MISSING') })}</p>
          <div className="table-scroll">
            <table>
              <caption>{t('registry.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('ratings.table.region')}</th>
                  <th scope="col">{t('registry.digitalHead')}</th>
                  <th scope="col">{t('registry.controlCentre')}</th>
                  <th scope="col">{t('registry.deadlineColumn')}</th>
                </tr>
              </thead>
              <tbody>
                {data.regions.map((r) => (
                  <tr key={r.code}>
                    <th scope="row">
                      <Link to={`/ratings/regions/${r.code}`}>{en ? r.nameEn : r.name}</Link>
                    </th>
                    <td>
                      {r.digitalHead ? `${r.digitalHead.name}, ${d(r.digitalHead.appointedOn)}` : t('registry.noHead')}
                    </td>
                    <td>
                      {r.controlCentre
                        ? `${t(`registry.status.${r.controlCentre.status}`)}${r.controlCentre.statusSince ? ` ${t('registry.since', { date: d(r.controlCentre.statusSince) })}` : ''}`
                        : t('registry.noCentre')}
                    </td>
                    <td>
                      {t(
                        `registry.deadline.${STATUSES.find((s) => s === r.controlCentre?.deadlineStatus) ?? 'MISSING'}`,
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h2>{t('registry.federalBodies')}</h2>
          <ul>
            {data.federalBodies.map((b) => (
              <li
                key={b.code}
              >{`${en ? b.nameEn : b.name}: ${b.digitalHead ? `${b.digitalHead.name}, ${b.digitalHead.position}` : t('registry.noHead')}`}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
