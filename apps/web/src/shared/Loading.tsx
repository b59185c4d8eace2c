import { useTranslation } from './i18n/react';

export function Loading() {
  const { t } = useTranslation();
  return (
    <p role="status" aria-live="polite" className="loading">
      {t('common.loading')}
    </p>
  );
}
