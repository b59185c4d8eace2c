import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { HorizonEnum, IndicatorDirectionEnum } from '../../graphql/enums';

@ObjectType('Goal', { description: 'A goal (2030, 2024) or task (2021); goals nest 2030 → 2024 → 2021.' })
export class GoalType {
  @Field(() => ID) id: string;
  @Field(() => HorizonEnum) horizon: string;
  @Field(() => String) title: string;
  @Field(() => String, { nullable: true }) description: string | null;
  @Field(() => Int, { description: 'Order among siblings.' }) position: number;
}

@ObjectType('IndicatorValue')
export class IndicatorValueType {
  @Field(() => Int) year: number;
  @Field(() => Float) value: number;
}

@ObjectType('Indicator', { description: 'A measurable indicator of a goal: baseline, targets by year, actuals.' })
export class IndicatorType {
  @Field(() => ID) id: string;
  @Field(() => String) name: string;
  @Field(() => String) unit: string;
  @Field(() => IndicatorDirectionEnum, { nullable: true, description: 'Null when not stated; then targets are not compared with the baseline.' }) direction: string | null;
  @Field(() => Int) baselineYear: number;
  @Field(() => Float) baselineValue: number;
  @Field(() => String, { nullable: true, description: 'The body responsible for the indicator.' }) responsible: string | null;
}
