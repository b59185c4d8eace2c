import { useId } from 'react';
import { useTranslation } from '../../../shared/i18n/react';
import { ruleText } from '../model/ruleText';

export interface ImportReportData {
  dryRun: boolean;
  applied: boolean;
  rows: number;
  created: readonly string[];
  updated: readonly string[];
  removed: readonly string[];
  errors: readonly { row: number; field: string; column: string; rule: string; message: string }[];
  ms: number;
}

function NameList({ label, names }: { label: string; names: readonly string[] }) {
  if (names.length === 0) return <li>{label}</li>;
  return (
    <li>
      <details>
        <summary>{label}</summary>
        <ul>
          {names.map((n, i) => (
            <li key={`${n}-${i}`}>{n}</li>
          ))}
        </ul>
      </details>
    </li>
  );
}

/**
 * What an import found or did: the counts of systems added, updated and removed, and every bad row
 * with its row number, column and the reason in the interface language (the server's own sentence under it).
 */
export function ImportReport({ report }: { report: ImportReportData }) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const ok = report.errors.length === 0;
  return (
    <section className={`import-report${ok ? '' : ' import-report--errors'}`} aria-labelledby={titleId}>
      <h3 id={titleId}>
        {report.applied
          ? t('gostech.import.appliedTitle', { count: report.rows })
          : t('gostech.import.checkTitle', { count: report.rows })}
      </h3>
      <ul className="import-report__counts">
        <NameList
          label={t(report.applied ? 'gostech.import.created' : 'gostech.import.willCreate', {
            count: report.created.length,
          })}
          names={report.created}
        />
        <NameList
          label={t(report.applied ? 'gostech.import.updated' : 'gostech.import.willUpdate', {
            count: report.updated.length,
          })}
          names={report.updated}
        />
        <NameList
          label={t(report.applied ? 'gostech.import.removed' : 'gostech.import.willRemove', {
            count: report.removed.length,
          })}
          names={report.removed}
        />
      </ul>
      {ok ? (
        <p role="status" className="import-report__ok">
          {report.applied ? t('gostech.import.appliedOk', { ms: report.ms }) : t('gostech.import.noErrors')}
        </p>
      ) : (
        <>
          <p role="alert" className="notice notice--error">
            {t('gostech.import.errorsFound', { count: report.errors.length })}
          </p>
          <div className="table-scroll">
            <table className="table table--compact import-report__errors">
              <caption>{t('gostech.import.errorsCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('gostech.import.row')}</th>
                  <th scope="col">{t('gostech.import.column')}</th>
                  <th scope="col">{t('gostech.import.problem')}</th>
                </tr>
              </thead>
              <tbody>
                {report.errors.map((e, i) => (
                  <tr key={`${e.row}-${e.field}-${e.rule}-${i}`}>
                    <th scope="row" className="num">
                      {e.row}
                    </th>
                    <td>{e.column || t('gostech.import.wholeRow')}</td>
                    <td>
                      {ruleText(t, (k) => i18n.exists(k), { rule: e.rule, message: e.message })}
                      {i18n.exists(`gostech.rules.${e.rule}`) && (
                        <div className="muted import-report__detail">{e.message}</div>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
