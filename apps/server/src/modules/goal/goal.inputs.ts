import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { HorizonEnum, IndicatorDirectionEnum } from '../../graphql/enums';

@InputType('IndicatorValueInput')
export class IndicatorValueInput {
  @Field(() => Int) year: number;
  @Field(() => Float) value: number;
}

@InputType('IndicatorInput')
export class IndicatorInput {
  @Field(() => ID, { nullable: true, description: 'The id of the goal’s indicator this edits; without it an indicator of the same name is kept, otherwise a new one is created.' })
  id?: string | null;
  @Field(() => String) name: string;
  @Field(() => String, { description: 'Unit symbol or ОКЕИ code, e.g. "%", "тыс. чел.", "744".' }) unit: string;
  @Field(() => IndicatorDirectionEnum, { nullable: true, description: 'Whether the indicator should grow or fall; when given, targets are checked against the baseline.' }) direction?: string | null;
  @Field(() => Int) baselineYear: number;
  @Field(() => Float) baselineValue: number;
  @Field(() => [IndicatorValueInput]) targets: IndicatorValueInput[];
  @Field(() => String, { nullable: true }) responsible?: string | null;
}

@InputType('GoalInput')
export class GoalInput {
  @Field(() => HorizonEnum) horizon: string;
  @Field(() => String) sectorCode: string;
  @Field(() => String) title: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => ID, { nullable: true, description: 'The goal this one delivers; its horizon must be later.' }) parentId?: string | null;
  @Field(() => [IndicatorInput], { nullable: true, description: 'When given, replaces the goal’s indicators; when omitted, keeps them.' })
  indicators?: IndicatorInput[] | null;
}
