import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import type { Horizon } from '@tsifra/domain/horizons';
import { canEditContent } from '@tsifra/domain/strategy/workflow';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { currentLanguage } from '../../../app/i18n';
import { graphql, useFragment as unmask } from '../../../gql';
import type { EditorRouteQueryQuery } from '../../../gql/graphql';
import { BusyButton } from '../../../shared/BusyButton';
import { ErrorMessage } from '../../../shared/ErrorMessage';
import { Loading } from '../../../shared/Loading';
import { StatusBadge } from '../../../shared/StatusBadge';
import { CompletenessPanel, type FocusTarget } from '../components/CompletenessPanel';
import { EditorTree } from '../components/EditorTree';
import { SectorPicker } from '../components/SectorPicker';
import { SubmitPanel } from '../components/SubmitPanel';
import { UnsavedChangesGuard } from '../components/UnsavedChangesGuard';
import { createActiveFormStore } from '../model/activeForm';
import { EditorActionsContext, EditorDataContext, type EditorActions, type EditorData, type EditorGoal } from '../model/editorContext';
import { classifyError, type WriteResult } from '../model/writeResult';
import { RemarksScope, RemarksSummary } from '../../../shared/remarks';
import '../editor.css';

export const EditorGoalFragment = graphql(`
  fragment EditorGoal on Goal {
    id
    horizon
    title
    description
    position
    sector {
      id
      code
    }
    parent {
      id
    }
    indicators {
      id
      name
      unit
      direction
      baselineYear
      baselineValue
      responsible
      targets {
        year
        value
      }
    }
    initiatives {
      id
      title
      kind
      templateCode
      startDate
      endDate
      responsible
      position
      budgets {
        year
        source
        amount
      }
    }
  }
`);

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

const CreateStrategyMutation = graphql(`
  mutation CreateStrategyMutation($regionCode: String!) {
    createStrategy(regionCode: $regionCode) {
      id
      version
    }
  }
`);

const AddGoalMutation = graphql(`
  mutation AddGoalMutation($strategyId: ID!, $version: Int!, $input: GoalInput!) {
    addGoal(strategyId: $strategyId, version: $version, input: $input) {
      id
    }
  }
`);

const UpdateGoalMutation = graphql(`
  mutation UpdateGoalMutation($id: ID!, $version: Int!, $input: GoalInput!) {
    updateGoal(id: $id, version: $version, input: $input) {
      id
    }
  }
`);

const DeleteGoalMutation = graphql(`
  mutation DeleteGoalMutation($id: ID!, $version: Int!) {
    deleteGoal(id: $id, version: $version) {
      id
      version
    }
  }
`);

export const MoveGoalMutation = graphql(`
  mutation MoveGoalMutation($id: ID!, $version: Int!, $parentId: ID, $position: Int!) {
    moveGoal(id: $id, version: $version, parentId: $parentId, position: $position) {
      id
      version
    }
  }
`);

export const AddInitiativeMutation = graphql(`
  mutation AddInitiativeMutation($goalId: ID!, $version: Int!, $input: InitiativeInput!) {
    addInitiative(goalId: $goalId, version: $version, input: $input) {
      id
    }
  }
`);

export const UpdateInitiativeMutation = graphql(`
  mutation UpdateInitiativeMutation($id: ID!, $version: Int!, $input: InitiativeInput!) {
    updateInitiative(id: $id, version: $version, input: $input) {
      id
    }
  }
`);

export const SetStrategySectorsMutation = graphql(`
  mutation SetStrategySectorsMutation($strategyId: ID!, $version: Int!, $sectorCodes: [String!]!, $rationales: [SectorRationaleInput!]) {
    setStrategySectors(strategyId: $strategyId, version: $version, sectorCodes: $sectorCodes, rationales: $rationales) {
      id
      version
    }
  }
`);

const SubmitStrategyMutation = graphql(`
  mutation SubmitStrategyMutation($id: ID!, $version: Int!) {
    submitStrategy(id: $id, version: $version) {
      id
      status
      version
      revision
    }
  }
`);

