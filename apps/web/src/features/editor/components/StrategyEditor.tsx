import type { Horizon } from '@tsifra/domain/horizons';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from '../../../shared/i18n/react';
import { currentLanguage } from '../../../app/i18n';
import { graphql, useFragment as unmask } from '../../../gql';
import type { EditorRouteQueryQuery } from '../../../gql/graphql';
import { StatusBadge } from '../../../shared/ui/StatusBadge';
import { createActiveFormStore } from '../model/activeForm';
import { EditorActionsContext, EditorDataContext, type EditorData, type EditorGoal } from '../model/editorContext';
import { useEditorMutations } from '../mutations/useEditorMutations';
import { CompletenessPanel, type FocusTarget } from './CompletenessPanel';
import { EditorTree } from './EditorTree';
import { SectorPicker } from './SectorPicker';
import { RemarksScope, RemarksSummary } from '../../../shared/remarks';
import { SubmitPanel } from './SubmitPanel';
import { UnsavedChangesGuard } from './UnsavedChangesGuard';

// Colocated with the component that reads it; the route query spreads it three times (one per horizon).
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

type RouteData = EditorRouteQueryQuery;
type StrategyData = NonNullable<NonNullable<RouteData['region']>['strategy']>;

interface StrategyEditorProps {
  strategy: StrategyData;
  sectors: RouteData['sectors'];
  refetch(): Promise<unknown>;
  /** The page's h1: focus moves there after submitting. */
  titleId: string;
}

/** The editor of one strategy: status and submission first (early in the tab order), then sectors and goals. */
export function StrategyEditor({ strategy, sectors, refetch, titleId }: StrategyEditorProps) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
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
  const [store] = useState(createActiveFormStore);
  const { actions, dirty } = useEditorMutations(
    { strategyId: strategy.id, version: strategy.version, goalsById },
    store,
    refetch,
  );

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
          <UnsavedChangesGuard dirty={dirty} />
          <div className="editor__head">
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
            <SubmitPanel strategy={strategy} problems={strategy.completeness.length} focusId={titleId} />
          </div>
          <RemarksSummary />
          <div className="editor__layout">
            <div className="editor__main">
              <SectorPicker strategy={strategy} sectors={sectors} />
              <EditorTree goals={allGoals} chosenSectors={chosenSectors} sectorName={editorData.sectorName} />
            </div>
            <aside className="editor__side" aria-label={t('editor.side')}>
              <CompletenessPanel
                problems={strategy.completeness}
                goals={goalsById}
                sectorName={editorData.sectorName}
                onFocus={focusProblem}
              />
            </aside>
          </div>
        </RemarksScope>
      </EditorDataContext.Provider>
    </EditorActionsContext.Provider>
  );
}
