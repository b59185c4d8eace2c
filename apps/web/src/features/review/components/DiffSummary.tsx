import type { ReactNode } from 'react';
import { useTranslation } from '../../../shared/i18n/react';
import { currentLanguage } from '../../../app/i18n';
import type { ReviewDiff_DiffFragment } from '../../../gql/graphql';
import { formatNumber } from '../../../shared/format';
import { DiffValue } from './DiffValue';
import { TextChanges } from './TextChanges';

/**
 * Every change from the compared revision to this one, as a list: sectors, goals added, removed,
 * moved and reworded, indicators, and each baseline or target number that changed.
 */
export function DiffSummary({
  diff,
  sectorName,
}: {
  diff: ReviewDiff_DiffFragment;
  sectorName: (code: string) => string;
}) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const num = (v: number | null | undefined) => (v === null || v === undefined ? null : formatNumber(v, lang));
  const goalLink = (goalId: string, title: string) => <a href={`#goal-${goalId}`}>«{title}»</a>;

  const groups: { key: string; title: string; items: ReactNode[] }[] = [
    {
      key: 'sectors',
      title: t('review.diff.group.sectors'),
      items: [
        ...diff.sectorsAdded.map((code) => (
          <span key={`+${code}`}>
            <DiffValue before={null} after={sectorName(code)} />
          </span>
        )),
        ...diff.sectorsRemoved.map((code) => (
          <span key={`-${code}`}>
            <DiffValue before={sectorName(code)} after={null} />
          </span>
        )),
      ],
    },
    {
      key: 'goalsAdded',
      title: t('review.diff.group.goalsAdded'),
      items: diff.goalsAdded.map((g) => (
        <span key={g.goalId}>
          {goalLink(g.goalId, g.title)}{' '}
          <span className="muted">({t('horizon.badge', { year: g.horizon.slice(1) })})</span>
        </span>
      )),
    },
    {
      key: 'goalsRemoved',
      title: t('review.diff.group.goalsRemoved'),
      items: diff.goalsRemoved.map((g) => (
        <del key={g.goalId}>
          <span className="visually-hidden">{t('review.diff.removed')} </span>«{g.title}»
        </del>
      )),
    },
    {
      key: 'goalsMoved',
      title: t('review.diff.group.goalsMoved'),
      items: diff.goalsMoved.map((g) => (
        <span key={g.goalId}>
          {goalLink(g.goalId, g.title)}
          {g.fromSectorCode !== g.toSectorCode && (
            <>
              {' '}
              — <DiffValue before={sectorName(g.fromSectorCode)} after={sectorName(g.toSectorCode)} />
            </>
          )}
          {g.fromSectorCode === g.toSectorCode && <> — {t('review.diff.movedParent')}</>}
        </span>
      )),
    },
    {
      key: 'goalsChanged',
      title: t('review.diff.group.goalsChanged'),
      items: diff.goalsChanged.map((g) => (
        <span key={g.goalId}>
          {goalLink(g.goalId, g.title)}
          <TextChanges changes={g.changes} />
        </span>
      )),
    },
    {
      key: 'indicators',
      title: t('review.diff.group.indicators'),
      items: [
        ...diff.indicatorsAdded.map((i) => (
          <span key={`+${i.indicatorId}`}>
            <DiffValue before={null} after={i.name} />
          </span>
        )),
        ...diff.indicatorsRemoved.map((i) => (
          <span key={`-${i.indicatorId}`}>
            <DiffValue before={i.name} after={null} />
          </span>
        )),
        ...diff.indicatorsChanged.map((i) => (
          <span key={`~${i.afterId}`}>
            <a href={`#goal-${i.goalId}`}>«{i.name}»</a>
            <TextChanges changes={i.changes} />
          </span>
        )),
      ],
    },
    {
      key: 'values',
      title: t('review.diff.group.values'),
      items: diff.valueChanges.map((v) => (
        <span key={`${v.indicatorId}-${v.kind}-${v.year}`}>
          <a href={`#goal-${v.goalId}`}>«{v.indicatorName}»</a>,{' '}
          {t(`review.diff.valueKind.${v.kind}`, { year: v.year })}:{' '}
          <DiffValue before={num(v.before)} after={num(v.after)} /> <span className="muted">{v.unit}</span>
        </span>
      )),
    },
    {
      key: 'initiatives',
      title: t('review.diff.group.initiatives'),
      items: [
        ...diff.initiativesAdded.map((i) => (
          <span key={`+${i.initiativeId}`}>
            <DiffValue before={null} after={i.title} />
          </span>
        )),
        ...diff.initiativesRemoved.map((i) => (
          <span key={`-${i.initiativeId}`}>
            <DiffValue before={i.title} after={null} />
          </span>
        )),
        ...diff.initiativesChanged.map((i) => (
          <span key={`~${i.initiativeId}`}>
            «{i.title}»
            <TextChanges changes={i.changes} />
          </span>
        )),
      ],
    },
  ];

  // An amendment's first revision is compared with the edition in force it amends.
  const compared = diff.from !== 0 || diff.baseEdition != null;
  return (
    <section className="diff-summary" aria-labelledby="diff-summary-title">
      <h3 id="diff-summary-title">
        {compared
          ? diff.from === 0
            ? t('editions.diffTitle', { edition: diff.baseEdition, count: diff.changeCount })
            : t('review.diff.title', { from: diff.from, to: diff.to, count: diff.changeCount })
          : t('review.diff.titleFirst', { to: diff.to })}
      </h3>
      {compared && diff.changeCount === 0 && <p>{t('review.diff.none')}</p>}
      {compared &&
        groups
          .filter((g) => g.items.length > 0)
          .map((group) => (
            <div key={group.key} className="diff-summary__group">
              <h4>
                {group.title} <span className="muted">({group.items.length})</span>
              </h4>
              <ul>
                {group.items.map((item, index) => (
                  <li key={index}>{item}</li>
                ))}
              </ul>
            </div>
          ))}
    </section>
  );
}
