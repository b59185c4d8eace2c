import { useTranslation } from '../../../shared/i18n/react';
import { horizonYear } from '../../../shared/strategy/horizons';
import type { DiffMarks } from '../diffMarks';
import { indicatorsShown, type RevisionGoal, type RevisionTree } from '../revisionTree';
import { RemarkButton, RemarkMarker, type RevisionPins } from './RevisionPins';
import { RevisionIndicatorItem } from './RevisionIndicatorItem';
import { TextChanges } from './TextChanges';

interface RevisionGoalItemProps {
  goal: RevisionGoal;
  tree: RevisionTree;
  marks: DiffMarks;
  changesOnly: boolean;
  /** Whether a goal is shown (all goals, or in "changes only" the touched ones and their ancestors). */
  shown: (goal: RevisionGoal) => boolean;
  pins: RevisionPins;
}

/** A goal of a revision with its indicators and, nested, its sub-goals; changes against the compared revision marked. */
export function RevisionGoalItem({ goal, tree, marks, changesOnly, shown, pins }: RevisionGoalItemProps) {
  const { t } = useTranslation();
  if (!shown(goal)) return null;
  const mark = marks.goals.get(goal.id);
  const touched = marks.touchedGoals.has(goal.id);
  // In "changes only", an untouched ancestor is shown as a heading for context, without its indicators.
  const contextOnly = changesOnly && !touched;
  const indicators = indicatorsShown(goal, marks, changesOnly);
  const pin = { goalId: goal.id };
  const children = tree.childrenOf.get(goal.id) ?? [];
  const titleId = `rgoal-${goal.id}`;
  return (
    <li>
      <article
        id={`goal-${goal.id}`}
        className={`goal rgoal${mark?.added ? ' rgoal--added' : ''}${mark && (mark.changes.length || mark.moved) ? ' rgoal--changed' : ''}${contextOnly ? ' rgoal--context' : ''}`}
        aria-labelledby={titleId}
      >
        <p className="goal__head">
          <span className="goal__horizon">{t('horizon.badge', { year: horizonYear(goal.horizon) })}</span>
          <span id={titleId} className="goal__title">
            {goal.title}
          </span>
          {mark?.added && <span className="diff-tag diff-tag--added">{t('review.diff.tag.newGoal')}</span>}
          {mark && mark.changes.length > 0 && (
            <span className="diff-tag diff-tag--changed">{t('review.diff.tag.changed')}</span>
          )}
          {mark?.moved && <span className="diff-tag diff-tag--moved">{t('review.diff.tag.moved')}</span>}
          <RemarkMarker pins={pins} pin={pin} />
          <RemarkButton
            pins={pins}
            pin={pin}
            text={t('review.remark.addToGoal')}
            what={goal.title}
            formLabel={t('review.remark.onGoal', { title: goal.title })}
          />
        </p>
        {mark && mark.changes.length > 0 && <TextChanges changes={mark.changes} />}
        {!contextOnly && goal.description && <p className="goal__description">{goal.description}</p>}
        {pins.composerAt(pin)}
        {!contextOnly && indicators.length > 0 && (
          <ul className="goal__indicators" aria-label={t('strategy.indicator.listLabel')}>
            {indicators.map((indicator) => (
              <RevisionIndicatorItem key={indicator.id} goal={goal} indicator={indicator} marks={marks} pins={pins} />
            ))}
          </ul>
        )}
        {children.some(shown) && (
          <ul className="goal-list">
            {children.map((child) => (
              <RevisionGoalItem
                key={child.id}
                goal={child}
                tree={tree}
                marks={marks}
                changesOnly={changesOnly}
                shown={shown}
                pins={pins}
              />
            ))}
          </ul>
        )}
      </article>
    </li>
  );
}
