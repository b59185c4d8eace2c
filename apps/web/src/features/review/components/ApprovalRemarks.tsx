import type { RemarkDisposition } from '@tsifra/domain/strategy/remarks';
import { useId } from 'react';
import { useTranslation } from '../../../shared/i18n/react';
import { OpenRemarksList, useOpenRemarks } from '../../../shared/remarks';
import { Loading } from '../../../shared/Loading';
import { ErrorNotice } from '../../../shared/ui/ErrorNotice';

interface ApprovalRemarksProps {
  strategyId: string;
  /** The server's count of open remarks, said while the list loads. */
  openRemarks: number;
  choice: RemarkDisposition | null;
  onChoose(choice: RemarkDisposition): void;
  /** Confirmed without a choice: say so on the group. */
  missing: boolean;
}

export const DISPOSITION_ERROR_ID = 'approval-remarks-missing';

/**
 * In the approval dialog, while remarks are open: each one named (severity, place, path, text), and the
 * reviewer's explicit choice of what the approval does with them — resolve them now, or carry them over to
 * the next edition. Neither is preselected.
 */
export function ApprovalRemarks({ strategyId, openRemarks, choice, onChoose, missing }: ApprovalRemarksProps) {
  const { t } = useTranslation();
  const { remarks, loading, error, refetch } = useOpenRemarks(strategyId, { fetchPolicy: 'cache-and-network' });
  const legendId = useId();
  const name = useId();
  const count = loading ? openRemarks : remarks.length;
  return (
    <>
      <p>{t('review.approval.openRemarks', { count })}</p>
      {loading && <Loading />}
      {error && <ErrorNotice error={error} onRetry={() => void refetch()} />}
      <OpenRemarksList remarks={remarks} label={t('remarks.openListLabel')} />
      <fieldset
        className="remark-disposition"
        aria-labelledby={legendId}
        aria-describedby={missing ? DISPOSITION_ERROR_ID : undefined}
        aria-invalid={missing || undefined}
      >
        <legend id={legendId}>{t('review.approval.question', { count })}</legend>
        {(['RESOLVE', 'CARRY_OVER'] as const).map((option) => (
          <label key={option} className="remark-disposition__option">
            <input
              type="radio"
              name={name}
              value={option}
              checked={choice === option}
              onChange={() => onChoose(option)}
            />
            <span>
              {t(`review.approval.${option}`, { count })}
              <span className="remark-disposition__hint">{t(`review.approval.${option}_hint`, { count })}</span>
            </span>
          </label>
        ))}
        {missing && (
          <p id={DISPOSITION_ERROR_ID} role="alert" className="field-error">
            {t('review.approval.choose')}
          </p>
        )}
      </fieldset>
    </>
  );
}
