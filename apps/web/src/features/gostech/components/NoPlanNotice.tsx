import { useMutation } from '@apollo/client/react';
import { useTranslation } from '../../../shared/i18n/react';
import { Link } from 'react-router';
import { BusyButton } from '../../../shared/ui/BusyButton';
import { ErrorNotice } from '../../../shared/ui/ErrorNotice';
import { CreateGostechPlanMutation } from '../gostechMutations';

interface NoPlanNoticeProps {
  regionCode: string;
  /** Signed in (else a sign-in link shows). */
  signedIn: boolean;
  /** The signed-in user may start the region's plan. */
  canCreate: boolean;
  refetch(): Promise<unknown>;
}

/** A region without a GosTech plan: says so, and offers its editor to start one (or a guest to sign in). */
export function NoPlanNotice({ regionCode, signedIn, canCreate, refetch }: NoPlanNoticeProps) {
  const { t } = useTranslation();
  const [createPlan, creation] = useMutation(CreateGostechPlanMutation);
  return (
    <div className="notice">
      <p>{t('gostech.plan.none')}</p>
      {signedIn && canCreate ? (
        <BusyButton
          type="button"
          busy={creation.loading}
          busyLabel={t('gostech.plan.creating')}
          onClick={() => {
            createPlan({ variables: { regionCode } }).then(
              () => refetch(),
              () => undefined,
            );
          }}
        >
          {t('gostech.plan.create')}
        </BusyButton>
      ) : (
        !signedIn && (
          <Link to={`/login?next=${encodeURIComponent(`/regions/${regionCode}/gostech`)}`}>
            {t('gostech.plan.signInToCreate')}
          </Link>
        )
      )}
      {creation.error && <ErrorNotice error={creation.error} title={t('editor.saveFailed')} />}
    </div>
  );
}
