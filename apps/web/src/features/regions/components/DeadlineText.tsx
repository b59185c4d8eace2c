import { useTranslation } from '../../../shared/i18n/react';
import type { DeadlineInfo } from '../deadlineInfo';

/** Days left, days overdue or lateness of the last submission, in words (not colour alone). */
export function DeadlineText({ info }: { info: DeadlineInfo }) {
  const { t } = useTranslation();
  if (info.kind === 'none') return null;
  const text =
    info.kind === 'onTime' ? t('overview.deadline.onTime') : t(`overview.deadline.${info.kind}`, { count: info.days });
  return <span className={`deadline deadline--${info.kind}`}>{text}</span>;
}
