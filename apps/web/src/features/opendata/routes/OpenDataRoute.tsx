import { useTranslation } from '../../../shared/i18n/react';
import { OPEN_DATA_LICENSE, OPEN_DATASETS } from '@tsifra/domain/opendata/datasets';
import { NationalArchive } from '../components/NationalArchive';

/**
 * `/opendata`: the open-data catalogue — each dataset with what it holds, its fields, licence and stable CSV/JSON
 * links. The files are computed by the server on request, so they are as fresh as the data they describe.
 */
export function OpenDataRoute() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="opendata-title" className="opendata">
      <h1 id="opendata-title">{t('opendata.title')}</h1>
      <p>{t('opendata.intro')}</p>
      <p>
        {t('opendata.licence')}{' '}
        <a href={OPEN_DATA_LICENSE.path} rel="license">
          {OPEN_DATA_LICENSE.title} ({OPEN_DATA_LICENSE.name})
        </a>
        {' · '}
        <a href="/opendata/datapackage.json">{t('opendata.descriptor')}</a>
        {' · '}
        <a href="/opendata/feed.atom" type="application/atom+xml">
          {t('opendata.feed')}
        </a>
      </p>
      <NationalArchive />
      {OPEN_DATASETS.map((d) => (
        <article key={d.name} aria-labelledby={`dataset-${d.name}`} className="opendata__dataset">
          <h2 id={`dataset-${d.name}`}>{t(`opendata.datasets.${d.name}.title`)}</h2>
          <p>{t(`opendata.datasets.${d.name}.description`)}</p>
          <p className="form-actions">
            <a className="button" href={`/opendata/${d.name}.csv`} download={`${d.name}.csv`}>
              {t('opendata.csv')}
            </a>
            <a className="button button--secondary" href={`/opendata/${d.name}.json`} download={`${d.name}.json`}>
              {t('opendata.json')}
            </a>
          </p>
          <details>
            <summary>{t('opendata.fields', { count: d.fields.length })}</summary>
            <table className="table">
              <caption className="visually-hidden">
                {t('opendata.fieldsOf', { title: t(`opendata.datasets.${d.name}.title`) })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('opendata.field.name')}</th>
                  <th scope="col">{t('opendata.field.type')}</th>
                  <th scope="col">{t('opendata.field.required')}</th>
                </tr>
              </thead>
              <tbody>
                {d.fields.map((f) => (
                  <tr key={f.name}>
                    <th scope="row">
                      <code>{f.name}</code>
                    </th>
                    <td>{t(`opendata.type.${f.type}`)}</td>
                    <td>{f.required ? t('opendata.yes') : t('opendata.no')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </article>
      ))}
    </section>
  );
}