const DeleteInitiativeMutation = graphql(`
  mutation DeleteInitiativeMutation($id: ID!, $version: Int!) {
    deleteInitiative(id: $id, version: $version) {
      id
      version
    }
  }
`);

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
  if (!data) return <ErrorMessage error={error} onRetry={() => void refetch()} />;
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
      <h1 id="editor-title">{t('editor.title', { region: regionName })}</h1>
      {error && <ErrorMessage error={error} onRetry={() => void refetch()} />}
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
              createStrategy({ variables: { regionCode: region.code } }).then(() => refetch(), () => undefined);
            }}
          >
            {t('editor.createStrategy')}
          </BusyButton>
          {creation.error && <ErrorMessage error={creation.error} />}
        </div>
      ) : (
        <StrategyEditor strategy={strategy} sectors={data.sectors} refetch={refetch} />
      )}
    </section>
  );
}

type RouteData = EditorRouteQueryQuery;
type StrategyData = NonNullable<NonNullable<RouteData['region']>['strategy']>;

interface StrategyEditorProps {
  strategy: StrategyData;
  sectors: RouteData['sectors'];
  refetch(): Promise<unknown>;
}

function StrategyEditor({ strategy, sectors, refetch }: StrategyEditorProps) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const client = useApolloClient();
  const [addGoal] = useMutation(AddGoalMutation);
  const [updateGoal] = useMutation(UpdateGoalMutation);
  const [deleteGoal] = useMutation(DeleteGoalMutation);
  const [moveGoal] = useMutation(MoveGoalMutation);
  const [addInitiative] = useMutation(AddInitiativeMutation);
  const [updateInitiative] = useMutation(UpdateInitiativeMutation);
  const [deleteInitiative] = useMutation(DeleteInitiativeMutation);
  const [setStrategySectors] = useMutation(SetStrategySectorsMutation);
  const [submitStrategy] = useMutation(SubmitStrategyMutation);

  const allGoals = useMemo<EditorGoal[]>(
    () => [
      ...unmask(EditorGoalFragment, strategy.y2030),
      ...unmask(EditorGoalFragment, strategy.y2024),
      ...unmask(EditorGoalFragment, strategy.y2021),
    ],
    [strategy.y2030, strategy.y2024, strategy.y2021],
  );
  const goalsById = useMemo(() => new Map(allGoals.map((g) => [g.id, g])), [allGoals]);
  const chosenSectors = useMemo(() => strategy.sectorChoices.map((c) => c.sector.code), [strategy.sectorChoices]);

  // The latest loaded values, read by the stable actions below.
  const latest = useRef({ version: strategy.version, strategyId: strategy.id, goalsById });
  latest.current = { version: strategy.version, strategyId: strategy.id, goalsById };

  const [store] = useState(createActiveFormStore);
  const [dirtySources, setDirtySources] = useState<ReadonlySet<string>>(() => new Set());
  const focusAfterRender = useRef<string | null>(null);

  /** Runs a write with the version the UI has; refetches after success and after CONFLICT. */
  const write = useCallback(
    async <T,>(run: (version: number) => Promise<T>): Promise<WriteResult<T>> => {
      let result: WriteResult<T>;
      try {
        const data = await run(latest.current.version);
        result = { kind: 'ok', data };
      } catch (error) {
        result = classifyError(error);
        if (result.kind !== 'conflict') return result;
      }
      try {
        await refetch();
        // The read-only region page lists top-level goals: drop that cached list so it reloads.
        client.cache.modify({
          id: client.cache.identify({ __typename: 'Strategy', id: latest.current.strategyId }),
          fields: { goals: (value, { storeFieldName, DELETE }) => (storeFieldName === 'goals' ? DELETE : value) },
        });
      } catch (error) {
        return { kind: 'error', error };
      }
      return result;
    },
    [client, refetch],
  );

  const actions = useMemo<EditorActions>(() => {
    const focusLater = (id: string) => {
      focusAfterRender.current = id;
    };
    return {
      store,
      open: (form) => store.set(form),
      close(focusId) {
        store.set(null);
        if (focusId) requestAnimationFrame(() => document.getElementById(focusId)?.focus());
      },
      async saveGoal(form, input, asNew) {
        const editing = form.kind === 'editGoal' && !asNew;
        const result = await write(async (version) => {
          if (editing) {
            await updateGoal({ variables: { id: form.goalId, version, input } });
            return form.goalId;
          }
          const created = await addGoal({ variables: { strategyId: latest.current.strategyId, version, input } });
          return created.data?.addGoal.id ?? null;
        });
        if (result.kind === 'ok') {
          store.set(null);
          if (result.data) focusLater(`goal-${result.data}`);
        }
        return result;
      },
      async deleteGoal(goalId) {
        const goal = latest.current.goalsById.get(goalId);
        const result = await write((version) => deleteGoal({ variables: { id: goalId, version } }));
        if (result.kind === 'ok') focusLater(goal?.parent ? `goal-${goal.parent.id}` : `sector-${goal?.sector.code ?? ''}`);
        return result;
      },
      async moveGoal(goalId, parentId, position) {
        const result = await write((version) => moveGoal({ variables: { id: goalId, version, parentId, position } }));
        if (result.kind === 'ok') focusLater(`goal-${goalId}`);
        return result;
      },
      async saveInitiative(form, input, asNew) {
        const result = await write(async (version) => {
          if (form.kind === 'editInitiative' && !asNew) {
            await updateInitiative({ variables: { id: form.initiativeId, version, input } });
            return form.initiativeId;
          }
          if (form.kind !== 'addInitiative' && form.kind !== 'editInitiative') return null;
          const created = await addInitiative({ variables: { goalId: form.goalId, version, input } });
          return created.data?.addInitiative.id ?? null;
        });
        if (result.kind === 'ok') {
          store.set(null);
          if (result.data) focusLater(`initiative-${result.data}`);
        }
        return result;
      },
      async deleteInitiative(initiativeId) {
        return write((version) => deleteInitiative({ variables: { id: initiativeId, version } }));
      },
      setSectors(sectorCodes, rationales) {
        return write((version) => setStrategySectors({ variables: { strategyId: latest.current.strategyId, version, sectorCodes, rationales } }));
      },
      submit() {
        return write((version) => submitStrategy({ variables: { id: latest.current.strategyId, version } }));
      },
      setDirty(source, dirty) {
        setDirtySources((prev) => {
          if (prev.has(source) === dirty) return prev;
          const next = new Set(prev);
          if (dirty) next.add(source);
          else next.delete(source);
          return next;
        });
      },
    };
  }, [store, write, addGoal, updateGoal, deleteGoal, moveGoal, addInitiative, updateInitiative, deleteInitiative, setStrategySectors, submitStrategy]);

  // Focus moves to the new or edited item once the refetched tree shows it.
  useEffect(() => {
    const id = focusAfterRender.current;
    if (!id) return;
    const el = document.getElementById(id);
    if (el) {
      focusAfterRender.current = null;
      el.focus();
    }
  });

  const sectorByCode = useMemo(() => new Map(sectors.map((s) => [s.code, s])), [sectors]);
  const editorData = useMemo<EditorData>(
    () => ({
      goals: goalsById,
      chosenSectors,
      sectorName: (code) => {
        const s = sectorByCode.get(code);
        return s ? (lang === 'en' ? s.nameEn : s.name) : code;
      },
      horizonOf: (goalId) => (goalId ? (goalsById.get(goalId)?.horizon ?? null) : null),
    }),
    [goalsById, chosenSectors, sectorByCode, lang],
  );

  const focusProblem = useCallback(
    (target: FocusTarget) => {
      if (target.kind === 'sectors') {
        document.getElementById('sector-picker')?.focus();
      } else if (target.kind === 'sector') {
        const horizon: Horizon = target.horizon ?? 'Y2030';
        store.set({ kind: 'addGoal', parentId: null, sectorCode: target.sectorCode, horizon });
      } else {
        store.set({ kind: 'editGoal', goalId: target.goalId, focusControl: target.control });
      }
    },
    [store],
  );

  return (
    <EditorActionsContext.Provider value={actions}>
      <EditorDataContext.Provider value={editorData}>
        <RemarksScope value={strategy.id}>
        <UnsavedChangesGuard dirty={dirtySources.size > 0} />
        <dl className="facts facts--inline">
          <div>
            <dt>{t('strategy.summary.status')}</dt>
            <dd>
              <StatusBadge status={strategy.status} />
            </dd>
          </div>
          <div>
            <dt>{t('editor.version')}</dt>
            <dd>{strategy.version}</dd>
          </div>
        </dl>
        <RemarksSummary />
        <div className="editor__layout">
          <div className="editor__main">
            <SectorPicker strategy={strategy} sectors={sectors} />
            <EditorTree goals={allGoals} chosenSectors={chosenSectors} sectorName={editorData.sectorName} />
          </div>
          <aside className="editor__side" aria-label={t('editor.side')}>
            <CompletenessPanel problems={strategy.completeness} goals={goalsById} sectorName={editorData.sectorName} onFocus={focusProblem} />
            <SubmitPanel strategy={strategy} problems={strategy.completeness.length} />
          </aside>
        </div>
        </RemarksScope>
      </EditorDataContext.Provider>
    </EditorActionsContext.Provider>
  );
}
