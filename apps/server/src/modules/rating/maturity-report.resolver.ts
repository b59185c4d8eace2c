import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { DomainError } from '@tsifra/domain/errors';
import { isMaturityKeySector } from '@tsifra/domain/rating/maturity';
import { parsePeriodOf } from '@tsifra/domain/period';
import type { RemarkDisposition } from '@tsifra/domain/strategy/remarks';
import { Public } from '../../graphql/access';
import type { Context } from '../../graphql/context';
import { RegionEntity } from '../region/region.entity';
import { RegionType } from '../region/region.type';
import { RemarkDispositionEnum } from '../review/review.type';
import { contentVisible, transitionChecks, type DocumentReader } from '../workflow/workflow-fields';
import { AvailableTransitionType } from '../workflow/workflow.type';
import { MaturityReportEntity } from './maturity-report.entity';
import { maturityReportProblems } from '@tsifra/domain/rating/maturity-report';
import {
  MaturityReportInput,
  MaturityReportRevisionType,
  MaturityReportType,
  MaturityValueType,
} from './maturity-report.type';

async function valuesOf(report: MaturityReportEntity, ctx: Context): Promise<MaturityValueType[]> {
  const rows = await ctx.loaders.maturityValuesByRegionQuarter.load(`${report.regionId}|${report.quarter}`);
  return rows.filter((r) => isMaturityKeySector(r.sector)).map((r) => ({ sector: r.sector, value: r.value }));
}

const maturityReportReader: DocumentReader<MaturityReportEntity> = {
  label: 'maturity return',
  completenessCount: async (report, ctx) =>
    maturityReportProblems(Object.fromEntries((await valuesOf(report, ctx)).map((v) => [v.sector, v.value]))).length,
  remarkCounts: (report, ctx) => ctx.loaders.remarkCountsByReportId.load(report.id),
};

@Resolver(() => MaturityReportType)
export class MaturityReportResolver {
  @Public()
  @Query(() => MaturityReportType, {
    nullable: true,
    description:
      'A region’s maturity return for a quarter; null when none was opened, or when it is not approved and the caller is not the region’s user, a reviewer or an admin.',
  })
  async maturityReport(
    @Ctx() ctx: Context,
    @Arg('regionCode', () => String, { description: 'Region code.' }) regionCode: string,
    @Arg('quarter', () => String, { description: 'The quarter, e.g. 2022-Q4.' }) quarter: string,
  ): Promise<MaturityReportEntity | null> {
    if (!parsePeriodOf('QUARTER', quarter))
      throw new DomainError('BAD_USER_INPUT', `Expected a quarter such as 2021-Q3, got "${quarter}".`, 'quarter');
    const region = await ctx.db.dataSource
      .getRepository(RegionEntity)
      .findOneBy({ code: regionCode.trim().toUpperCase() });
    if (!region) throw new DomainError('NOT_FOUND', `No region with code "${regionCode}".`, 'regionCode');
    const report = await ctx.db.dataSource
      .getRepository(MaturityReportEntity)
      .findOneBy({ regionId: region.id, quarter });
    return report && (await contentVisible(report, ctx)) ? report : null;
  }

  @Authorized('FEDERAL_REVIEWER', 'ADMIN')
  @Query(() => [MaturityReportType], {
    description: 'Every maturity return opened for a quarter, by region code (reviewers and admins).',
  })
  async maturityReports(
    @Ctx() ctx: Context,
    @Arg('quarter', () => String, { description: 'The quarter.' }) quarter: string,
  ): Promise<MaturityReportEntity[]> {
    const rows = await ctx.db.dataSource
      .getRepository(MaturityReportEntity)
      .createQueryBuilder('r')
      .innerJoin(RegionEntity, 'g', 'g.id = r.region_id')
      .where('r.quarter = :quarter', { quarter })
      .orderBy('g.code', 'ASC')
      .getMany();
    return rows;
  }

