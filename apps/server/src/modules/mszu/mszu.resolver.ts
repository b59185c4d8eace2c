import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { formatPeriod, periodEnd, shiftPeriod } from '@tsifra/domain/period';
import { DomainError } from '@tsifra/domain/errors';
import { Public } from '../../graphql/access';
import type { Context } from '../../graphql/context';
import { RegionEntity } from '../region/region.entity';
import { dynamics, loadStepRows, monthArg, nationalOf, regionMonth } from './mszu-read';
import { exportStatuses, importStatuses } from './mszu-status-import';
import { MszuCorrectionInput, MszuQueueInput, MszuServiceInput, MszuSettingsInput, MszuStepInput } from './mszu.inputs';
import {
  MszuImportReportType,
  MszuMonthPointType,
  MszuNationalShareType,
  MszuQueueType,
  MszuRegionMonthType,
  MszuServiceType,
  MszuSettingsType,
  MszuStepEntryType,
} from './mszu.type';
import type { MszuStatusStepEntity } from './mszu.entities';

export const entryOf = (e: MszuStatusStepEntity): MszuStepEntryType => ({
  id: e.id,
  step: e.step,
  on: e.effectiveOn,
  reason: e.reason,
  superseded: e.supersededById != null,
  recordedAt: new Date(e.recordedAt).toISOString(),
});

/** Thin: parse, authorize (the services check region and role), call one method. The figures are public. */
@Resolver()
export class MszuResolver {
  @Public()
  @Query(() => [MszuServiceType], {
    description: 'The МСЗУ catalogue (a DEMO list until the official one is imported), by position.',
  })
  async mszuServices(@Ctx() ctx: Context) {
    return (await ctx.loaders.mszuCatalogue()).services;
  }

  @Public()
  @Query(() => [MszuQueueType], {
    description: 'The queues with their opening and due dates and the number of services in each.',
  })
  async mszuQueues(@Ctx() ctx: Context): Promise<MszuQueueType[]> {
    const c = await ctx.loaders.mszuCatalogue();
    return c.queues.map((q) => ({ ...q, services: c.services.filter((s) => s.queue === q.number).length }));
  }

  @Public()
  @Query(() => MszuSettingsType, {
    description:
      'The due rule of monthly reports, the leader and laggard thresholds, whether reports go through review.',
  })
  async mszuSettings(@Ctx() ctx: Context) {
    return (await ctx.loaders.mszuCatalogue()).settings;
  }

  @Public()
  @Query(() => [MszuRegionMonthType], {
    description:
      'All regions at the end of a month ("YYYY-MM"), by subject code: connected / total per queue, on time vs overdue, standing. Constant SQL statements.',
  })
  async mszuDashboard(
    @Ctx() ctx: Context,
    @Arg('period', () => String, { description: 'The month, "YYYY-MM".' }) periodText: string,
  ) {
    const period = monthArg(periodText);
    const c = await ctx.loaders.mszuCatalogue();
    const regions = await ctx.db.dataSource.getRepository(RegionEntity).find({ order: { subjectCode: 'ASC' } });
    for (const r of regions) ctx.loaders.regionById.prime(r.id, r);
    const ids = regions.map((r) => r.id);
    const pics = await ctx.loaders.mszuPicturesAt(periodEnd(period), ids);
    return ids.map((id) => regionMonth(c, id, period, pics.get(id)!));
  }

  @Public()
  @Query(() => MszuNationalShareType, {
    description:
      'The national share Удмсу for a month with its inputs (Дф, Др, Удфмсу, Удрмсу), leaders and laggards counted.',
  })
  async mszuNational(
    @Ctx() ctx: Context,
    @Arg('period', () => String, { description: 'The month, "YYYY-MM".' }) periodText: string,
  ) {
    const period = monthArg(periodText);
    const c = await ctx.loaders.mszuCatalogue();
    const ids = (
      await ctx.db.dataSource.getRepository(RegionEntity).find({ select: { id: true }, order: { subjectCode: 'ASC' } })
    ).map((r) => r.id);
    const pics = await ctx.loaders.mszuPicturesAt(periodEnd(period), ids);
    return nationalOf(c, period, [...pics.values()]);
  }

  @Public()
  @Query(() => [MszuMonthPointType], {
    description:
      'Month-end figures from `from` to `to` (at most 60 months): national (share = Удмсу) or of one region (share = connected / total).',
  })
  async mszuDynamics(
    @Ctx() ctx: Context,
    @Arg('from', () => String, { description: 'First month, "YYYY-MM".' }) fromText: string,
    @Arg('to', () => String, { description: 'Last month, "YYYY-MM".' }) toText: string,
    @Arg('regionCode', () => String, { nullable: true, description: 'One region; the whole country when omitted.' })
    regionCode?: string | null,
  ) {
    const from = monthArg(fromText, 'from');
    const to = monthArg(toText, 'to');
    if (formatPeriod(to) < formatPeriod(from) || formatPeriod(shiftPeriod(from, 59)) < formatPeriod(to)) {
      throw new DomainError('BAD_USER_INPUT', 'From 1 to 60 months.', 'to', [
        { field: 'to', rule: 'mszu_range', message: 'From 1 to 60 months.' },
      ]);
    }
    const c = await ctx.loaders.mszuCatalogue();
    const repo = ctx.db.dataSource.getRepository(RegionEntity);
    const regions = regionCode
      ? await repo.find({ where: { code: regionCode.trim().toUpperCase() } })
      : await repo.find({ select: { id: true } });
    if (regionCode && !regions.length) throw new DomainError('NOT_FOUND', `No region ${regionCode}.`, 'regionCode');
    const ids = regions.map((r) => r.id);
    return dynamics(
      c,
      regionCode
        ? await loadStepRows(ctx.db.dataSource, periodEnd(to), ids)
        : await ctx.loaders.mszuStepRowsUntil(periodEnd(to)),
      ids,
      from,
      to,
      !regionCode,
    );
  }

