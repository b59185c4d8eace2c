import { useMemo, useState } from 'react';
import { useTranslation } from '../../../shared/i18n/react';
import type { PlanData, SectorOptions } from '../model/planRouteData';
import { usePlanWrite } from '../model/usePlanWrite';
import { PlanRemarks } from '../remarks/PlanRemarks';
import { ImportPanel } from './ImportPanel';
import { InventorySection } from './InventorySection';
import { PlanCompleteness } from './PlanCompleteness';
import { PlanWorkflow } from './PlanWorkflow';
import { Timeline } from './Timeline';

interface PlanViewProps {
  plan: PlanData;
  regionCode: string;
  editable: boolean;
  remarkRights: { canReview: boolean; canReply: boolean };
  sectors: SectorOptions;
  refetch(): Promise<unknown>;
}

const todayIso = () => new Date().toISOString().slice(0, 10);

/** Moves the focus to a system's edit button (or its row) when a completeness problem names it. */
function focusSystem(id: string) {
  const target = document.getElementById(`edit-system-${id}`) ?? document.getElementById(`system-${id}`);
  target?.focus();
  target?.scrollIntoView?.({ block: 'center' });
}

/** An existing plan: its workflow, and — when its content is visible — remarks, completeness, inventory, import and timeline. */
export function PlanView({ plan, regionCode, editable, remarkRights, sectors, refetch }: PlanViewProps) {
  const { t } = useTranslation();
  const write = usePlanWrite(plan, refetch);
  const [today] = useState(todayIso);
  const names = useMemo(() => new Map(plan.systems.map((s) => [s.id, s.name])), [plan.systems]);

  return (
    <>
      <PlanWorkflow
        plan={plan}
        problems={plan.completeness.length}
        editable={editable}
        write={write}
        refetch={refetch}
      />
      {!plan.contentVisible ? (
        <p className="notice">{t('gostech.plan.contentHidden')}</p>
      ) : (
        <>
          <PlanRemarks
            regionCode={regionCode}
            planId={plan.id}
            canReview={remarkRights.canReview && plan.revision > 0}
            canReply={remarkRights.canReply}
            onChanged={refetch}
          />
          {plan.status !== 'APPROVED' && (
            <PlanCompleteness
              problems={plan.completeness}
              systemName={(id) => names.get(id) ?? null}
              onFocusSystem={focusSystem}
            />
          )}
          <InventorySection plan={plan} regionCode={regionCode} editable={editable} sectors={sectors} write={write} />
          {editable && <ImportPanel write={write} />}
          <Timeline systems={plan.systems} today={today} />
        </>
      )}
    </>
  );
}
