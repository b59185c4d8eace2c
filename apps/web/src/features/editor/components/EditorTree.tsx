import { HORIZONS_OUTER_FIRST } from '@tsifra/domain/strategy/goal-tree';
import { memo, useMemo } from 'react';
import { useTranslation } from '../../../shared/i18n/react';
import { useSlotActive } from '../model/activeForm';
import { useEditorActions, type EditorGoal } from '../model/editorContext';
import { GoalFormHost } from './GoalFormHost';
import { GoalRow } from './GoalRow';
import { buildTree, type SectorTree } from '../model/goalTree';

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
            onClick={() =>
              actions.open({
                kind: 'addGoal',
                parentId: null,
                sectorCode: sector.code,
                horizon: HORIZONS_OUTER_FIRST[0]!,
              })
            }
          >
            {t('editor.goals.addTop', { sector: name })}
          </button>
        )
      )}
    </section>
  );
});
