import { useTranslation } from '../i18n/react';
import { remarkPlace } from './remarkPlace';
import { RemarkPin } from './RemarkPin';
import { useIndicatorName, useOpenRemarks, useRemarksScope } from './useOpenRemarks';

interface GoalRemarkPinsProps {
  goalId: string;
  /** The goal's current indicators, to name an indicator a remark points at. */
  indicators?: readonly { id: string; name: string }[];
  /**
   * Only the remarks on this indicator and its values, shown next to them. Without it, the goal's other remarks:
   * on the goal itself, or on an indicator it no longer has.
   */
  indicatorId?: string;
  /** Defaults to the enclosing RemarksScope. */
  strategyId?: string;
  canResolve?: boolean;
}

/** The open remarks pinned to one goal (on the goal, one of its indicators or one value), as pins beside it. */
export function GoalRemarkPins(props: GoalRemarkPinsProps) {
  // Outside a RemarksScope (a goal tree rendered on its own) there is nothing to show and nothing to ask.
  const scoped = useRemarksScope(props.strategyId);
  return scoped ? <ScopedGoalRemarkPins {...props} strategyId={scoped} /> : null;
}

function ScopedGoalRemarkPins({
  goalId,
  indicators = [],
  indicatorId,
  strategyId,
  canResolve,
}: GoalRemarkPinsProps & { strategyId: string }) {
  const { t } = useTranslation();
  const { remarks } = useOpenRemarks(strategyId);
  const cachedName = useIndicatorName();
  const current = new Set(indicators.map((i) => i.id));
  const mine = remarks.filter(
    (r) =>
      r.goalId === goalId &&
      (indicatorId ? r.indicatorId === indicatorId : !r.indicatorId || !current.has(r.indicatorId)),
  );
  if (mine.length === 0) return null;
  const nameOf = (id: string) => indicators.find((i) => i.id === id)?.name ?? cachedName(id);
  const indicatorName = indicatorId ? nameOf(indicatorId) : undefined;
  return (
    <ul
      className="remark-pins"
      aria-label={
        indicatorName ? t('remarks.pin.indicatorListLabel', { name: indicatorName }) : t('remarks.pin.listLabel')
      }
    >
      {mine.map((r) => (
        <li key={r.id}>
          <RemarkPin remark={r} place={remarkPlace(t, r, nameOf)} canResolve={canResolve} />
        </li>
      ))}
    </ul>
  );
}
