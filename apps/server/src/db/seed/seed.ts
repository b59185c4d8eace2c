import { insertInChunks } from '../insert-in-chunks';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Logger } from 'pino';
import { REGIONS } from '@tsifra/domain/regions';
import { SECTORS } from '@tsifra/domain/sectors';
import { DEFAULT_STRATEGY_DEADLINE } from '@tsifra/domain/strategy/deadline';
import type { Database } from '../data-source';
import { GoalEntity } from '../../modules/goal/goal.entity';
import { IndicatorActualEntity } from '../../modules/execution/indicator-actual.entity';
import { IndicatorValueEntity } from '../../modules/goal/indicator-value.entity';
import { IndicatorEntity } from '../../modules/goal/indicator.entity';
import { RegionEntity } from '../../modules/region/region.entity';
import { SectorEntity } from '../../modules/sector/sector.entity';
import { StrategySectorEntity } from '../../modules/strategy/strategy-sector.entity';
import { StrategyEntity } from '../../modules/strategy/strategy.entity';
import { hashPassword } from '../../modules/user/passwords';
import { UserEntity } from '../../modules/user/user.entity';
import { seedReview } from './review-seed';
import { seedAmendmentUnderReview, seedSecondEdition, YANAO_AMENDMENT } from './edition-seed';
import { demoActuals } from './execution-seed';
import { seedGostechDemo } from './gostech-seed';
import { seedMszuDemo } from './mszu-seed';
import { seedRatingDemo } from './rating-seed';
import { DEMO_GOALS, type DemoGoal } from './demo-goals';
import { DEMO_STRATEGIES, type DemoStrategy } from './demo-strategies';
import { DEMO_PASSWORD, DEMO_USERS } from './demo-users';

/** Reference data (regions, sectors) is always brought up to date; demo users and strategies only into an empty database. */
export async function seedDatabase(db: Database, options: { demo: boolean; logger?: Logger }): Promise<void> {
  await db.write(async (m) => {
    await seedReferenceData(m);
    if (options.demo && (await m.getRepository(UserEntity).count()) === 0) {
      await seedDemo(m);
      options.logger?.info('Seeded demo users and strategies');
    }
  });
}

async function seedReferenceData(m: EntityManager): Promise<void> {
  const regions = m.getRepository(RegionEntity);
  const known = new Set((await regions.find({ select: { code: true } })).map((r) => r.code));
  const missingRegions = REGIONS.filter((r) => !known.has(r.code)).map((r) => ({
    id: randomUUID(),
    code: r.code,
    subjectCode: r.subjectCode,
    name: r.name,
    nameEn: r.nameEn,
    federalDistrict: r.federalDistrict,
  }));
  if (missingRegions.length) await regions.insert(missingRegions);

  const sectors = m.getRepository(SectorEntity);
  const knownSectors = new Set((await sectors.find({ select: { code: true } })).map((s) => s.code));
  const missingSectors = SECTORS.map((s, position) => ({ ...s, position }))
    .filter((s) => !knownSectors.has(s.code))
    .map((s) => ({
      id: randomUUID(),
      code: s.code,
      name: s.name,
      nameEn: s.nameEn,
      mainArea2021: s.mainArea2021,
      maturityKeySector: s.maturityKeySector,
      position: s.position,
    }));
  if (missingSectors.length) await sectors.insert(missingSectors);
}

async function seedDemo(m: EntityManager): Promise<void> {
  const regionByCode = new Map((await m.getRepository(RegionEntity).find()).map((r) => [r.code, r]));
  const sectorByCode = new Map((await m.getRepository(SectorEntity).find()).map((s) => [s.code, s]));
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const now = new Date();
  const users = DEMO_USERS.map((u) => ({
    id: randomUUID(),
    email: u.email,
    name: u.name,
    role: u.role,
    regionId: u.regionCode ? regionByCode.get(u.regionCode)!.id : null,
    passwordHash,
    active: true,
    createdAt: now,
  }));
  await m.getRepository(UserEntity).insert(users);
  const reviewer = users.find((u) => u.role === 'FEDERAL_REVIEWER')!;
  for (const demo of DEMO_STRATEGIES) {
    const region = regionByCode.get(demo.regionCode)!;
    const editorId = users.find((u) => u.role === 'REGIONAL_EDITOR' && u.regionId === region.id)?.id ?? null;
    await seedStrategy(m, demo, region, sectorByCode, { reviewerId: reviewer.id, editorId }, now);
  }
  await seedGostechDemo(m, regionByCode, sectorByCode, { reviewerId: reviewer.id });
  await seedMszuDemo(m, [...regionByCode.values()]);
  await seedRatingDemo(m, regionByCode);
}

