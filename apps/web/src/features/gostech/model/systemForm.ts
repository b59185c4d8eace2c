import type { FieldError } from '@tsifra/domain/errors';
import { formatNumberForInput, parseLocaleNumber } from '../../../shared/format';
import {
  GOSTECH_STAGES,
  STAGE_DATE_KEYS,
  validateInformationSystem,
  type GostechDecision,
  type GostechStage,
  type StageDateKey,
} from '@tsifra/domain/gostech/plan';

export type StageState = Record<StageDateKey, string>;

/** A system as the form holds it: text as typed, one row of dates per stage, dependencies by id. */
export interface SystemState {
  name: string;
  shortName: string;
  operator: string;
  sectorCode: string;
  purpose: string;
  isStateSystem: boolean;
  processesPersonalData: boolean;
  hosting: string;
  annualCost: string;
  decision: GostechDecision | '';
  economicAssessment: string;
  technologicalAssessment: string;
  stages: Record<GostechStage, StageState>;
  dependsOnIds: string[];
}

/** What the server's `InformationSystem` gives the form (the fields it edits). */
export interface SystemSource {
  name: string;
  shortName?: string | null;
  operator: string;
  sector?: { code: string } | null;
  purpose?: string | null;
  isStateSystem: boolean;
  processesPersonalData: boolean;
  hosting?: string | null;
  annualCost?: number | null;
  decision?: GostechDecision | null;
  economicAssessment?: string | null;
  technologicalAssessment?: string | null;
  stages: readonly ({ stage: GostechStage } & Partial<Record<StageDateKey, string | null>>)[];
  dependsOn: readonly { id: string }[];
}

/** The mutation input (InformationSystemInput). */
export interface SystemInputValue {
  name: string;
  shortName: string | null;
  operator: string;
  sectorCode: string | null;
  purpose: string | null;
  isStateSystem: boolean;
  processesPersonalData: boolean;
  hosting: string | null;
  annualCost: number | null;
  decision: GostechDecision | null;
  economicAssessment: string | null;
  technologicalAssessment: string | null;
  stages: ({ stage: GostechStage } & Record<StageDateKey, string | null>)[];
  dependsOnIds: string[];
}

const emptyStage = (): StageState => ({ plannedStart: '', plannedEnd: '', actualStart: '', actualEnd: '' });
const emptyStages = () =>
  Object.fromEntries(GOSTECH_STAGES.map((s) => [s, emptyStage()])) as Record<GostechStage, StageState>;

export function emptySystem(): SystemState {
  return {
    name: '',
    shortName: '',
    operator: '',
    sectorCode: '',
    purpose: '',
    isStateSystem: false,
    processesPersonalData: false,
    hosting: '',
    annualCost: '',
    decision: '',
    economicAssessment: '',
    technologicalAssessment: '',
    stages: emptyStages(),
    dependsOnIds: [],
  };
}

/** The form state of a loaded system. */
export function systemStateOf(system: SystemSource, lang = 'ru'): SystemState {
  const stages = emptyStages();
  for (const s of system.stages) for (const k of STAGE_DATE_KEYS) stages[s.stage][k] = s[k] ?? '';
  return {
    name: system.name,
    shortName: system.shortName ?? '',
    operator: system.operator,
    sectorCode: system.sector?.code ?? '',
    purpose: system.purpose ?? '',
    isStateSystem: system.isStateSystem,
    processesPersonalData: system.processesPersonalData,
    hosting: system.hosting ?? '',
    // In the reader's notation (`1200000,5` in Russian), which parseAmount reads back.
    annualCost: formatNumberForInput(system.annualCost, lang),
    decision: system.decision ?? '',
    economicAssessment: system.economicAssessment ?? '',
    technologicalAssessment: system.technologicalAssessment ?? '',
    stages,
    dependsOnIds: system.dependsOn.map((d) => d.id),
  };
}

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

/** Reads a typed amount (`1 200 000,50` or `1200000.50`); NaN when it is not a number, null when empty. */
export function parseAmount(text: string): number | null {
  return parseLocaleNumber(text.replace(/^\+/, '')) ?? null;
}

/** The input to send: stages with at least one date, in stage order. */
export function toSystemInput(state: SystemState): SystemInputValue {
  return {
    name: state.name.trim(),
    shortName: orNull(state.shortName),
    operator: state.operator.trim(),
    sectorCode: orNull(state.sectorCode),
    purpose: orNull(state.purpose),
    isStateSystem: state.isStateSystem,
    processesPersonalData: state.processesPersonalData,
    hosting: orNull(state.hosting),
    annualCost: parseAmount(state.annualCost),
    decision: state.decision || null,
    economicAssessment: orNull(state.economicAssessment),
    technologicalAssessment: orNull(state.technologicalAssessment),
    stages: GOSTECH_STAGES.filter((stage) => STAGE_DATE_KEYS.some((k) => state.stages[stage][k] !== '')).map(
      (stage) => ({
        stage,
        ...(Object.fromEntries(STAGE_DATE_KEYS.map((k) => [k, orNull(state.stages[stage][k])])) as Record<
          StageDateKey,
          string | null
        >),
      }),
    ),
    dependsOnIds: state.dependsOnIds,
  };
}

/**
 * Maps a field path of the input (`stages[1].plannedEnd`, or the server's `input.stages[1].plannedEnd`)
 * to the form's control key (`stages.DESIGN.plannedEnd`), by the stages the input carried.
 */
export function controlKeyOf(field: string, input: Pick<SystemInputValue, 'stages'>): string {
  const relative = field.replace(/^input\./, '');
  const stage = /^stages\[(\d+)\]\.(\w+)$/.exec(relative);
  if (stage) {
    const name = input.stages[Number(stage[1])]?.stage;
    return name ? `stages.${name}.${stage[2]}` : 'stages';
  }
  return relative === 'sectorCode' ? 'sectorCode' : relative;
}

/** The domain's checks of the input, keyed by form control. */
export function validateSystemInput(input: SystemInputValue): FieldError[] {
  return validateInformationSystem(input).map((e) => ({ ...e, field: controlKeyOf(e.field, input) }));
}
