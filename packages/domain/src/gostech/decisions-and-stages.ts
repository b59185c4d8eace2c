/**
 * The decisions a region takes for each information system on its GosTech plan, the stages a move
 * goes through (in their fixed order), their Russian and English labels, and which stages each
 * decision needs.
 */

export const GOSTECH_DECISIONS = [
  'MIGRATE_AS_IS',
  'REBUILD_ON_GOSTECH',
  'CREATE_NEW_ON_GOSTECH',
  'KEEP_OUTSIDE',
  'DECOMMISSION',
] as const;
export type GostechDecision = (typeof GOSTECH_DECISIONS)[number];

export const GOSTECH_STAGES = [
  'ASSESSMENT',
  'DESIGN',
  'DEVELOPMENT',
  'PILOT',
  'PRODUCTION',
  'LEGACY_SHUTDOWN',
] as const;
export type GostechStage = (typeof GOSTECH_STAGES)[number];

export interface Label {
  name: string;
  nameEn: string;
}

export const DECISION_LABELS: Readonly<Record<GostechDecision, Label>> = {
  MIGRATE_AS_IS: { name: 'Перевести без изменений', nameEn: 'Migrate as is' },
  REBUILD_ON_GOSTECH: { name: 'Переработать на ГосТех', nameEn: 'Rebuild on GosTech' },
  CREATE_NEW_ON_GOSTECH: { name: 'Создать новую на ГосТех', nameEn: 'Create new on GosTech' },
  KEEP_OUTSIDE: { name: 'Оставить вне ГосТех', nameEn: 'Keep outside GosTech' },
  DECOMMISSION: { name: 'Вывести из эксплуатации', nameEn: 'Decommission' },
};

export const STAGE_LABELS: Readonly<Record<GostechStage, Label>> = {
  ASSESSMENT: { name: 'Обследование', nameEn: 'Assessment' },
  DESIGN: { name: 'Проектирование', nameEn: 'Design' },
  DEVELOPMENT: { name: 'Разработка', nameEn: 'Development' },
  PILOT: { name: 'Опытная эксплуатация', nameEn: 'Pilot' },
  PRODUCTION: { name: 'Промышленная эксплуатация', nameEn: 'Production' },
  LEGACY_SHUTDOWN: { name: 'Вывод старой системы', nameEn: 'Legacy shutdown' },
};

/**
 * The stages each decision goes through, in order. A system kept outside GosTech has none; a
 * decommissioned one only shuts down; one migrated as is skips design and development; a new one
 * has no legacy to shut down.
 */
export const DECISION_STAGES: Readonly<Record<GostechDecision, readonly GostechStage[]>> = {
  MIGRATE_AS_IS: ['ASSESSMENT', 'PILOT', 'PRODUCTION', 'LEGACY_SHUTDOWN'],
  REBUILD_ON_GOSTECH: ['ASSESSMENT', 'DESIGN', 'DEVELOPMENT', 'PILOT', 'PRODUCTION', 'LEGACY_SHUTDOWN'],
  CREATE_NEW_ON_GOSTECH: ['ASSESSMENT', 'DESIGN', 'DEVELOPMENT', 'PILOT', 'PRODUCTION'],
  KEEP_OUTSIDE: [],
  DECOMMISSION: ['LEGACY_SHUTDOWN'],
};

export function isGostechDecision(value: unknown): value is GostechDecision {
  return typeof value === 'string' && (GOSTECH_DECISIONS as readonly string[]).includes(value);
}

export function isGostechStage(value: unknown): value is GostechStage {
  return typeof value === 'string' && (GOSTECH_STAGES as readonly string[]).includes(value);
}

/** Whether the decision moves the system onto GosTech (it then reaches PRODUCTION there). */
export function isMigrating(decision: GostechDecision | null | undefined): boolean {
  return decision === 'MIGRATE_AS_IS' || decision === 'REBUILD_ON_GOSTECH' || decision === 'CREATE_NEW_ON_GOSTECH';
}

/** The position of a stage in the fixed order (0 = ASSESSMENT). */
export function stageIndex(stage: GostechStage): number {
  return GOSTECH_STAGES.indexOf(stage);
}
