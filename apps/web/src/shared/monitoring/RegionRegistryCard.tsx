import { useTranslation } from '../i18n/react';
import { formatDate } from '../format';

interface Props {
  region: {
    digitalHead?: { name: string; position: string; appointedOn: string; deadlineStatus: string } | null;
    digitalHeadHistory: { name: string; position: string; appointedOn: string; until?: string | null }[];
    controlCentre?: {
      status: string;
      statusSince?: string | null;
      openedOn?: string | null;
      platforms: string[];
      deadlineStatus: string;
    } | null;
  };
}

/** A region's РЦТ (with history) and ЦУР: the registry part of the region page tab. */
export function RegionRegistryCard({ region }: Props) {
  const { t, i18n } = useTranslation();
  const d = (x: string | null | undefined) => formatDate(x, i18n.language) ?? t('common.notSet');
  const head = region.digitalHead;
  const centre = region.controlCentre;
  return (
    <div className="registry-card">
      <h2>{t('registry.digitalHead')}</h2>
      {head ? (
        <p>
          {head.name}, {head.position}; {t('registry.appointedOn', { date: d(head.appointedOn) })} —{' '}
          {t(`registry.deadline.${head.deadlineStatus}`)}
        </p>
      ) : (
        <p>{t('registry.noHead')}</p>
      )}
      {region.digitalHeadHistory.length > 1 && (
        <ul aria-label={t('registry.history')}>
          {region.digitalHeadHistory.map((h) => (
            <li key={`${h.name}-${h.appointedOn}`}>
              {h.name}, {h.position}: {d(h.appointedOn)} – {h.until ? d(h.until) : t('registry.now')}
            </li>
          ))}
        </ul>
      )}
      <h2>{t('registry.controlCentre')}</h2>
      {centre ? (
        <p>
          {t(`registry.status.${centre.status}`)}
          {centre.statusSince ? ` (${t('registry.since', { date: d(centre.statusSince) })})` : ''};{' '}
          {t('registry.openedOn', { date: d(centre.openedOn) })} — {t(`registry.deadline.${centre.deadlineStatus}`)}.{' '}
          {t('registry.platforms')}: {centre.platforms.join(', ')}
        </p>
      ) : (
        <p>{t('registry.noCentre')}</p>
      )}
    </div>
  );
}
