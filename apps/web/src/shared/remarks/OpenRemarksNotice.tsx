import { useTranslation } from '../i18n/react';
import { remarkPlace } from './remarkPlace';
import { pinId, useIndicatorName, useOpenRemarks, useRemarksScope } from './useOpenRemarks';

/**
 * For the submit panel: what is still open before submitting — how many remarks, and each one (severity and place)
 * with a link to its pin. Nothing when none is open. It informs; the panel's confirmation decides.
 */
export function OpenRemarksNotice(props: { strategyId?: string }) {
  const scoped = useRemarksScope(props.strategyId);
  return scoped ? <ScopedNotice strategyId={scoped} /> : null;
}

function ScopedNotice({ strategyId }: { strategyId: string }) {
  const { t } = useTranslation();
  const { remarks } = useOpenRemarks(strategyId);
  const nameOf = useIndicatorName();
  if (remarks.length === 0) return null;
  return (
    <div className="notice open-remarks-notice">
      <p className="notice__title">{t('remarks.notice.title', { count: remarks.length })}</p>
      <ul className="notice__list">
        {remarks.map((r) => (
          <li key={r.id}>
            <a href={`#${pinId(r.id)}`}>
              {t('remarks.summary.item', {
                severity: t(`review.severity.${r.severity ?? 'MINOR'}`),
                place: remarkPlace(t, r, nameOf),
              })}
            </a>
          </li>
        ))}
      </ul>
      <p>{t('remarks.notice.hint')}</p>
    </div>
  );
}
