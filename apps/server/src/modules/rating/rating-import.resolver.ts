import { Arg, Authorized, Ctx, Field, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context';

@ObjectType('RatingImportError', { description: 'A problem in an imported rating-input workbook.' })
export class RatingImportErrorType {
  @Field(() => Int, { description: 'Spreadsheet row (1 = headers).' }) row: number;
  @Field(() => String, { description: 'Column header (Регион, Параметр, Значение, …).' }) column: string;
  @Field(() => String, { description: 'Field of the problem: header, region, parameter, value.' }) field: string;
  @Field(() => String, { description: 'Stable rule key the UI translates.' }) rule: string;
  @Field(() => String, { description: 'English sentence.' }) message: string;
}

@ObjectType('RatingImportReport', { description: 'The outcome of a rating-input XLSX import or its dry run.' })
export class RatingImportReportType {
  @Field(() => Boolean, { description: 'True when nothing was written (a dry run).' }) dryRun: boolean;
  @Field(() => Int, { description: 'Data rows read.' }) rows: number;
  @Field(() => Int, { description: 'Inputs the import changes (or would change).' }) changes: number;
  @Field(() => [RatingImportErrorType], { description: 'Every problem; a real import with any writes nothing.' })
  errors: RatingImportErrorType[];
}

@Resolver()
export class RatingImportResolver {
  @Authorized('ADMIN')
  @Query(() => String, {
    description:
      'A month’s entered rating inputs as an XLSX workbook (base64): one row per region × entered parameter of the methodology in force; it imports back unchanged (admins).',
  })
  ratingInputsWorkbook(
    @Ctx() ctx: Context,
    @Arg('period', () => String, { description: 'The month, e.g. 2021-11.' }) period: string,
  ): Promise<string> {
    return ctx.services.ratingImport.workbook(ctx.actor!, period);
  }

  @Authorized('ADMIN')
  @Mutation(() => RatingImportReportType, {
    description:
      'Imports a month’s rating inputs from XLSX (base64, the workbook format). `dryRun: true` lists every problem by row and column and writes nothing; a real run writes all or nothing. Published ratings never change; the draft does (admins).',
  })
  importRatingInputs(
    @Ctx() ctx: Context,
    @Arg('period', () => String, { description: 'The month.' }) period: string,
    @Arg('file', () => String, { description: 'The workbook, base64.' }) file: string,
    @Arg('dryRun', () => Boolean, { description: 'Check only, write nothing.' }) dryRun: boolean,
  ): Promise<RatingImportReportType> {
    return ctx.services.ratingImport.import(ctx.actor!, period, file, dryRun);
  }
}
