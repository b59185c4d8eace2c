import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BUDGET_SOURCES, INITIATIVE_KINDS } from '@tsifra/domain/strategy/initiatives';
import { enumOf } from '../../graphql/enums';

export const InitiativeKindEnum = enumOf(INITIATIVE_KINDS);
export const BudgetSourceEnum = enumOf(BUDGET_SOURCES);
registerEnumType(InitiativeKindEnum, {
  name: 'InitiativeKind',
  description: 'A federal template solution (типовое решение) or the region’s own project.',
  valuesConfig: {
    FEDERAL_TEMPLATE: { description: 'A federal template solution (типовое решение).' },
    REGIONAL: { description: 'The region’s own initiative.' },
  },
});
registerEnumType(BudgetSourceEnum, {
  name: 'BudgetSource',
  description: 'Where the money comes from: federal budget, regional budget, or extra-budgetary funds.',
  valuesConfig: {
    FEDERAL: { description: 'The federal budget (федеральный бюджет).' },
    REGIONAL: { description: 'The regional budget (региональный бюджет).' },
    EXTRA_BUDGETARY: { description: 'Extra-budgetary funds (внебюджетные средства).' },
  },
});

@ObjectType('InitiativeBudget', { description: 'One budget line of an initiative.' })
export class InitiativeBudgetType {
  @Field(() => Int, { description: 'The budget year.' }) year: number;
  @Field(() => BudgetSourceEnum, { description: 'Where the money comes from.' }) source: string;
  @Field(() => Float, { description: 'Million roubles.' }) amount: number;
}

@ObjectType('Initiative', { description: 'A project or service (проект, инициатива) that delivers a goal.' })
export class InitiativeType {
  @Field(() => ID, { description: 'The initiative’s id.' }) id: string;
  @Field(() => String, { description: 'The initiative’s (мероприятие) title.' }) title: string;
  @Field(() => InitiativeKindEnum, {
    description: 'A federal template solution (типовое решение) or the region’s own initiative.',
  })
  kind: string;
  @Field(() => String, {
    nullable: true,
    description: 'Code of the federal template solution; null for a regional initiative.',
  })
  templateCode: string | null;
  @Field(() => String, { description: 'ISO date (YYYY-MM-DD).' }) startDate: string;
  @Field(() => String, { description: 'ISO date (YYYY-MM-DD).' }) endDate: string;
  @Field(() => String, { nullable: true, description: 'The body responsible for the initiative.' }) responsible:
    string | null;
  @Field(() => Int, { description: 'Order within the goal.' }) position: number;
}
