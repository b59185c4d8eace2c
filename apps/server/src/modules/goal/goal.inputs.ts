import type { Horizon } from '@tsifra/domain/horizons';
import type { IndicatorDirection } from '@tsifra/domain/strategy/indicators';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { HorizonEnum, IndicatorDirectionEnum } from '../../graphql/enums';

@InputType('IndicatorValueInput', { description: 'An indicator’s value in one year.' })
export class IndicatorValueInput {
  @Field(() => Int, { description: 'The year.' }) year: number;
  @Field(() => Float, { description: 'The value.' }) value: number;
}

@InputType('IndicatorInput', { description: 'An indicator’s (показатель) content when adding or editing it.' })
export class IndicatorInput {
  @Field(() => ID, {
    nullable: true,
    description:
      'The id of the goal’s indicator this edits; without it an indicator of the same name is kept, otherwise a new one is created.',
  })
  id?: string | null;
  @Field(() => String, { description: 'The indicator’s name.' }) name: string;
  @Field(() => String, { description: 'Unit symbol or ОКЕИ code, e.g. "%", "тыс. чел.", "744".' }) unit: string;
  @Field(() => IndicatorDirectionEnum, {
    nullable: true,
    description: 'Whether the indicator should grow or fall; when given, targets are checked against the baseline.',
  })
  direction?: IndicatorDirection | null;
  @Field(() => Int, { description: 'The base year (базовый год).' }) baselineYear: number;
  @Field(() => Float, { description: 'The value in the base year (базовое значение).' }) baselineValue: number;
  @Field(() => [IndicatorValueInput], {
    description: 'Target values by year (целевые значения), each year at most once.',
  })
  targets: IndicatorValueInput[];
  @Field(() => String, {
    nullable: true,
    description: 'Who answers for the indicator (ответственный), a body or a person.',
  })
  responsible?: string | null;
}

@InputType('GoalInput', { description: 'The goal’s content when adding or editing a goal (цель).' })
export class GoalInput {
  @Field(() => HorizonEnum, {
    description: 'The year the goal aims at; a 2024 goal sits under a 2030 goal, a 2021 task under a 2024 goal.',
  })
  horizon: Horizon;
  @Field(() => String, { description: 'The sector (отрасль) code; it must be one of the strategy’s chosen sectors.' })
  sectorCode: string;
  @Field(() => String, { description: 'The goal’s wording.' }) title: string;
  @Field(() => String, { nullable: true, description: 'A longer explanation (optional).' }) description?: string | null;
  @Field(() => ID, { nullable: true, description: 'The goal this one delivers; its horizon must be later.' })
  parentId?: string | null;
  @Field(() => [IndicatorInput], {
    nullable: true,
    description: 'When given, replaces the goal’s indicators; when omitted, keeps them.',
  })
  indicators?: IndicatorInput[] | null;
}
