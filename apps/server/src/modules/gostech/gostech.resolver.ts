import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Public } from '../../graphql/access';
import type { RemarkDisposition } from '@tsifra/domain/strategy/remarks';
import { RemarkDispositionEnum } from '../review/review.type';
import type { Context } from '../../graphql/context';
import { InformationSystemInput } from './gostech.inputs';
import { GostechPlanType, GostechSummaryType, ImportReportType, InformationSystemType } from './gostech.type';
import type { GostechPlanEntity } from './gostech-plan.entity';

/** Thin: parse, authorize (signed in here; the service checks role, region and status), call one service method. */
@Resolver(() => GostechPlanType)
export class GostechResolver {
  @Public()
  @Query(() => GostechPlanType, {
    nullable: true,
    description: 'A GosTech plan by id. Its status is public; its systems follow the strategy visibility rules.',
  })
  gostechPlan(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'The plan’s id.' }) id: string,
  ): Promise<GostechPlanEntity | null> {
    return ctx.loaders.gostechPlanById.load(id);
  }

  @Public()
  @Query(() => GostechSummaryType, {
    description:
      'The federal summary of GosTech migration: per region and per quarter. Counts only plans whose content the caller may read (approved ones for everybody).',
  })
  async gostechSummary(@Ctx() ctx: Context) {
    const summary = await ctx.services.gostech.summary(ctx.actor);
    for (const r of summary.regionEntities) ctx.loaders.regionById.prime(r.id, r);
    for (const p of summary.planEntities) ctx.loaders.gostechPlanById.prime(p.id, p);
    return summary;
  }

  @Public()
  @Query(() => String, {
    description:
      'The plan as an XLSX workbook, base64-encoded; it imports back unchanged. Needs read access to the plan’s content.',
  })
  exportGostechPlan(
    @Ctx() ctx: Context,
    @Arg('planId', () => ID, { description: 'The plan’s id.' }) planId: string,
  ): Promise<string> {
    return ctx.services.gostech.exportPlan(ctx.actor, planId);
  }

  @Authorized()
  @Mutation(() => GostechPlanType, {
    description: "Creates the region's GosTech plan draft (its own regional editor, or an admin); deadline 2022-05-01.",
  })
  createGostechPlan(
    @Ctx() ctx: Context,
    @Arg('regionCode', () => String, { description: 'The region’s code, e.g. RU-TUL.' }) regionCode: string,
  ) {
    return ctx.services.gostech.createPlan(ctx.actor!, regionCode);
  }

  @Authorized()
  @Mutation(() => InformationSystemType, {
    description: 'Adds an information system to a draft or returned plan; `version` is the plan’s.',
  })
  addInformationSystem(
    @Ctx() ctx: Context,
    @Arg('planId', () => ID, { description: 'The GosTech plan the system is added to.' }) planId: string,
    @Arg('version', () => Int, {
      description: 'The plan’s version the caller read; a different current version answers CONFLICT.',
    })
    version: number,
    @Arg('input', () => InformationSystemInput, { description: 'The system’s content.' }) input: InformationSystemInput,
  ) {
    return ctx.services.gostech.addSystem(ctx.actor!, planId, version, input);
  }

  @Authorized()
  @Mutation(() => InformationSystemType, {
    description:
      'Replaces an information system’s fields, stages and dependencies (initiative links when `initiativeIds` is given); `version` is the plan’s.',
  })
  updateInformationSystem(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'The system’s id.' }) id: string,
    @Arg('version', () => Int, {
      description: 'The plan’s version the caller read; a different current version answers CONFLICT.',
    })
    version: number,
    @Arg('input', () => InformationSystemInput, { description: 'The system’s new content.' })
    input: InformationSystemInput,
  ) {
    return ctx.services.gostech.updateSystem(ctx.actor!, id, version, input);
  }

  @Authorized()
  @Mutation(() => GostechPlanType, {
    description: 'Deletes an information system (and dependencies on it); `version` is the plan’s.',
  })
  deleteInformationSystem(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'The system’s id.' }) id: string,
    @Arg('version', () => Int, {
      description: 'The plan’s version the caller read; a different current version answers CONFLICT.',
    })
    version: number,
  ) {
    return ctx.services.gostech.deleteSystem(ctx.actor!, id, version);
  }

  @Authorized()
  @Mutation(() => ImportReportType, {
    description:
      'Imports an XLSX inventory (base64, at most 1 000 000 characters). The file is the whole inventory: rows update systems of the same name, add new ones, and systems missing from it are removed. `dryRun: true` reports every bad row and writes nothing; a real run writes all rows in one transaction or, with any bad row, nothing (BAD_USER_INPUT, every row error in extensions.details).',
  })
  importInformationSystems(
    @Ctx() ctx: Context,
    @Arg('planId', () => ID, { description: 'The GosTech plan the systems are imported into.' }) planId: string,
    @Arg('version', () => Int, {
      description: 'The plan’s version the caller read; a different current version answers CONFLICT.',
    })
    version: number,
    @Arg('file', () => String, { description: 'The XLSX inventory, base64-encoded.' }) file: string,
    @Arg('dryRun', () => Boolean, {
      description: 'When true, checks the file and reports what would change, writing nothing.',
    })
    dryRun: boolean,
  ) {
    return ctx.services.gostech.importSystems(ctx.actor!, planId, version, file, dryRun);
  }

  @Authorized()
  @Mutation(() => GostechPlanType, {
    description: 'Submits the plan for federal review (complete plans only), freezing a numbered revision.',
  })
  submitGostechPlan(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'The plan’s id.' }) id: string,
    @Arg('version', () => Int, {
      description: 'The plan’s version the caller read; a different current version answers CONFLICT.',
    })
    version: number,
  ) {
    return ctx.services.gostech.submit(ctx.actor!, id, version);
  }

  @Authorized()
  @Mutation(() => GostechPlanType, {
    description: 'Returns a submitted plan for revision with a comment (reviewers, admins).',
  })
  requestGostechPlanChanges(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'The submitted plan’s id.' }) id: string,
    @Arg('comment', () => String, { description: 'Why the plan is returned (на доработку).' }) comment: string,
    @Arg('pinAsRemark', () => Boolean, {
      nullable: true,
      description: 'Keep the comment as an open MAJOR remark; by default it is a cover note.',
    })
    pinAsRemark?: boolean | null,
  ) {
    return ctx.services.gostech.requestChanges(ctx.actor!, id, comment, pinAsRemark ?? false);
  }

  @Authorized()
  @Mutation(() => GostechPlanType, {
    description: 'Approves a submitted plan; its content becomes public (reviewers, admins).',
  })
  approveGostechPlan(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'The submitted plan’s id.' }) id: string,
    @Arg('remarks', () => RemarkDispositionEnum, {
      nullable: true,
      description: 'What happens to the open remarks: RESOLVE them or CARRY_OVER (the default).',
    })
    remarks?: RemarkDisposition | null,
  ) {
    return ctx.services.gostech.approve(ctx.actor!, id, remarks ?? undefined);
  }
}
