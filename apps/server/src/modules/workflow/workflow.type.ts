import { Field, ObjectType } from 'type-graphql';
import { StrategyStatusEnum } from '../../graphql/enums';

@ObjectType('AvailableTransition', {
  description: 'A move the caller is entitled to, and what blocks it now (null: possible).',
})
export class AvailableTransitionType {
  @Field(() => StrategyStatusEnum, { description: 'The status the transition leads to.' }) to: string;
  @Field(() => String, {
    nullable: true,
    description: 'Stable key of the guard that blocks it: needs_open_remark, open_blockers, incomplete.',
  })
  blockedBy: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Why the transition is refused now (a rule key), or null when it is allowed.',
  })
  reason: string | null;
}
