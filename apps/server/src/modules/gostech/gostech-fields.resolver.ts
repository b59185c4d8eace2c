import { Args, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { MAX_IMPORT_ROWS } from '@tsifra/domain/gostech/inventory-row';
import { MAX_PAGE_SIZE } from '@tsifra/domain/pagination';
import { planCompleteness, stageIndex } from '@tsifra/domain/gostech/plan';
import {
  currentStage,
  isOnSchedule,
  overdueStages,
  plannedMigrationDate,
  productionQuarter,
} from '@tsifra/domain/gostech/schedule';
import { canReadHistory } from '@tsifra/domain/strategy/workflow';
import type { Context } from '../../graphql/context';
import { StrategyStatusEnum } from '../../graphql/enums';
import {
  CURSOR_DESCRIPTION,
  encodeCursor,
  PageArgs,
  pageOf,
  readPage,
  type DecodedCursor,
} from '../../graphql/pagination';
import { auditEventCursor } from '../audit/audit-fields.resolver';
import { AuditEventType } from '../audit/audit.type';
import { InitiativeType } from '../initiative/initiative.type';
import { RegionType } from '../region/region.type';
import { SectorType } from '../sector/sector.type';
import type { GostechPlanEntity } from './gostech-plan.entity';
import type { GostechPlanRevisionEntity } from './gostech-revision.entity';
import { stageDates, toPlanSystems } from './plan-systems';
import {
  GostechCurrentStageEnum,
  GostechPlanProblemType,
  GostechPlanRevisionType,
  GostechPlanType,
  GostechRegionSummaryType,
  InformationSystemStageType,
  InformationSystemType,
  OverdueStageType,
} from './gostech.type';
import type { InformationSystemEntity } from './information-system.entity';
import {
  contentVisible,
  nextMoves,
  regionCodeOf,
  transitionChecks,
  type DocumentReader,
} from '../workflow/workflow-fields';
import { AvailableTransitionType } from '../workflow/workflow.type';

async function stagesOf(system: InformationSystemEntity, ctx: Context) {
  return (await ctx.loaders.stagesBySystemId.load(system.id)).map(stageDates);
}

async function scheduled(system: InformationSystemEntity, ctx: Context) {
  return { decision: (system.decision as never) ?? null, stages: await stagesOf(system, ctx) };
}

/** The plan's completeness problems through the request's loaders. */
async function planProblems(plan: GostechPlanEntity, ctx: Context) {
  const systems = await ctx.loaders.systemsByPlanId.load(plan.id);
  const ids = systems.map((s) => s.id);
  const [stages, deps] = await Promise.all([
    ctx.loaders.stagesBySystemId.loadMany(ids),
    ctx.loaders.dependenciesBySystemId.loadMany(ids),
  ]);
  const rules = toPlanSystems(
    systems,
    stages.flatMap((s) => (s instanceof Error ? [] : s)),
    deps.flatMap((d) => (d instanceof Error ? [] : d)),
  );
  return planCompleteness({ systems: rules });
}

/** A plan's workflow facts through the request's loaders. */
const gostechPlanReader: DocumentReader<GostechPlanEntity> = {
  label: 'GosTech plan',
  completenessCount: async (plan, ctx) => (await planProblems(plan, ctx)).length,
  remarkCounts: (plan, ctx) => ctx.loaders.remarkCountsByPlanId.load(plan.id),
};

/** Systems run in plan order: by position, then id. */
const systemCursor = (s: InformationSystemEntity): DecodedCursor => ({ key: s.position, id: s.id });

@Resolver(() => GostechPlanType)
export class GostechPlanFieldsResolver {
  @FieldResolver(() => RegionType, { description: 'The region whose plan (план перехода на ГосТех) this is.' })
  region(@Root() plan: GostechPlanEntity, @Ctx() ctx: Context) {
    return ctx.loaders.regionById.load(plan.regionId);
  }

  @FieldResolver(() => Boolean, {
    description: 'Whether the caller may see the systems (own region, reviewers, admins; everybody once approved).',
  })
  contentVisible(@Root() plan: GostechPlanEntity, @Ctx() ctx: Context) {
    return contentVisible(plan, ctx);
  }

  /**
   * The same visibility rule as strategies: drafts to the region, reviewers and admins; approved to all.
   * Without `first` the whole plan comes back: it is one document (the editor, the completeness check and the
   * export read it whole) and is bounded — a plan holds at most MAX_IMPORT_ROWS systems.
   */
  @FieldResolver(() => [InformationSystemType], {
    description: `In plan order; empty when the content is not visible to the caller. Without \`first\`, every system of the plan (a plan holds at most ${MAX_IMPORT_ROWS}); with \`first\` (1–${MAX_PAGE_SIZE}) and \`after\`, one page.`,
  })
  async systems(@Root() plan: GostechPlanEntity, @Ctx() ctx: Context, @Args(() => PageArgs) args: PageArgs) {
    const page = readPage('InformationSystem', args, Number.POSITIVE_INFINITY);
    if (!(await contentVisible(plan, ctx))) return [];
    return pageOf(await ctx.loaders.systemsByPlanId.load(plan.id), page, systemCursor);
  }

  @FieldResolver(() => String, { nullable: true, description: 'ISO timestamp of the last submission.' })
  submittedAt(@Root() plan: GostechPlanEntity) {
    return plan.submittedAt ? new Date(plan.submittedAt).toISOString() : null;
  }

  @FieldResolver(() => String, { description: 'ISO timestamp of the last change.' })
  updatedAt(@Root() plan: GostechPlanEntity) {
    return new Date(plan.updatedAt).toISOString();
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'The reviewer’s comment when the plan was last returned; visible with the content.',
  })
  async reviewComment(@Root() plan: GostechPlanEntity, @Ctx() ctx: Context) {
    return (await contentVisible(plan, ctx)) ? plan.reviewComment : null;
  }

  @FieldResolver(() => [GostechPlanProblemType], {
    description: 'What keeps the plan from being submitted (empty = complete); empty when the content is not visible.',
  })
  async completeness(@Root() plan: GostechPlanEntity, @Ctx() ctx: Context): Promise<GostechPlanProblemType[]> {
    if (!(await contentVisible(plan, ctx))) return [];
    return (await planProblems(plan, ctx)).map((p) => ({
      rule: p.rule,
      systemId: p.systemId,
      stage: p.stage ?? null,
      message: p.message,
    }));
  }

  @FieldResolver(() => [StrategyStatusEnum], {
    description: 'The statuses the caller may move the plan to now (completeness checked on submit).',
    deprecationReason: 'Use transitionChecks: every move the role allows, with what blocks it now.',
  })
  availableTransitions(@Root() plan: GostechPlanEntity, @Ctx() ctx: Context): Promise<string[]> {
    return nextMoves(gostechPlanReader, plan, ctx);
  }

  @FieldResolver(() => [AvailableTransitionType], {
    description:
      'Every move the caller’s role allows from the current status, each with what blocks it now (`blockedBy`: needs_open_remark, open_blockers, incomplete). Empty when the content is hidden.',
  })
  transitionChecks(@Root() plan: GostechPlanEntity, @Ctx() ctx: Context): Promise<AvailableTransitionType[]> {
    return transitionChecks(gostechPlanReader, plan, ctx);
  }

  @FieldResolver(() => [GostechPlanRevisionType], {
    description: 'Submitted revisions, oldest first; empty when the content is not visible.',
  })
  async revisions(@Root() plan: GostechPlanEntity, @Ctx() ctx: Context) {
    if (!(await contentVisible(plan, ctx))) return [];
    return ctx.loaders.revisionsByPlanId.load(plan.id);
  }

  @FieldResolver(() => [AuditEventType], {
    description: `The plan's audit log, oldest first: at most ${MAX_PAGE_SIZE} (the default page), page on with \`after\`. For the region's users, reviewers and admins; empty for anyone else.`,
  })
  async history(@Root() plan: GostechPlanEntity, @Ctx() ctx: Context, @Args(() => PageArgs) args: PageArgs) {
    const page = readPage('AuditEvent', args);
    if (!canReadHistory(ctx.actor, await regionCodeOf(plan, ctx))) return [];
    return pageOf(await ctx.loaders.auditEventsByPlanId.load(plan.id), page, auditEventCursor);
  }
}

