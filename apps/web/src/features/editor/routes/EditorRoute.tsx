import { useMutation, useQuery } from '@apollo/client/react';
import { canEditContent } from '@tsifra/domain/strategy/workflow';
import { useTranslation } from '../../../shared/i18n/react';
import { Link, useParams } from 'react-router';
import { currentLanguage } from '../../../app/i18n';
import { graphql } from '../../../gql';
import { BusyButton } from '../../../shared/ui/BusyButton';
import { ErrorNotice } from '../../../shared/ui/ErrorNotice';
import { Loading } from '../../../shared/Loading';
import { StrategyEditor } from '../components/StrategyEditor';
import { CreateStrategyMutation } from '../mutations/editorMutations';
import '../editor.css';

export { EditorGoalFragment } from '../components/StrategyEditor';

export const EditorRouteQuery = graphql(`
  query EditorRouteQuery($code: String!) {
    me {
      id
      role
      region {
        id
        code
      }
    }
    sectors {
      id
      code
      name
      nameEn
      mainArea2021
      maturityKeySector
    }
    region(code: $code) {
      id
      code
      name
      nameEn
      strategy {
        id
        status
        edition
        basedOn {
          id
          edition
        }
        version
        revision
        deadline
        updatedAt
        contentVisible
        sectors {
          id
          code
          name
          nameEn
        }
        sectorChoices {
          rationale
          position
          sector {
            id
            code
          }
        }
        completeness {
          rule
          message
          sectorCode
          horizon
          goalId
          indicatorIndex
          indicatorName
        }
        availableTransitions
        y2030: goals(horizon: Y2030) {
          ...EditorGoal
        }
        y2024: goals(horizon: Y2024) {
          ...EditorGoal
        }
        y2021: goals(horizon: Y2021) {
          ...EditorGoal
        }
      }
    }
  }
`);

export {
  AddInitiativeMutation,
  MoveGoalMutation,
  SetStrategySectorsMutation,
  UpdateInitiativeMutation,
} from '../mutations/editorMutations';

/** `/regions/:code/edit`: the strategy editor for the region's own editor (or an admin) while it may change. */
export function EditorRoute() {
  const { code = '' } = useParams();
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const { data, loading, error, refetch } = useQuery(EditorRouteQuery, { variables: { code }, errorPolicy: 'all' });
  const [createStrategy, creation] = useMutation(CreateStrategyMutation);
  const region = data?.region;
  const strategy = region?.strategy;
  const me = data?.me;

  if (loading && !data) return <Loading />;
  if (!data) return <ErrorNotice error={error} onRetry={() => void refetch()} />;
  if (!region) return <p role="alert">{t('region.notFound', { code })}</p>;

  const regionName = lang === 'en' ? region.nameEn : region.name;
  const actor = me ? { userId: me.id, role: me.role, regionCode: me.region?.code ?? null } : null;
  // The status matters only once there is a strategy; before that, "may this user create it" is "may they edit a draft".
  const refusal = actor ? canEditContent(actor, region.code, strategy?.status ?? 'DRAFT') : null;

  return (
    <section className="editor" aria-labelledby="editor-title">
      <p>
        <Link to={`/regions/${region.code}`}>← {t('editor.backToRegion', { region: regionName })}</Link>
      </p>
      <h1 id="editor-title" tabIndex={-1}>
        {t('editor.title', { region: regionName })}
      </h1>
      {strategy && (
        <p>
          <span className="badge" data-testid="editor-edition">
            {t('editor.edition', { edition: strategy.edition })}
          </span>
          {strategy.basedOn && (
            <span className="muted"> {t('editor.amendmentOf', { edition: strategy.basedOn.edition })}</span>
          )}
        </p>
      )}
      {error && <ErrorNotice error={error} onRetry={() => void refetch()} />}
      {refusal ? (
        <p role="alert" className="notice">
          {t(`editor.refusal.${refusal.rule}`, { status: strategy ? t(`status.${strategy.status}`) : '' })}{' '}
          <Link to={`/regions/${region.code}`}>{t('editor.viewStrategy')}</Link>
        </p>
      ) : !strategy ? (
        <div className="notice">
          <p>{t('editor.noStrategy')}</p>
          <BusyButton
            type="button"
            busy={creation.loading}
            busyLabel={t('editor.creating')}
            onClick={() => {
              createStrategy({ variables: { regionCode: region.code } }).then(
                () => refetch(),
                () => undefined,
              );
            }}
          >
            {t('editor.createStrategy')}
          </BusyButton>
          {creation.error && <ErrorNotice error={creation.error} />}
        </div>
      ) : (
        <StrategyEditor strategy={strategy} sectors={data.sectors} refetch={refetch} titleId="editor-title" />
      )}
    </section>
  );
}
