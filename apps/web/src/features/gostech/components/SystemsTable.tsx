import type { GostechDecision, GostechStage } from '@tsifra/domain/gostech/plan';
import type { ReactNode } from 'react';
import { useTranslation } from '../../../shared/i18n/react';
import { currentLanguage } from '../../../app/i18n';
import { formatDate } from '../../../shared/format';

export interface InventorySystem {
  id: string;
  name: string;
  shortName?: string | null;
  operator: string;
  sector?: { code: string; name: string; nameEn: string } | null;
  decision?: GostechDecision | null;
  currentStage: string;
  onSchedule: boolean;
  overdueStages: readonly { stage: GostechStage; kind: string; due: string }[];
}

interface SystemsTableProps {
  systems: readonly InventorySystem[];
  /** Edit and delete controls of a row, for those who may change the plan. */
  actions?: (system: InventorySystem) => ReactNode;
}

/** The inventory: one row per information system with its decision, stage and schedule. */
export function SystemsTable({ systems, actions }: SystemsTableProps) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  if (systems.length === 0) return <p>{t('gostech.inventory.empty')}</p>;
  return (
    <div className="table-scroll">
      <table className="table gostech-inventory">
        <caption className="visually-hidden">{t('gostech.inventory.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('gostech.system.name')}</th>
            <th scope="col">{t('gostech.system.shortName')}</th>
            <th scope="col">{t('gostech.system.operator')}</th>
            <th scope="col">{t('gostech.system.sector')}</th>
            <th scope="col">{t('gostech.system.decision')}</th>
            <th scope="col">{t('gostech.system.currentStage')}</th>
            <th scope="col">{t('gostech.system.schedule')}</th>
            {actions && <th scope="col">{t('gostech.inventory.actions')}</th>}
          </tr>
        </thead>
        <tbody>
          {systems.map((s) => (
            <tr key={s.id} id={`system-${s.id}`}>
              <th scope="row">{s.name}</th>
              <td>{s.shortName ?? t('common.notSet')}</td>
              <td>{s.operator}</td>
              <td>{s.sector ? (lang === 'en' ? s.sector.nameEn : s.sector.name) : t('common.notSet')}</td>
              <td>
                {s.decision ? (
                  t(`gostech.decision.${s.decision}`)
                ) : (
                  <span className="gostech-missing">{t('gostech.decision.none')}</span>
                )}
              </td>
              <td>{t(`gostech.currentStage.${s.currentStage}`)}</td>
              <td>
                {s.overdueStages.length === 0 ? (
                  <span className="gostech-ok">{t('gostech.schedule.onSchedule')}</span>
                ) : (
                  <>
                    <span className="gostech-late">
                      {t('gostech.schedule.overdue', { count: s.overdueStages.length })}
                    </span>
                    <ul className="gostech-overdue">
                      {s.overdueStages.map((o) => (
                        <li key={`${o.stage}-${o.kind}`}>
                          {t(`gostech.schedule.overdue_${o.kind === 'start' ? 'start' : 'end'}`, {
                            stage: t(`gostech.stage.${o.stage}`),
                            due: formatDate(o.due, lang),
                          })}
                        </li>
                      ))}
                    </ul>
                  </>
                )}
              </td>
              {actions && <td className="gostech-inventory__actions">{actions(s)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
