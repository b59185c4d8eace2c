import { badUserInput, prefixFieldErrors } from '@tsifra/domain/errors';
import {
  validateInformationSystem,
  type GostechStage,
  type InformationSystemDraft,
  type StageDates,
} from '@tsifra/domain/gostech/plan';
import type { InformationSystemEntity } from './information-system.entity';

/** A system's fields ready to store, after validation. */
export interface CheckedSystem {
  fields: Omit<InformationSystemEntity, 'id' | 'planId' | 'position'>;
  stages: StageDates[];
}

function clean(text: string | null | undefined): string | null {
  const t = (text ?? '').trim();
  return t ? t : null;
}

/** Validates a draft with the domain's rules (errors under `prefix`) and resolves its sector. */
export function checkDraft(
  draft: InformationSystemDraft,
  sectorIdByCode: Map<string, string>,
  prefix: string,
): CheckedSystem {
  const errors = validateInformationSystem(draft);
  if (errors.length) throw badUserInput(prefixFieldErrors(prefix, errors));
  return {
    fields: {
      name: draft.name.trim(),
      shortName: clean(draft.shortName),
      owner: draft.operator.trim(),
      sectorId: draft.sectorCode ? sectorIdByCode.get(draft.sectorCode)! : null,
      purpose: clean(draft.purpose),
      isStateSystem: draft.isStateSystem ?? false,
      processesPersonalData: draft.processesPersonalData ?? false,
      hosting: clean(draft.hosting),
      annualCost: draft.annualCost ?? null,
      decision: clean(draft.decision),
      economicAssessment: clean(draft.economicAssessment),
      technologicalAssessment: clean(draft.technologicalAssessment),
    },
    stages: (draft.stages ?? []).map((s) => ({
      stage: s.stage as GostechStage,
      plannedStart: clean(s.plannedStart),
      plannedEnd: clean(s.plannedEnd),
      actualStart: clean(s.actualStart),
      actualEnd: clean(s.actualEnd),
    })),
  };
}