@Resolver(() => GostechPlanRevisionType)
export class GostechPlanRevisionFieldsResolver {
  @FieldResolver(() => String)
  submittedAt(@Root() revision: GostechPlanRevisionEntity) {
    return new Date(revision.submittedAt).toISOString();
  }

  @FieldResolver(() => Int, { description: 'How many information systems the submitted plan held.' })
  systemCount(@Root() revision: GostechPlanRevisionEntity) {
    return (JSON.parse(revision.snapshot) as { systems: unknown[] }).systems.length;
  }
}

@Resolver(() => InformationSystemType)
export class InformationSystemFieldsResolver {
  @FieldResolver(() => String, { description: CURSOR_DESCRIPTION })
  cursor(@Root() system: InformationSystemEntity): string {
    const { key, id } = systemCursor(system);
    return encodeCursor('InformationSystem', key, id);
  }

  @FieldResolver(() => String, { description: 'The operator (regional body).' })
  operator(@Root() system: InformationSystemEntity) {
    return system.owner;
  }

  @FieldResolver(() => SectorType, { nullable: true, description: 'The sector (отрасль) the system serves, if given.' })
  sector(@Root() system: InformationSystemEntity, @Ctx() ctx: Context) {
    return system.sectorId ? ctx.loaders.sectorById.load(system.sectorId) : null;
  }

