import type { Horizon } from '@tsifra/domain/horizons';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { HorizonEnum, IndicatorDirectionEnum } from '../../graphql/enums';

@ObjectType('Goal', { description: 'A goal (2030, 2024) or task (2021); goals nest 2030 → 2024 → 2021.' })
export class GoalType {
  @Field(() => ID, { description: 'The goal’s id.' }) id: string;
  @Field(() => HorizonEnum, { description: 'The year the goal aims at: 2021 task (задача), 2024 or 2030 goal (цель).' })
  horizon: Horizon;
  @Field(() => String, { description: 'The goal’s wording.' }) title: string;
  @Field(() => String, { nullable: true, description: 'The goal’s longer explanation, if any.' }) description:
    string | null;
  @Field(() => Int, { description: 'Order among siblings.' }) position: number;
}

@ObjectType('IndicatorValue', { description: 'An indicator’s value in one year.' })
export class IndicatorValueType {
  @Field(() => Int, { description: 'The year.' }) year: number;
  @Field(() => Float, { description: 'The value.' }) value: number;
}

@ObjectType('Indicator', { description: 'A measurable indicator of a goal: baseline, targets by year, actuals.' })
export class IndicatorType {
  @Field(() => ID, { description: 'The indicator’s id.' }) id: string;
  @Field(() => String, { description: 'The indicator’s (показатель) name.' }) name: string;
  @Field(() => String, { description: 'The unit of measure (единица измерения), e.g. «%» or «ед.».' }) unit: string;
  @Field(() => IndicatorDirectionEnum, {
    nullable: true,
    description: 'Null when not stated; then targets are not compared with the baseline.',
  })
  direction: string | null;
  @Field(() => Int, { description: 'The base year (базовый год).' }) baselineYear: number;
  @Field(() => Float, { description: 'The value in the base year (базовое значение).' }) baselineValue: number;
  @Field(() => String, { nullable: true, description: 'The body responsible for the indicator.' }) responsible:
    string | null;
}
