/**
 * DEMO DATA — GosTech migration plans (invented: no public template or real plan-schedules were
 * found; system names follow common regional systems but every figure and date here is made up).
 * RU-BEL is a draft with eight systems (one still undecided, so the completeness check has something
 * to show); RU-TUL and RU-KHM are approved; RU-TYU is submitted.
 */
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { DECISION_STAGES, type GostechDecision, type GostechStage } from '@tsifra/domain/gostech/plan';
import { DEFAULT_GOSTECH_DEADLINE } from '@tsifra/domain/strategy/deadline';
import { recordAudit } from '../../modules/audit/audit';
import { GostechDependencyEntity } from '../../modules/gostech/gostech-links.entity';
import { GostechPlanEntity } from '../../modules/gostech/gostech-plan.entity';
import { GostechPlanRevisionEntity } from '../../modules/gostech/gostech-revision.entity';
import { GostechStageEntity } from '../../modules/gostech/gostech-stage.entity';
import { InformationSystemEntity } from '../../modules/gostech/information-system.entity';
import type { RegionEntity } from '../../modules/region/region.entity';
import type { SectorEntity } from '../../modules/sector/sector.entity';

interface DemoSystem {
  name: string;
  shortName: string;
  operator: string;
  sector: string;
  decision: GostechDecision | null;
  /** First planned day of the first stage; each stage lasts `months` and the next starts the month after. */
  start: string;
  months?: number;
  /** Stages already done (actual = planned) and the one under way (actual start only). */
  done?: number;
  cost: number;
  personalData?: boolean;
  dependsOn?: string[];
}

const BEL: DemoSystem[] = [
  {
    name: 'Региональная медицинская информационная система',
    shortName: 'РМИС',
    operator: 'Министерство здравоохранения области',
    sector: 'healthcare',
    decision: 'REBUILD_ON_GOSTECH',
    start: '2022-02-01',
    months: 3,
    done: 2,
    cost: 48_000_000,
    personalData: true,
  },
  {
    name: 'Электронная запись к врачу',
    shortName: 'ЗкВ',
    operator: 'Министерство здравоохранения области',
    sector: 'healthcare',
    decision: 'MIGRATE_AS_IS',
    start: '2022-03-01',
    done: 1,
    cost: 6_500_000,
    personalData: true,
    dependsOn: ['РМИС'],
  },
  {
    name: 'Электронный дневник и журнал',
    shortName: 'ЭДЖ',
    operator: 'Министерство образования области',
    sector: 'education',
    decision: 'MIGRATE_AS_IS',
    start: '2022-04-01',
    cost: 12_000_000,
    personalData: true,
  },
  {
    name: 'Электронная очередь в детские сады',
    shortName: 'ЭОДС',
    operator: 'Министерство образования области',
    sector: 'education',
    decision: 'CREATE_NEW_ON_GOSTECH',
    start: '2022-05-01',
    months: 2,
    cost: 3_200_000,
    personalData: true,
    dependsOn: ['ЭДЖ'],
  },
  {
    name: 'Система учёта мер социальной поддержки',
    shortName: 'АСП',
    operator: 'Министерство социальной защиты населения',
    sector: 'social_sphere',
    decision: 'REBUILD_ON_GOSTECH',
    start: '2022-03-15',
    months: 4,
    cost: 21_000_000,
    personalData: true,
  },
  {
    name: 'Навигационная система пассажирского транспорта',
    shortName: 'РНИС',
    operator: 'Министерство автомобильных дорог и транспорта',
    sector: 'transport',
    decision: 'KEEP_OUTSIDE',
    start: '2022-01-01',
    cost: 9_800_000,
  },
  {
    name: 'Портал открытых данных области (устаревший)',
    shortName: 'ПОД',
    operator: 'Департамент цифрового развития',
    sector: 'public_administration',
    decision: 'DECOMMISSION',
    start: '2022-06-01',
    cost: 700_000,
  },
  {
    name: 'Система электронного документооборота правительства области',
    shortName: 'СЭД',
    operator: 'Аппарат губернатора',
    sector: 'public_administration',
    decision: null,
    start: '2022-06-01',
    cost: 15_000_000,
  },
];

