import { useTranslation } from '../../../shared/i18n/react';
import { statusSymbol } from '../model/status';

/** A status as symbol + words with a colour class: colour is never the only carrier. */
export function StatusText({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <span className={`progress-status progress-status--${status.toLowerCase()}`}>
      <span aria-hidden="true">{statusSymbol(status)}</span> {t(`progress.status.${status}`)}
    </span>
  );
}

/** Achievement in % (one decimal) or a dash. */
export function Percent({ value, lang }: { value: number | null; lang: string }) {
  if (value === null) return <>—</>;
  return <>{new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'ru-RU', { maximumFractionDigits: 1 }).format(value)} %</>;
}
