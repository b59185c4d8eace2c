import { useTranslation } from '../../../shared/i18n/react';
import { HistoryList } from '../../../shared/history/HistoryList';

/** The strategy's audit history, folded away under the review. */
export function HistorySection({ strategy }: { strategy: Parameters<typeof HistoryList>[0]['strategy'] }) {
  const { t } = useTranslation();
  return (
    <details className="history-section">
      <summary>
        <h2>{t('history.title')}</h2>
      </summary>
      <HistoryList strategy={strategy} />
    </details>
  );
}