  @FieldResolver(() => [InformationSystemStageType], { description: 'Stages with dates, in stage order.' })
  async stages(@Root() system: InformationSystemEntity, @Ctx() ctx: Context) {
    return (await stagesOf(system, ctx)).sort((a, b) => stageIndex(a.stage) - stageIndex(b.stage));
  }

  @FieldResolver(() => String, { nullable: true, description: 'ISO date: the planned start of PRODUCTION on GosTech.' })
  async plannedMigrationDate(@Root() system: InformationSystemEntity, @Ctx() ctx: Context) {
    return plannedMigrationDate({ stages: await stagesOf(system, ctx) });
  }

  @FieldResolver(() => String, {
    description: 'The current stage (see currentStage): a GostechStage, NOT_STARTED or COMPLETED.',
  })
  async stage(@Root() system: InformationSystemEntity, @Ctx() ctx: Context) {
    return currentStage(await scheduled(system, ctx));
  }

  @FieldResolver(() => GostechCurrentStageEnum, {
    description: 'The latest stage actually started; COMPLETED when every stage of the decision has ended.',
  })
  async currentStage(@Root() system: InformationSystemEntity, @Ctx() ctx: Context) {
    return currentStage(await scheduled(system, ctx));
  }

  @FieldResolver(() => [OverdueStageType], {
    description: 'Stages late today (planned date passed without the actual one).',
  })
  async overdueStages(@Root() system: InformationSystemEntity, @Ctx() ctx: Context) {
    return overdueStages({ stages: await stagesOf(system, ctx) }, ctx.services.gostech.clock.today());
  }

  @FieldResolver(() => Boolean, { description: 'No overdue stage today.' })
  async onSchedule(@Root() system: InformationSystemEntity, @Ctx() ctx: Context) {
    return isOnSchedule(await scheduled(system, ctx), ctx.services.gostech.clock.today());
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'The quarter (`2022-Q2`) it reaches production on GosTech: actual start, else planned.',
  })
  async productionQuarter(@Root() system: InformationSystemEntity, @Ctx() ctx: Context) {
    return productionQuarter(await scheduled(system, ctx));
  }

  @FieldResolver(() => [InformationSystemType], {
    description: 'Systems of the same plan this one needs first, in plan order.',
  })
  async dependsOn(@Root() system: InformationSystemEntity, @Ctx() ctx: Context) {
    const deps = await ctx.loaders.dependenciesBySystemId.load(system.id);
    const found = await ctx.loaders.systemById.loadMany(deps.map((d) => d.dependsOnId));
    return found
      .filter((s): s is InformationSystemEntity => !!s && !(s instanceof Error))
      .sort((a, b) => a.position - b.position);
  }

  @FieldResolver(() => [InitiativeType], { description: "Initiatives of the region's strategy the system serves." })
  initiatives(@Root() system: InformationSystemEntity, @Ctx() ctx: Context) {
    return ctx.loaders.initiativesBySystemId.load(system.id);
  }

  @FieldResolver(() => GostechPlanType, { description: 'The GosTech plan the system belongs to.' })
  plan(@Root() system: InformationSystemEntity, @Ctx() ctx: Context) {
    return ctx.loaders.gostechPlanById.load(system.planId);
  }
}

@Resolver(() => GostechRegionSummaryType)
export class GostechRegionSummaryFieldsResolver {
  @FieldResolver(() => RegionType, { description: 'The region (субъект РФ).' })
  region(@Root() row: GostechRegionSummaryType, @Ctx() ctx: Context) {
    return ctx.loaders.regionById.load(row.regionId);
  }

  @FieldResolver(() => GostechPlanType, {
    nullable: true,
    description: 'The region’s plan, or null when none was started.',
  })
  plan(@Root() row: GostechRegionSummaryType, @Ctx() ctx: Context) {
    return row.planId ? ctx.loaders.gostechPlanById.load(row.planId) : null;
  }
}
