import { useTranslation } from '../../../shared/i18n/react';
import { currentLanguage } from '../../../app/i18n';
import { formatDateTime } from '../../../shared/format';
import type { DisplayStatus } from '../../../shared/status';
import { StatusBadge } from '../../../shared/ui/StatusBadge';

interface RevisionFactsProps {
  status: DisplayStatus;
  number: number;
  latest: number;
  shownRevision?: {
    submittedAt: string;
    submittedBy?: { name: string } | null;
    late: boolean;
    daysLate: number;
  } | null;
}

/** The reviewed revision's facts: status, which revision of how many, when and by whom it was submitted. */
export function RevisionFacts({ status, number, latest, shownRevision }: RevisionFactsProps) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  return (
    <dl className="facts" aria-label={t('strategy.summary.label')}>
      <div>
        <dt>{t('strategy.summary.status')}</dt>
        <dd>
          <StatusBadge status={status} />
        </dd>
      </div>
      <div>
        <dt>{t('review.revision')}</dt>
        <dd>{t('review.revisionOf', { number, total: latest })}</dd>
      </div>
      {shownRevision && (
        <div>
          <dt>{t('review.submitted')}</dt>
          <dd>
            {formatDateTime(shownRevision.submittedAt, lang)}
            {shownRevision.submittedBy && `, ${shownRevision.submittedBy.name}`}
            {shownRevision.late && (
              <>
                {' '}
                <span className="deadline deadline--overdue">
                  {t('overview.deadline.submittedLate', { count: shownRevision.daysLate })}
                </span>
              </>
            )}
          </dd>
        </div>
      )}
    </dl>
  );
}
