import { useTranslation } from '../i18n/react';
import type { DisplayStatus } from '../status';

/** A status as text with a colour accent; the text alone carries the meaning. */
export function StatusBadge({ status }: { status: DisplayStatus }) {
  const { t } = useTranslation();
  return <span className={`badge badge--${status.toLowerCase()}`}>{t(`status.${status}`)}</span>;
}
