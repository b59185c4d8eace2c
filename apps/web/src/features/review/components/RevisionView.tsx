import { Fragment, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../app/i18n';
import { useFragment, type FragmentType } from '../../../gql';
import type { ReviewContent_RevisionFragment } from '../../../gql/graphql';
import { formatNumber } from '../../../shared/format';
import { HORIZONS_OUTER_FIRST, horizonYear } from '../../../shared/strategy/horizons';
import { valueKey, type DiffMarks } from '../diffMarks';
import { pinKey, samePin, type PinTarget } from '../pins';
import { ReviewContent_revision } from '../reviewFragments';
import { DiffValue } from './DiffValue';
import { IndicatorValuesTable } from '../../../shared/strategy/IndicatorValuesTable';

type Goal = ReviewContent_RevisionFragment['content']['goals'][number];
type Indicator = Goal['indicators'][number];

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

  const { childrenOf, roots, visible } = useMemo(() => {
    const byId = new Map(goals.map((g) => [g.id, g]));
    const childrenOf = new Map<string, Goal[]>();
    const roots: Goal[] = [];
    for (const goal of goals) {
      if (goal.parentId && byId.has(goal.parentId)) {
        const list = childrenOf.get(goal.parentId) ?? [];
        list.push(goal);
        childrenOf.set(goal.parentId, list);
      } else roots.push(goal);
    }
    for (const list of childrenOf.values()) list.sort((a, b) => a.position - b.position);
    // In "changes only", a touched goal stays with its ancestors so it is seen in context.
    const visible = new Set<string>();
    for (const id of marks.touchedGoals) {
      for (let g = byId.get(id); g && !visible.has(g.id); g = g.parentId ? byId.get(g.parentId) : undefined)
        visible.add(g.id);
    }
    return { childrenOf, roots, visible };
  }, [goals, marks]);

  const sectorList = [...sectors];
  for (const goal of roots) {
    if (!sectorList.some((s) => s.code === goal.sectorCode))
      sectorList.push({ code: goal.sectorCode, name: goal.sectorCode, nameEn: goal.sectorCode, rationale: null });
  }
  const shown = (goal: Goal) => !changesOnly || visible.has(goal.id);

  const remarkCount = (pin: PinTarget) => props.openRemarks.get(pinKey(pin)) ?? 0;
  const marker = (pin: PinTarget) => {
    const count = remarkCount(pin);
    return count > 0 ? (
      <a href="#remarks" className="remark-marker">
        {t('review.remarks.marker', { count })}
      </a>
    ) : null;
  };
  /** "Remark on goal/indicator" for reviewers; its accessible name says which one. */
  const remarkButton = (pin: PinTarget, text: string, what: string, formLabel: string) =>
    props.canRemark ? (
      <button
        type="button"
        className="link-button"
        aria-expanded={samePin(props.composing, pin)}
        aria-label={`${text}: ${what}`}
        onClick={() => props.onCompose(pin, formLabel)}
      >
        {text}
      </button>
    ) : null;
  const composerAt = (pin: PinTarget) => (samePin(props.composing, pin) ? props.composer : null);

  const renderValue = (goal: Goal, indicator: Indicator, year: number, value: number | undefined) => {
    const change = marks.values.get(valueKey(indicator.id, 'TARGET', year));
    const formatted = value === undefined ? null : `${formatNumber(value, lang)}`;
    const content = change ? (
      <DiffValue
        before={change.before === null ? null : formatNumber(change.before, lang)}
        after={change.after === null ? null : formatNumber(change.after, lang)}
      />
    ) : (
      (formatted ?? t('common.notSet'))
    );
    const pin = { goalId: goal.id, indicatorId: indicator.id, year };
    const count = remarkCount(pin);
    return (
      <td key={year} className={`num${change ? ' value--changed' : ''}${count ? ' value--remarked' : ''}`}>
        {props.canRemark && value !== undefined ? (
          <button
            type="button"
            className="value-button"
            aria-label={t('review.remark.onValueButton', {
              year,
              value: formatted,
              unit: indicator.unit,
              name: indicator.name,
            })}
            aria-expanded={samePin(props.composing, pin)}
            onClick={() =>
              props.onCompose(
                pin,
                t('review.remark.onValue', { year, value: formatted, unit: indicator.unit, name: indicator.name }),
              )
            }
          >
            {content}
          </button>
        ) : (
          content
        )}
        {count > 0 && (
          <span className="value-remarks" title={t('review.remarks.marker', { count })}>
            <span aria-hidden="true">●</span>
            <span className="visually-hidden">{t('review.remarks.marker', { count })}</span>
          </span>
        )}
      </td>
    );
  };

  const renderIndicator = (goal: Goal, indicator: Indicator) => {
    const mark = marks.indicators.get(indicator.id);
    const targets = new Map(indicator.targets.map((v) => [v.year, v.value]));
    // Years dropped since the compared revision still get a column, to show the struck-out value.
    const years = new Set(targets.keys());
    for (const [key, v] of marks.values) {
      const [id, kind, year] = key.split('|');
      if (id === indicator.id && kind === 'TARGET' && v.after === null) years.add(Number(year));
    }
    const sortedYears = [...years].sort((a, b) => a - b);
    const baselineChange = [...marks.values.entries()].find(([key]) =>
      key.startsWith(`${indicator.id}|BASELINE|`),
    )?.[1];
    const pin = { goalId: goal.id, indicatorId: indicator.id };
    return (
      <li key={indicator.id} className={`indicator${mark?.added ? ' indicator--added' : ''}`}>
        <p className="indicator__name">
          {indicator.name}
          {mark?.added && <span className="diff-tag diff-tag--added">{t('review.diff.tag.newIndicator')}</span>}
          {mark && mark.changes.length > 0 && (
            <span className="diff-tag diff-tag--changed">{t('review.diff.tag.changed')}</span>
          )}
          {marker(pin)}
          {remarkButton(
            pin,
            t('review.remark.addToIndicator'),
            indicator.name,
            t('review.remark.onIndicator', { name: indicator.name }),
          )}
        </p>
        {mark && mark.changes.length > 0 && <TextChanges changes={mark.changes} />}
        <dl className="indicator__facts">
          <div>
            <dt>{t('strategy.indicator.unit')}</dt>
            <dd>{indicator.unit}</dd>
          </div>
          <div>
            <dt>{t('strategy.indicator.baseline')}</dt>
            <dd>
              {baselineChange ? (
                <DiffValue
                  before={baselineChange.before === null ? null : formatNumber(baselineChange.before, lang)}
                  after={baselineChange.after === null ? null : formatNumber(baselineChange.after, lang)}
                />
              ) : (
                formatNumber(indicator.baselineValue, lang)
              )}{' '}
              ({indicator.baselineYear})
            </dd>
          </div>
          {indicator.direction && (
            <div>
              <dt>{t('strategy.indicator.direction')}</dt>
              <dd>{t(`strategy.indicator.${indicator.direction}`)}</dd>
            </div>
          )}
          {indicator.responsible && (
            <div>
              <dt>{t('strategy.indicator.responsible')}</dt>
              <dd>{indicator.responsible}</dd>
            </div>
          )}
        </dl>
        {sortedYears.length > 0 && (
          <IndicatorValuesTable
            name={indicator.name}
            years={sortedYears}
            rows={[
              {
                label: t('strategy.indicator.targets'),
                cell: (year) => renderValue(goal, indicator, year, targets.get(year)),
              },
            ]}
          />
        )}
        {composerAt(pin)}
        {sortedYears.map((year) => (
          <Fragment key={year}>{composerAt({ ...pin, year })}</Fragment>
        ))}
      </li>
    );
  };

  const renderGoal = (goal: Goal): ReactNode => {
    if (!shown(goal)) return null;
    const mark = marks.goals.get(goal.id);
    const touched = marks.touchedGoals.has(goal.id);
    // In "changes only", an untouched ancestor is shown as a heading for context, without its indicators.
    const contextOnly = changesOnly && !touched;
    const indicators =
      changesOnly && !mark?.added
        ? goal.indicators.filter(
            (i) => marks.indicators.has(i.id) || [...marks.values.keys()].some((k) => k.startsWith(`${i.id}|`)),
          )
        : goal.indicators;
    const pin = { goalId: goal.id };
    const children = childrenOf.get(goal.id) ?? [];
    const titleId = `rgoal-${goal.id}`;
    return (
      <li key={goal.id}>
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
            {marker(pin)}
            {remarkButton(
              pin,
              t('review.remark.addToGoal'),
              goal.title,
              t('review.remark.onGoal', { title: goal.title }),
            )}
          </p>
          {mark && mark.changes.length > 0 && <TextChanges changes={mark.changes} />}
          {!contextOnly && goal.description && <p className="goal__description">{goal.description}</p>}
          {composerAt(pin)}
          {!contextOnly && indicators.length > 0 && (
            <ul className="goal__indicators" aria-label={t('strategy.indicator.listLabel')}>
              {indicators.map((indicator) => renderIndicator(goal, indicator))}
            </ul>
          )}
          {children.some(shown) && <ul className="goal-list">{children.map(renderGoal)}</ul>}
        </article>
      </li>
    );
  };

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
                  <ul className="goal-list">{top.map(renderGoal)}</ul>
                </section>
              );
            })}
          </section>
        );
      })}
    </div>
  );
}

/** Field-by-field text changes of a goal or indicator. */
export function TextChanges({
  changes,
}: {
  changes: readonly { field: string; before?: string | null; after?: string | null }[];
}) {
  const { t } = useTranslation();
  return (
    <ul className="text-changes">
      {changes.map((change) => (
        <li key={change.field}>
          <span className="text-changes__field">
            {t(`review.diff.field.${change.field}`, { defaultValue: change.field })}:
          </span>{' '}
          <DiffValue before={change.before ?? null} after={change.after ?? null} />
        </li>
      ))}
    </ul>
  );
}