  @Public()
  @Query(() => String, {
    description:
      'A region’s statuses as an XLSX workbook (base64) at the end of a month (default: today); it imports back unchanged.',
  })
  exportMszuStatuses(
    @Ctx() ctx: Context,
    @Arg('regionCode', () => String, { description: 'The region.' }) regionCode: string,
    @Arg('period', () => String, { nullable: true, description: 'The month, "YYYY-MM".' }) period?: string | null,
  ) {
    return exportStatuses(ctx.db, ctx.services.mszu.today(), regionCode, period);
  }

  @Public()
  @Query(() => String, { description: 'The catalogue as an XLSX workbook (base64), in the import format.' })
  exportMszuCatalogue(@Ctx() ctx: Context) {
    return ctx.services.mszuAdmin.exportCatalogue();
  }

  @Authorized()
  @Mutation(() => [MszuStepEntryType], {
    description:
      'Records dated steps for a region’s services, all or nothing (the editor’s bulk change). Its own regional editor or an admin; audited.',
  })
  async recordMszuSteps(
    @Ctx() ctx: Context,
    @Arg('regionCode', () => String, { description: 'The region.' }) regionCode: string,
    @Arg('steps', () => [MszuStepInput], { description: 'The steps; errors point at steps[i].field.' })
    steps: MszuStepInput[],
  ) {
    return (await ctx.services.mszu.recordSteps(ctx.actor!, regionCode, steps)).map(entryOf);
  }

  @Authorized()
  @Mutation(() => MszuStepEntryType, {
    description: 'Corrects a recorded entry with a reason: the old entry stays, marked superseded; audited.',
  })
  async correctMszuStep(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'The entry to correct.' }) id: string,
    @Arg('input', () => MszuCorrectionInput, { description: 'The corrected step.' }) input: MszuCorrectionInput,
  ) {
    return entryOf(await ctx.services.mszu.correctStep(ctx.actor!, id, input));
  }

  @Authorized()
  @Mutation(() => String, {
    description: 'Marks the region’s report for a month as made; returns when (ISO timestamp). Idempotent.',
  })
  async reportMszuMonth(
    @Ctx() ctx: Context,
    @Arg('regionCode', () => String, { description: 'The region.' }) regionCode: string,
    @Arg('period', () => String, { description: 'The month, "YYYY-MM".' }) period: string,
  ) {
    return new Date((await ctx.services.mszu.reportMonth(ctx.actor!, regionCode, period)).reportedAt).toISOString();
  }

  @Authorized()
  @Mutation(() => MszuImportReportType, {
    description:
      'Imports a region’s statuses from XLSX (base64, the export format). `dryRun: true` lists every problem by row and column and writes nothing; a real run writes all or nothing.',
  })
  importMszuStatuses(
    @Ctx() ctx: Context,
    @Arg('regionCode', () => String, { description: 'The region.' }) regionCode: string,
    @Arg('file', () => String, { description: 'The workbook, base64.' }) file: string,
    @Arg('dryRun', () => Boolean, { description: 'Check only.' }) dryRun: boolean,
  ) {
    return importStatuses(ctx.db, ctx.services.mszu, ctx.actor!, regionCode, file, dryRun);
  }

  @Authorized()
  @Mutation(() => MszuServiceType, { description: 'Adds or updates (by code) a catalogue service (admins).' })
  saveMszuService(
    @Ctx() ctx: Context,
    @Arg('input', () => MszuServiceInput, { description: 'The service.' }) input: MszuServiceInput,
  ) {
    return ctx.services.mszuAdmin.saveService(ctx.actor!, input);
  }

  @Authorized()
  @Mutation(() => MszuQueueType, { description: 'Adds or updates (by number) a queue’s dates (admins).' })
  async saveMszuQueue(
    @Ctx() ctx: Context,
    @Arg('input', () => MszuQueueInput, { description: 'The queue.' }) input: MszuQueueInput,
  ): Promise<MszuQueueType> {
    const q = await ctx.services.mszuAdmin.saveQueue(ctx.actor!, input);
    const c = await ctx.loaders.mszuCatalogue();
    return {
      number: q.number,
      opensOn: q.opensOn,
      dueOn: q.dueOn,
      services: c.services.filter((s) => s.queue === q.number).length,
    };
  }

  @Authorized()
  @Mutation(() => MszuSettingsType, { description: 'Changes the МСЗУ settings (admins); audited.' })
  updateMszuSettings(
    @Ctx() ctx: Context,
    @Arg('input', () => MszuSettingsInput, { description: 'Fields to change.' }) input: MszuSettingsInput,
  ) {
    return ctx.services.mszuAdmin.saveSettings(ctx.actor!, input as never);
  }

  @Authorized()
  @Mutation(() => MszuImportReportType, {
    description:
      'Imports catalogue rows from XLSX (admins): adds or updates by code. `dryRun: true` lists row errors and writes nothing; a real run writes all or nothing.',
  })
  importMszuCatalogue(
    @Ctx() ctx: Context,
    @Arg('file', () => String, { description: 'The workbook, base64.' }) file: string,
    @Arg('dryRun', () => Boolean, { description: 'Check only.' }) dryRun: boolean,
  ) {
    return ctx.services.mszuAdmin.importCatalogue(ctx.actor!, file, dryRun);
  }
}