const TUL: DemoSystem[] = [
  {
    name: 'Региональный портал государственных услуг',
    shortName: 'РПГУ',
    operator: 'Министерство по информатизации, связи и вопросам открытого управления',
    sector: 'public_administration',
    decision: 'REBUILD_ON_GOSTECH',
    start: '2021-10-01',
    months: 2,
    done: 6,
    cost: 18_000_000,
    personalData: true,
  },
  {
    name: 'Медицинская информационная система Тульской области',
    shortName: 'МИС',
    operator: 'Министерство здравоохранения',
    sector: 'healthcare',
    decision: 'MIGRATE_AS_IS',
    start: '2021-11-01',
    months: 3,
    done: 3,
    cost: 30_000_000,
    personalData: true,
  },
  {
    name: 'Система учёта обращений граждан',
    shortName: 'СУОГ',
    operator: 'Аппарат правительства',
    sector: 'public_administration',
    decision: 'CREATE_NEW_ON_GOSTECH',
    start: '2022-01-15',
    months: 2,
    done: 2,
    cost: 4_000_000,
    personalData: true,
    dependsOn: ['РПГУ'],
  },
  {
    name: 'Архивная система учёта лицензий',
    shortName: 'АСУЛ',
    operator: 'Министерство промышленности',
    sector: 'industry',
    decision: 'DECOMMISSION',
    start: '2022-03-01',
    done: 1,
    cost: 500_000,
  },
];

const KHM: DemoSystem[] = [
  {
    name: 'Единая информационная система образования Югры',
    shortName: 'ЕИСО',
    operator: 'Департамент образования и науки',
    sector: 'education',
    decision: 'MIGRATE_AS_IS',
    start: '2021-12-01',
    months: 2,
    done: 3,
    cost: 14_000_000,
    personalData: true,
  },
  {
    name: 'Система мониторинга широкополосного доступа',
    shortName: 'СМШПД',
    operator: 'Департамент информационных технологий и цифрового развития',
    sector: 'public_administration',
    decision: 'KEEP_OUTSIDE',
    start: '2022-01-01',
    cost: 2_100_000,
  },
  {
    name: 'Информационная система обеспечения градостроительной деятельности',
    shortName: 'ИСОГД',
    operator: 'Департамент строительства',
    sector: 'urban_environment',
    decision: 'REBUILD_ON_GOSTECH',
    start: '2022-02-01',
    months: 3,
    done: 2,
    cost: 8_700_000,
  },
];

const TYU: DemoSystem[] = [
  {
    name: 'Региональная система социальных выплат',
    shortName: 'РССВ',
    operator: 'Департамент социального развития',
    sector: 'social_sphere',
    decision: 'REBUILD_ON_GOSTECH',
    start: '2022-03-01',
    months: 3,
    done: 1,
    cost: 16_000_000,
    personalData: true,
  },
  {
    name: 'Электронная регистратура',
    shortName: 'ЭР',
    operator: 'Департамент здравоохранения',
    sector: 'healthcare',
    decision: 'MIGRATE_AS_IS',
    start: '2022-04-01',
    months: 2,
    cost: 5_000_000,
    personalData: true,
  },
  {
    name: 'Система учёта дорожного фонда',
    shortName: 'СУДФ',
    operator: 'Главное управление строительства',
    sector: 'transport',
    decision: 'MIGRATE_AS_IS',
    start: '2022-05-01',
    months: 2,
    cost: 2_400_000,
  },
];

const PLANS: { regionCode: string; status: 'DRAFT' | 'SUBMITTED' | 'APPROVED'; systems: DemoSystem[] }[] = [
  { regionCode: 'RU-BEL', status: 'DRAFT', systems: BEL },
  { regionCode: 'RU-TUL', status: 'APPROVED', systems: TUL },
  { regionCode: 'RU-KHM', status: 'APPROVED', systems: KHM },
  { regionCode: 'RU-TYU', status: 'SUBMITTED', systems: TYU },
];

function addMonths(iso: string, months: number, dayDelta = 0): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  d.setUTCDate(d.getUTCDate() + dayDelta);
  return d.toISOString().slice(0, 10);
}

