import { Arg, Authorized, Ctx, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { DomainError } from '@tsifra/domain/errors';
import { Public } from '../../graphql/access';
import type { Context } from '../../graphql/context';
import { contentVisible } from '../workflow/workflow-fields';

@ObjectType('ActualsImportRowError', { description: 'One bad cell of an uploaded actuals workbook.' })
class ActualsImportRowErrorType {
  @Field(() => Int, { description: 'Spreadsheet row number (the header is row 1).' }) row: number;
  @Field(() => String, { description: 'Column header, e.g. «Факт 2022».' }) column: string;
  @Field(() => String, { description: 'What is wrong, in English; translate by `rule`.' }) message: string;
  @Field(() => String, { description: 'Stable rule key.' }) rule: string;
}

@ObjectType('ActualsImportReport', {
  description: 'The result of an actuals workbook upload: a dry run lists every bad row and writes nothing.',
})
class ActualsImportReportType {
  @Field(() => Boolean, { description: 'Whether this was a dry run.' }) dryRun: boolean;
  @Field(() => Boolean, { description: 'Whether the values were written (all of them, in one transaction).' })
  applied: boolean;
  @Field(() => Int, { description: 'Actuals that are new or differ from the current ones.' }) changes: number;
  @Field(() => [ActualsImportRowErrorType], { description: 'Every bad cell; empty when the file is valid.' })
  errors: ActualsImportRowErrorType[];
}

/** Bulk entry of actuals: download the region's indicators as XLSX, upload them back with a dry run. */
@Resolver()
export class ActualsXlsxResolver {
  @Public()
  @Query(() => String, {
    description:
      'The strategy’s indicators with targets and current actuals as a base64 XLSX (readable by whoever may read the content).',
  })
  async exportActualsWorkbook(
    @Ctx() ctx: Context,
    @Arg('strategyId', () => ID, { description: 'The strategy.' }) strategyId: string,
  ): Promise<string> {
    const strategy = await ctx.loaders.strategyById.load(strategyId);
    if (!strategy || !(await contentVisible(strategy, ctx)))
      throw new DomainError('NOT_FOUND', 'No such strategy.', 'strategyId');
    return ctx.services.actualsImport.exportWorkbook(strategyId);
  }

  @Authorized()
  @Mutation(() => ActualsImportReportType, {
    description:
      'Uploads a filled actuals workbook (base64, at most 1 000 000 characters) on an approved strategy: the region’s own editor or an admin. `dryRun: true` reports every bad row (row, column, message) and writes nothing; a real run writes every changed actual in one transaction, or with any bad row nothing (BAD_USER_INPUT).',
  })
  importActualsWorkbook(
    @Ctx() ctx: Context,
    @Arg('strategyId', () => ID, { description: 'The strategy.' }) strategyId: string,
    @Arg('file', () => String, { description: 'The workbook, base64.' }) file: string,
    @Arg('dryRun', () => Boolean, { description: 'Check only, write nothing.' }) dryRun: boolean,
  ) {
    return ctx.services.actualsImport.importWorkbook(ctx.actor!, strategyId, file, dryRun);
  }
}
