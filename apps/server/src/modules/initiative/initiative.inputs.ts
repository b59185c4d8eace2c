import { Field, Float, InputType, Int } from 'type-graphql';
import { BudgetSourceEnum, InitiativeKindEnum } from './initiative.type';

@InputType('InitiativeBudgetInput', { description: 'Money planned for an initiative in one year from one source.' })
export class InitiativeBudgetInput {
  @Field(() => Int, { description: 'The budget year.' }) year: number;
  @Field(() => BudgetSourceEnum, { description: 'Where the money comes from.' }) source: string;
  @Field(() => Float, { description: 'Million roubles, not negative.' }) amount: number;
}

@InputType('InitiativeInput', { description: 'An initiative’s (мероприятие) content when adding or editing it.' })
export class InitiativeInput {
  @Field(() => String, { description: 'The initiative’s title.' }) title: string;
  @Field(() => InitiativeKindEnum, {
    description: 'A federal template solution (типовое решение) or the region’s own initiative.',
  })
  kind: string;
  @Field(() => String, { nullable: true, description: 'Required for FEDERAL_TEMPLATE, absent for REGIONAL.' })
  templateCode?: string | null;
  @Field(() => String, { description: 'ISO date (YYYY-MM-DD), 2020–2030.' }) startDate: string;
  @Field(() => String, { description: 'ISO date (YYYY-MM-DD), not before startDate.' }) endDate: string;
  @Field(() => String, { nullable: true, description: 'Who carries the initiative out (ответственный).' })
  responsible?: string | null;
  @Field(() => [InitiativeBudgetInput], {
    nullable: true,
    description: 'When given, replaces the budget lines; when omitted, keeps them (an empty list on creation).',
  })
  budgets?: InitiativeBudgetInput[] | null;
}