  @FieldResolver(() => RegionType, { description: 'The region.' })
  region(@Root() report: MaturityReportEntity, @Ctx() ctx: Context) {
    return ctx.loaders.regionById.load(report.regionId);
  }

  @FieldResolver(() => String, { nullable: true, description: 'When last submitted (ISO).' })
  submittedAt(@Root() report: MaturityReportEntity): string | null {
    return report.submittedAt ? new Date(report.submittedAt).toISOString() : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'When approved (ISO).' })
  approvedAt(@Root() report: MaturityReportEntity): string | null {
    return report.approvedAt ? new Date(report.approvedAt).toISOString() : null;
  }

  @FieldResolver(() => [MaturityValueType], { description: 'The current values, by sector code.' })
  values(@Root() report: MaturityReportEntity, @Ctx() ctx: Context): Promise<MaturityValueType[]> {
    return valuesOf(report, ctx);
  }

  @FieldResolver(() => [MaturityReportRevisionType], { description: 'Submitted revisions, oldest first.' })
  async revisions(@Root() report: MaturityReportEntity, @Ctx() ctx: Context): Promise<MaturityReportRevisionType[]> {
    const rows = await ctx.loaders.maturityRevisionsByReportId.load(report.id);
    return rows.map((r) => {
      const snapshot = JSON.parse(r.snapshot) as { values: Record<string, number> };
      return {
        number: r.number,
        submittedAt: new Date(r.submittedAt).toISOString(),
        late: r.late,
        daysLate: r.daysLate,
        values: Object.entries(snapshot.values).map(([sector, value]) => ({ sector, value })),
      };
    });
  }

  @FieldResolver(() => [AvailableTransitionType], {
    description:
      'Every move the caller’s role allows from the current status, each with what blocks it now (`blockedBy`: needs_open_remark, open_blockers, incomplete).',
  })
  transitionChecks(@Root() report: MaturityReportEntity, @Ctx() ctx: Context): Promise<AvailableTransitionType[]> {
    return transitionChecks(maturityReportReader, report, ctx);
  }

  @Authorized()
  @Mutation(() => MaturityReportType, {
    description:
      'Saves key-sector values of a region’s quarterly maturity return, opening it as a draft on the first save (own region’s editor or an admin; only while a draft or returned).',
  })
  async saveMaturityReport(
    @Ctx() ctx: Context,
    @Arg('input', () => MaturityReportInput, { description: 'The values.' }) input: MaturityReportInput,
  ): Promise<MaturityReportEntity> {
    return (await ctx.services.maturityReports.save(ctx.actor!, input)).report;
  }

  @Authorized()
  @Mutation(() => MaturityReportType, {
    description: 'Submits the return for federal review (all five sectors filled), freezing a numbered revision.',
  })
  submitMaturityReport(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'The return’s id.' }) id: string,
    @Arg('version', () => Int, { description: 'The version you loaded.' }) version: number,
  ) {
    return ctx.services.maturityReports.submit(ctx.actor!, id, version);
  }

  @Authorized()
  @Mutation(() => MaturityReportType, {
    description: 'Returns a submitted maturity return to the region with a note (reviewers, admins).',
  })
  requestMaturityReportChanges(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'The return’s id.' }) id: string,
    @Arg('comment', () => String, { description: 'What to correct.' }) comment: string,
  ) {
    return ctx.services.maturityReports.requestChanges(ctx.actor!, id, comment);
  }

  @Authorized()
  @Mutation(() => MaturityReportType, {
    description: 'Approves a submitted maturity return; its values then count in the index (reviewers, admins).',
  })
  approveMaturityReport(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'The return’s id.' }) id: string,
    @Arg('remarks', () => RemarkDispositionEnum, {
      nullable: true,
      description: 'What happens to the open remarks: RESOLVE them or CARRY_OVER (the default).',
    })
    remarks?: RemarkDisposition | null,
  ) {
    return ctx.services.maturityReports.approve(ctx.actor!, id, remarks ?? undefined);
  }
}