function stagesOf(system: DemoSystem): {
  stage: GostechStage;
  plannedStart: string;
  plannedEnd: string;
  actualStart: string | null;
  actualEnd: string | null;
}[] {
  if (!system.decision) return [];
  const months = system.months ?? 2;
  return DECISION_STAGES[system.decision].map((stage, i) => {
    const plannedStart = addMonths(system.start, i * months);
    const plannedEnd = addMonths(plannedStart, months, -1);
    const done = system.done ?? 0;
    return {
      stage,
      plannedStart,
      plannedEnd,
      actualStart: done > 0 && i <= done ? plannedStart : null,
      actualEnd: i < done ? plannedEnd : null,
    };
  });
}

/** Inserts the demo GosTech plans (inside the seed's transaction). */
export async function seedGostechDemo(
  m: EntityManager,
  regionByCode: Map<string, RegionEntity>,
  sectorByCode: Map<string, SectorEntity>,
  people: { reviewerId: string },
): Promise<void> {
  const now = new Date();
  for (const demo of PLANS) {
    const region = regionByCode.get(demo.regionCode)!;
    const submitted = demo.status !== 'DRAFT';
    const plan: GostechPlanEntity = {
      id: randomUUID(),
      regionId: region.id,
      status: demo.status,
      version: 1,
      deadline: DEFAULT_GOSTECH_DEADLINE,
      revision: submitted ? 1 : 0,
      submittedAt: submitted ? new Date('2022-04-20T09:00:00Z') : null,
      reviewComment: null,
      createdAt: now,
      updatedAt: now,
    };
    await m.getRepository(GostechPlanEntity).insert(plan);
    const ids = new Map<string, string>();
    const systems: InformationSystemEntity[] = demo.systems.map((s, position) => {
      const id = randomUUID();
      ids.set(s.shortName, id);
      return {
        id,
        planId: plan.id,
        position,
        name: s.name,
        shortName: s.shortName,
        owner: s.operator,
        sectorId: sectorByCode.get(s.sector)?.id ?? null,
        purpose: 'Демонстрационные данные: назначение системы придумано.',
        isStateSystem: true,
        processesPersonalData: s.personalData ?? false,
        hosting: 'ЦОД области',
        annualCost: s.cost,
        decision: s.decision,
        economicAssessment: s.decision ? 'Демо: оценка затрат на перевод и эксплуатацию (вымышленная).' : null,
        technologicalAssessment: s.decision ? 'Демо: оценка совместимости с платформой ГосТех (вымышленная).' : null,
      };
    });
    await m.getRepository(InformationSystemEntity).insert(systems);
    const stages: GostechStageEntity[] = demo.systems.flatMap((s) =>
      stagesOf(s).map((st) => ({ id: randomUUID(), systemId: ids.get(s.shortName)!, ...st })),
    );
    if (stages.length) await m.getRepository(GostechStageEntity).insert(stages);
    const deps: GostechDependencyEntity[] = demo.systems.flatMap((s) =>
      (s.dependsOn ?? []).map((d) => ({ id: randomUUID(), systemId: ids.get(s.shortName)!, dependsOnId: ids.get(d)! })),
    );
    if (deps.length) await m.getRepository(GostechDependencyEntity).insert(deps);
    if (submitted) {
      await m.getRepository(GostechPlanRevisionEntity).insert({
        id: randomUUID(),
        planId: plan.id,
        number: 1,
        snapshot: JSON.stringify({ format: 1, systems }),
        submittedById: null,
        submittedAt: plan.submittedAt!,
        deadline: plan.deadline,
        late: false,
        daysLate: 0,
      });
      await recordAudit(m, null, {
        strategyId: null,
        planId: plan.id,
        entity: 'gostech_plan',
        entityId: plan.id,
        action: 'gostech_plan.submit',
        details: { demo: true, revision: 1 },
      });
    }
    if (demo.status === 'APPROVED') {
      await recordAudit(
        m,
        { userId: people.reviewerId },
        {
          strategyId: null,
          planId: plan.id,
          entity: 'gostech_plan',
          entityId: plan.id,
          action: 'gostech_plan.approve',
          details: { demo: true, from: 'SUBMITTED', to: 'APPROVED' },
        },
      );
    }
  }
}
