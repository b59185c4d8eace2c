import { useQuery } from '@apollo/client/react';
import { useTranslation } from '../../../shared/i18n/react';
import { graphql } from '../../../gql';
import { ErrorNotice } from '../../../shared/ui/ErrorNotice';
import { Loading } from '../../../shared/Loading';
import { RatingsNav } from '../../../shared/monitoring/RatingsNav';
import '../ratings.css';

export const MethodologiesRouteQuery = graphql(`
  query MethodologiesRouteQuery {
    ratingMethodologies {
      id
      code
      validFrom
      maxScore
      description
      formula
      inUse
      parameters {
        code
        name
        nameEn
        unit
        maxPoints
        derivation
        source
        formula
      }
    }
    maturityMethodology {
      code
      validFrom
      formula
      demoWeights
      components {
        sector
        weight
      }
    }
  }
`);

/** `/ratings/methodologies`: every version in words and as a formula. */
export function MethodologiesRoute() {
  const { t, i18n } = useTranslation();
  const en = i18n.language.startsWith('en');
  const { data, loading, error, refetch } = useQuery(MethodologiesRouteQuery);
  return (
    <section aria-labelledby="methodologies-title">
      <h1 id="methodologies-title">{t('ratings.methodologies.title')}</h1>
      <RatingsNav />
      {error && <ErrorNotice error={error} onRetry={() => void refetch()} />}
      {loading && !data && <Loading />}
      {data?.ratingMethodologies.map((m) => (
        <article key={m.id} aria-labelledby={`m-${m.code}`}>
          <h2 id={`m-${m.code}`}>{t('ratings.methodologies.version', { code: m.code, from: m.validFrom })}</h2>
          <p>
            {t('ratings.methodologies.inWords', { count: m.parameters.length, max: m.maxScore })}{' '}
            {m.inUse ? t('ratings.methodologies.frozen') : t('ratings.methodologies.editable')}
          </p>
          {m.description && <p>{m.description}</p>}
          <p>
            <code>{m.formula}</code>
          </p>
          <table>
            <caption className="visually-hidden">{m.code}</caption>
            <thead>
              <tr>
                <th scope="col">{t('ratings.methodologies.parameter')}</th>
                <th scope="col" className="num">
                  {t('ratings.methodologies.max')}
                </th>
                <th scope="col">{t('ratings.methodologies.derivation')}</th>
                <th scope="col">{t('ratings.methodologies.formula')}</th>
              </tr>
            </thead>
            <tbody>
              {m.parameters.map((p) => (
                <tr key={p.code}>
                  <th scope="row">{`${p.code} — ${en ? p.nameEn : p.name}`}</th>
                  <td className="num">{p.maxPoints}</td>
                  <td>{t(`ratings.derivation.${p.derivation}`, { source: p.source })}</td>
                  <td>
                    <code>{p.formula}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </article>
      ))}
      {data && (
        <article aria-labelledby="maturity-methodology">
          <h2 id="maturity-methodology">
            {t('ratings.methodologies.maturity', { code: data.maturityMethodology.code })}
          </h2>
          {data.maturityMethodology.demoWeights && <p>{t('ratings.methodologies.demoWeights')}</p>}
          <p>
            <code>{data.maturityMethodology.formula}</code>
          </p>
        </article>
      )}
    </section>
  );
}
