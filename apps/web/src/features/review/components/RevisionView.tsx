import { useMemo, type ReactNode } from 'react';
import { useTranslation } from '../../../shared/i18n/react';
import { currentLanguage } from '../../../app/i18n';
import { useFragment, type FragmentType } from '../../../gql';
import { HORIZONS_OUTER_FIRST, horizonYear } from '../../../shared/strategy/horizons';
import type { DiffMarks } from '../diffMarks';
import type { PinTarget } from '../pins';
import { ReviewContent_revision } from '../reviewFragments';
import { revisionTree, sectorsWithGoals, type RevisionGoal } from '../revisionTree';
import { revisionPins } from './RevisionPins';
import { RevisionGoalItem } from './RevisionGoalItem';

interface RevisionViewProps {
  revision: FragmentType<typeof ReviewContent_revision>;
  marks: DiffMarks;
  /** Show only the goals the diff touches (with their ancestors as context). */
  changesOnly: boolean;
  /** Open remarks per pinKey. */
  openRemarks: ReadonlyMap<string, number>;
  /** Reviewers pin remarks: goals, indicators and target values become buttons. */
  canRemark: boolean;
  composing: PinTarget | null;
  onCompose: (target: PinTarget, label: string) => void;
  /** The remark form, shown under the place being remarked on. */
  composer: ReactNode;
}

/**
 * A submitted revision, read-only: sectors, then per sector the goal tree (2030 → 2024 → 2021) with
 * indicators and targets. Changes against the compared revision are marked in place, and every goal,
 * indicator and target value can take a remark.
 */
export function RevisionView(props: RevisionViewProps) {
  const revision = useFragment(ReviewContent_revision, props.revision);
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const { marks, changesOnly } = props;
  const { goals, sectors } = revision.content;
  const tree = useMemo(() => revisionTree(goals, marks.touchedGoals), [goals, marks]);
  const { roots, visible } = tree;
  const sectorList = sectorsWithGoals(sectors, roots);
  const shown = (goal: RevisionGoal) => !changesOnly || visible.has(goal.id);
  const pins = revisionPins(props);
  const goalItem = (goal: RevisionGoal) => (
    <RevisionGoalItem
      key={goal.id}
      goal={goal}
      tree={tree}
      marks={marks}
      changesOnly={changesOnly}
      shown={shown}
      pins={pins}
    />
  );

  const anyShown = roots.some(shown);
  return (
    <div className="goal-tree revision-view">
      {changesOnly && !anyShown && <p>{t('review.diff.nothingChanged')}</p>}
      {sectorList.map((sector) => {
        const sectorRoots = roots.filter((g) => g.sectorCode === sector.code && shown(g));
        if (changesOnly && sectorRoots.length === 0) return null;
        const headingId = `rsector-${sector.code}`;
        return (
          <section key={sector.code} className="goal-tree__sector" aria-labelledby={headingId}>
            <h3 id={headingId}>{lang === 'en' ? sector.nameEn : sector.name}</h3>
            {!changesOnly && sector.rationale && <p className="muted">{sector.rationale}</p>}
            {sectorRoots.length === 0 && <p>{t('strategy.goals.sectorNone')}</p>}
            {HORIZONS_OUTER_FIRST.map((horizon) => {
              const top = sectorRoots.filter((g) => g.horizon === horizon).sort((a, b) => a.position - b.position);
              if (top.length === 0) return null;
              return (
                <section key={horizon} aria-label={t('horizon.goalsHeading', { year: horizonYear(horizon) })}>
                  <h4>{t('horizon.goalsHeading', { year: horizonYear(horizon) })}</h4>
                  <ul className="goal-list">{top.map(goalItem)}</ul>
                </section>
              );
            })}
          </section>
        );
      })}
    </div>
  );
}
