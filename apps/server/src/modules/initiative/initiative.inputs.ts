import { Field, Float, InputType, Int } from 'type-graphql';
import { BudgetSourceEnum, InitiativeKindEnum } from './initiative.type';

@InputType('InitiativeBudgetInput')
export class InitiativeBudgetInput {
  @Field(() => Int) year: number;
  @Field(() => BudgetSourceEnum) source: string;
  @Field(() => Float, { description: 'Million roubles, not negative.' }) amount: number;
}

@InputType('InitiativeInput')
export class InitiativeInput {
  @Field(() => String) title: string;
  @Field(() => InitiativeKindEnum) kind: string;
  @Field(() => String, { nullable: true, description: 'Required for FEDERAL_TEMPLATE, absent for REGIONAL.' }) templateCode?: string | null;
  @Field(() => String, { description: 'ISO date (YYYY-MM-DD), 2020–2030.' }) startDate: string;
  @Field(() => String, { description: 'ISO date (YYYY-MM-DD), not before startDate.' }) endDate: string;
  @Field(() => String, { nullable: true }) responsible?: string | null;
  @Field(() => [InitiativeBudgetInput], { nullable: true, description: 'When given, replaces the budget lines; when omitted, keeps them (an empty list on creation).' })
  budgets?: InitiativeBudgetInput[] | null;
}
