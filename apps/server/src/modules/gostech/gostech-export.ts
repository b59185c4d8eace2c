import { DomainError } from '@tsifra/domain/errors';
import type { Actor } from '@tsifra/domain/roles';
import { canReadContent } from '@tsifra/domain/strategy/workflow';
import type { Database } from '../../db/data-source';
import { SectorEntity } from '../sector/sector.entity';
import { loadGostechPlan } from './gostech-document';
import { writeInventoryWorkbook } from './gostech-xlsx';
import { loadPlanSystems } from './plan-systems';

/** The plan as an XLSX workbook (base64) that imports back unchanged. Readable by whoever may read the plan's content. */
export async function exportPlan(db: Database, actor: Actor | null, planId: string): Promise<string> {
  const manager = db.dataSource.manager;
  const { document: plan, regionCode } = await loadGostechPlan(manager, planId);
  if (!canReadContent(actor, regionCode, plan.status))
    throw new DomainError('NOT_FOUND', 'No such GosTech plan.', 'planId'); // hidden reads as missing (issue 17)
  const { systems, plan: rules } = await loadPlanSystems(manager, planId);
  const sectors = new Map((await manager.getRepository(SectorEntity).find()).map((s) => [s.id, s.code]));
  const names = new Map(systems.map((s) => [s.id, s.name]));
  const positions = new Map(systems.map((s) => [s.id, s.position]));
  const byId = new Map(rules.map((r) => [r.id, r]));
  const rows = systems.map((s) => {
    const r = byId.get(s.id)!;
    return {
      name: s.name,
      shortName: s.shortName,
      operator: s.owner,
      sectorCode: s.sectorId ? (sectors.get(s.sectorId) ?? null) : null,
      purpose: s.purpose,
      isStateSystem: s.isStateSystem,
      processesPersonalData: s.processesPersonalData,
      hosting: s.hosting,
      annualCost: s.annualCost == null ? null : Number(s.annualCost),
      decision: s.decision,
      economicAssessment: s.economicAssessment,
      technologicalAssessment: s.technologicalAssessment,
      stages: r.stages,
      dependsOn: [...r.dependsOn].sort((x, y) => positions.get(x)! - positions.get(y)!).map((id) => names.get(id)!),
    };
  });
  return (await writeInventoryWorkbook(rows, `ГосТех: план-график ${regionCode}`)).toString('base64');
}