async function seedStrategy(
  m: EntityManager,
  demo: DemoStrategy,
  region: RegionEntity,
  sectorByCode: Map<string, SectorEntity>,
  people: { reviewerId: string; editorId: string | null },
  now: Date,
): Promise<void> {
  const submitted = demo.status !== 'DRAFT';
  const strategy: StrategyEntity = {
    id: randomUUID(),
    regionId: region.id,
    status: demo.status,
    version: 1,
    revision: submitted ? (demo.status === 'APPROVED' ? 2 : 1) : 0,
    deadline: DEFAULT_STRATEGY_DEADLINE,
    edition: 1,
    submittedAt: submitted ? new Date(demo.submittedAt ?? '2021-08-20T09:00:00Z') : null,
    // Demo approvals came two weeks after the (second) submission.
    approvedAt:
      demo.status === 'APPROVED'
        ? new Date(Date.parse(demo.submittedAt ?? '2021-08-20T09:00:00Z') + 14 * 86_400_000)
        : null,
    createdAt: now,
    updatedAt: now,
  };
  await m.getRepository(StrategyEntity).insert(strategy);
  await m.getRepository(StrategySectorEntity).insert(
    demo.sectors.map((code, position) => ({
      id: randomUUID(),
      strategyId: strategy.id,
      sectorId: sectorByCode.get(code)!.id,
      rationale: null,
      position,
    })),
  );
  const goals: GoalEntity[] = [];
  const indicators: IndicatorEntity[] = [];
  const values: IndicatorValueEntity[] = [];
  const actuals: IndicatorActualEntity[] = [];
  const addGoal = (
    template: DemoGoal,
    sectorId: string,
    parentId: string | null,
    position: number,
    extra: DemoGoal['indicators'] = [],
  ) => {
    const goal: GoalEntity = {
      id: randomUUID(),
      strategyId: strategy.id,
      sectorId,
      parentId,
      horizon: template.horizon,
      title: template.title,
      description: template.description ?? null,
      position,
      createdAt: now,
      updatedAt: now,
    };
    goals.push(goal);
    [...template.indicators, ...extra].forEach((ind, i) => {
      const indicator: IndicatorEntity = {
        id: randomUUID(),
        goalId: goal.id,
        strategyId: strategy.id,
        name: ind.name,
        unit: ind.unit,
        direction: ind.direction ?? 'INCREASE',
        baselineYear: ind.baselineYear,
        baselineValue: ind.baselineValue,
        responsible: ind.responsible,
        position: i,
      };
      indicators.push(indicator);
      for (const [year, value] of Object.entries(ind.targets)) {
        values.push({ id: randomUUID(), indicatorId: indicator.id, kind: 'TARGET', year: Number(year), value });
      }
    });
    (template.children ?? []).forEach((child, i) => addGoal(child, sectorId, goal.id, i));
  };
  demo.sectors.forEach((code, i) =>
    addGoal(DEMO_GOALS[code]!, sectorByCode.get(code)!.id, null, i, demo.extraIndicators?.[code]),
  );
  await insertInChunks(m, GoalEntity, goals);
  await insertInChunks(m, IndicatorEntity, indicators);
  await insertInChunks(m, IndicatorValueEntity, values);
  // Approved strategies have reported 2021–2023 actuals (invented, labelled demo; see execution-seed.ts).
  if (demo.status === 'APPROVED')
    actuals.push(
      ...demoActuals(demo.regionCode, indicators, (id) =>
        values.filter((v) => v.indicatorId === id && v.kind === 'TARGET'),
      ),
    );
  await insertInChunks(m, IndicatorActualEntity, actuals);
  // Revisions, remarks (the return comment among them) and the audit trail of submissions and decisions.
  await seedReview(m, demo, strategy, people);
  // KhMAO's strategy was amended in 2022: a second edition in force (see edition-seed.ts).
  if (demo.regionCode === 'RU-KHM' && demo.status === 'APPROVED') await seedSecondEdition(m, strategy, now);
  // RU-YAN's amendment waits for review (see edition-seed.ts).
  if (demo.regionCode === YANAO_AMENDMENT.regionCode && demo.status === 'APPROVED')
    await seedAmendmentUnderReview(m, strategy, people.editorId, now);
}

/** Multi-row inserts stay under the databases' bound-parameter caps. */
