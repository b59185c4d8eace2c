import { useTranslation } from '../i18n/react';
import { remarkPath, remarkPlace } from './remarkPlace';
import { useIndicatorName, type OpenRemark } from './useOpenRemarks';
import './remarks.css';

const excerpt = (body: string) => (body.length > 140 ? `${body.slice(0, 139)}…` : body);

/**
 * The open remarks named one by one, for a decision that concerns them (the approval dialog): severity and
 * place, the path from the sector down as the remark's revision has it, and the start of its text.
 */
export function OpenRemarksList({ remarks, label }: { remarks: readonly OpenRemark[]; label: string }) {
  const { t } = useTranslation();
  const nameOf = useIndicatorName();
  return (
    <ul className="open-remarks-list" aria-label={label}>
      {remarks.map((r) => {
        const path = remarkPath(r);
        return (
          <li key={r.id}>
            <strong>
              {t('remarks.summary.item', {
                severity: t(`review.severity.${r.severity ?? 'MINOR'}`),
                place: remarkPlace(t, r, nameOf),
              })}
            </strong>
            {path && (
              <span className="open-remarks-list__path">
                <span className="visually-hidden">{t('remarks.pathLabel')} </span>
                {path}
              </span>
            )}
            <span> «{excerpt(r.body)}»</span>
          </li>
        );
      })}
    </ul>
  );
}
