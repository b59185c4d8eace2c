import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from '../../../shared/i18n/react';
import { Link, useNavigate } from 'react-router';
import { graphql } from '../../../gql';
import { BusyButton } from '../../../shared/ui/BusyButton';
import { ErrorNotice } from '../../../shared/ui/ErrorNotice';
import { LegalActForm } from './LegalActForm';

export const EditionPanelQuery = graphql(`
  query EditionPanelQuery($code: String!) {
    me {
      id
      role
      region {
        id
        code
      }
    }
    region(code: $code) {
      id
      code
      strategy {
        id
        edition
        status
      }
      strategyInForce {
        id
        edition
        inForce
        approvedAt
        legalAct {
          kind
          number
          date
          issuer
          text
        }
        openAmendment {
          id
          edition
          status
        }
      }
    }
  }
`);

export const AmendStrategyMutation = graphql(`
  mutation AmendStrategyMutation($id: ID!) {
    amendStrategy(id: $id) {
      id
      edition
      status
    }
  }
`);

/**
 * The editions of a region's strategy on its page: the edition in force with its adopting act (public), the
 * amendment in work, and — for the region's editor or an admin — «Начать изменение» and the act's form.
 */
export function EditionPanel({ code, onChanged }: { code: string; onChanged: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { data, refetch } = useQuery(EditionPanelQuery, { variables: { code }, fetchPolicy: 'cache-and-network' });
  const [amend, { loading: amending }] = useMutation(AmendStrategyMutation);
  const [failure, setFailure] = useState<unknown>(null);
  const [editingAct, setEditingAct] = useState(false);
  const region = data?.region;
  const inForce = region?.strategyInForce;
  if (!region || !inForce) return null;
  const me = data?.me;
  const federal = me?.role === 'FEDERAL_REVIEWER' || me?.role === 'ADMIN';
  const canAmend = me?.role === 'ADMIN' || (me?.role === 'REGIONAL_EDITOR' && me.region?.code === region.code);
  const amendment = inForce.openAmendment;

  async function start() {
    setFailure(null);
    try {
      await amend({ variables: { id: inForce!.id } });
      onChanged();
      void navigate(`/regions/${encodeURIComponent(code)}/edit`);
    } catch (error) {
      setFailure(error);
    }
  }

  return (
    <section className="editions" aria-labelledby="editions-title">
      <h2 id="editions-title">
        {t('editions.title')}{' '}
        <span className="badge badge--approved" data-testid="edition-badge">
          {t('editions.badge', { edition: inForce.edition })} · {t('editions.inForce')}
        </span>
      </h2>
      {inForce.legalAct ? (
        <p className="editions__act" data-testid="legal-act">
          {inForce.legalAct.text}
        </p>
      ) : (
        <p className="muted">{t('editions.actMissing')}</p>
      )}
      {canAmend && !editingAct && (
        <p>
          <button type="button" className="button button--secondary" onClick={() => setEditingAct(true)}>
            {inForce.legalAct ? t('editions.actChange') : t('editions.actEdit')}
          </button>
        </p>
      )}
      {canAmend && editingAct && (
        <LegalActForm
          strategyId={inForce.id}
          current={inForce.legalAct ?? null}
          onCancel={() => setEditingAct(false)}
          onSaved={() => {
            setEditingAct(false);
            void refetch();
            onChanged();
          }}
        />
      )}
      {amendment && (
        <div className="notice" role="status">
          <p>
            {t('editions.amendmentInWork', {
              edition: amendment.edition,
              status: t(`status.${amendment.status}`),
              inForce: inForce.edition,
            })}
          </p>
          {canAmend && amendment.status !== 'SUBMITTED' && (
            <Link className="button" to={`/regions/${encodeURIComponent(code)}/edit`}>
              {t('editions.openAmendment')}
            </Link>
          )}
          {(federal || canAmend) && amendment.status === 'SUBMITTED' && (
            <Link className="button" to={`/regions/${encodeURIComponent(code)}/review`}>
              {t('editions.reviewAmendment')}
            </Link>
          )}
        </div>
      )}
      {canAmend && !amendment && (
        <div>
          <p className="muted">{t('editions.startHelp', { edition: inForce.edition + 1 })}</p>
          <BusyButton type="button" busy={amending} busyLabel={t('editions.starting')} onClick={() => void start()}>
            {t('editions.start')}
          </BusyButton>
        </div>
      )}
      {failure !== null && <ErrorNotice error={failure} kind="action" title={t('editions.startFailed')} />}
    </section>
  );
}
