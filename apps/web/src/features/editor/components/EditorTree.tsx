import { isEarlierHorizon, type Horizon } from '@tsifra/domain/horizons';
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { HORIZONS_OUTER_FIRST } from '../../../shared/strategy/horizons';
import { useSlotActive } from '../model/activeForm';
import { useEditorActions, type EditorGoal } from '../model/editorContext';
import { GoalFormHost } from './GoalFormHost';
import { GoalRow, type GoalNode } from './GoalRow';

interface SectorTree {
  code: string;
  chosen: boolean;
  roots: GoalNode[];
  count: number;
}

const horizonRank = (h: Horizon) => HORIZONS_OUTER_FIRST.indexOf(h);

/** Builds the sector → goal tree from the flat lists; siblings by position, top level 2030 first. */
export function buildTree(goals: readonly EditorGoal[], chosenSectors: readonly string[]): SectorTree[] {
  const childrenOf = new Map<string | null, EditorGoal[]>();
  for (const goal of goals) {
    const key = goal.parent?.id ?? null;
    const list = childrenOf.get(key);
    if (list) list.push(goal);
    else childrenOf.set(key, [goal]);
  }
  const node = (goal: EditorGoal): GoalNode => ({
    goal,
    children: (childrenOf.get(goal.id) ?? []).sort((a, b) => a.position - b.position).map(node),
  });
  const roots = (childrenOf.get(null) ?? []).sort((a, b) => horizonRank(a.horizon) - horizonRank(b.horizon) || a.position - b.position);
  const sectorCodes = [...chosenSectors];
  for (const goal of goals) if (!sectorCodes.includes(goal.sector.code)) sectorCodes.push(goal.sector.code);
  return sectorCodes.map((code) => ({
    code,
    chosen: chosenSectors.includes(code),
    roots: roots.filter((g) => g.sector.code === code).map(node),
    count: goals.filter((g) => g.sector.code === code).length,
  }));
}

interface EditorTreeProps {
  goals: readonly EditorGoal[];
  chosenSectors: readonly string[];
  sectorName(code: string): string;
}

/** Per chosen sector, its goal tree 2030 → 2024 → 2021, with the actions of each goal. */
export function EditorTree({ goals, chosenSectors, sectorName }: EditorTreeProps) {
  const { t } = useTranslation();
  const tree = useMemo(() => buildTree(goals, chosenSectors), [goals, chosenSectors]);
  return (
    <section className="editor-tree" aria-labelledby="editor-goals-title">
      <h2 id="editor-goals-title">{t('editor.goals.title')}</h2>
      {tree.length === 0 && <p className="notice">{t('editor.goals.chooseSectorsFirst')}</p>}
      {tree.map((sector) => (
        <SectorSection key={sector.code} sector={sector} name={sectorName(sector.code)} />
      ))}
    </section>
  );
}

const SectorSection = memo(function SectorSection({ sector, name }: { sector: SectorTree; name: string }) {
  const { t } = useTranslation();
  const actions = useEditorActions();
  const adding = useSlotActive(actions.store, `add-top:${sector.code}`);
  const headingId = `sector-${sector.code}`;
  // Siblings of one parent are ordered together, whatever their horizon; the top level groups by horizon for reading.
  return (
    <section className="editor-sector" aria-labelledby={headingId}>
      <h3 id={headingId} tabIndex={-1}>
        {name} <span className="muted">({t('strategy.goals.count', { count: sector.count })})</span>
      </h3>
      {!sector.chosen && <p className="notice notice--error">{t('editor.goals.sectorNotChosen')}</p>}
      {sector.roots.length === 0 && <p className="muted">{t('strategy.goals.sectorNone')}</p>}
      <ul className="goal-list">
        {sector.roots.map((node, index) => (
          <GoalRow key={node.goal.id} node={node} index={index} siblings={sector.roots.length} />
        ))}
      </ul>
      {adding ? (
        <GoalFormHost />
      ) : (
        sector.chosen && (
          <button
            type="button"
            id={`add-top-${sector.code}`}
            className="button button--secondary button--small"
            onClick={() => actions.open({ kind: 'addGoal', parentId: null, sectorCode: sector.code, horizon: 'Y2030' })}
          >
            {t('editor.goals.addTop', { sector: name })}
          </button>
        )
      )}
    </section>
  );
});

/** Horizons a goal may take: earlier than its parent's, later than each of its children's. */
export function horizonChoices(parentHorizon: Horizon | null, childHorizons: readonly Horizon[]): Horizon[] {
  return HORIZONS_OUTER_FIRST.filter(
    (h) => (!parentHorizon || isEarlierHorizon(h, parentHorizon)) && childHorizons.every((c) => isEarlierHorizon(c, h)),
  );
}

