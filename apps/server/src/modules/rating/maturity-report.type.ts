import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { StrategyStatusEnum } from '../../graphql/enums';

@ObjectType('MaturityValue', { description: 'A key sector’s value (0–100) in a maturity return.' })
export class MaturityValueType {
  @Field(() => String, { description: 'Key sector code (education, healthcare, …).' }) sector: string;
  @Field(() => Float, { description: 'Value 0–100.' }) value: number;
}

@ObjectType('MaturityReportRevision', { description: 'A submitted, frozen revision of a maturity return.' })
export class MaturityReportRevisionType {
  @Field(() => Int, { description: 'Revision number, 1 for the first submission.' }) number: number;
  @Field(() => String, { description: 'When it was submitted (ISO).' }) submittedAt: string;
  @Field(() => Boolean, { description: 'Submitted after the deadline.' }) late: boolean;
  @Field(() => Int, { description: 'Days after the deadline (0 when on time).' }) daysLate: number;
  @Field(() => [MaturityValueType], { description: 'The values as submitted.' }) values: MaturityValueType[];
}

@ObjectType('MaturityReport', {
  description:
    'A region’s quarterly maturity return (the five key sectors), due the 8th of the month after the quarter, reviewed in the shared workflow. The maturity index counts a return’s values once it is APPROVED (values without a return — demo data — count as they stand).',
})
export class MaturityReportType {
  @Field(() => ID, { description: 'Identifier.' }) id: string;
  @Field(() => String, { description: 'The quarter, e.g. 2022-Q4.' }) quarter: string;
  @Field(() => StrategyStatusEnum, { description: 'Workflow status.' }) status: string;
  @Field(() => Int, { description: 'Optimistic-lock counter: pass it back when saving or submitting.' })
  version: number;
  @Field(() => Int, { description: 'Number of the last submitted revision; 0 before the first.' }) revision: number;
  @Field(() => String, { description: 'Due date (ISO): the 8th of the month after the quarter.' }) deadline: string;
  @Field(() => String, { nullable: true, description: 'The reviewer’s note when last returned.' })
  reviewComment: string | null;
}

@InputType('MaturityValueInput', { description: 'A key sector’s value.' })
export class MaturityValueInput {
  @Field(() => String, { description: 'Key sector code.' }) sector: string;
  @Field(() => Float, { description: 'Value 0–100.' }) value: number;
}

@InputType('MaturityReportInput', { description: 'Values of a region’s quarterly maturity return.' })
export class MaturityReportInput {
  @Field(() => String, { description: 'Region code, e.g. RU-TUL.' }) regionCode: string;
  @Field(() => String, { description: 'The quarter, e.g. 2022-Q4.' }) quarter: string;
  @Field(() => Int, { nullable: true, description: 'The return’s version you loaded (stale: CONFLICT).' })
  version?: number | null;
  @Field(() => [MaturityValueInput], { description: 'One or more key sectors.' }) values: MaturityValueInput[];
}
