import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType('AuditEvent', { description: 'One entry of a strategy’s history: who did what, when. Read-only.' })
export class AuditEventType {
  @Field(() => ID, { description: 'The event’s id.' }) id: string;
  @Field(() => String, { description: "What changed: 'strategy', 'goal', 'comment', 'revision', 'initiative', …" })
  entity: string;
  @Field(() => ID, {
    nullable: true,
    description: 'The id of the record the event changed (strategy, goal, plan, user…).',
  })
  entityId: string | null;
  @Field(() => String, { description: "A stable verb, e.g. 'goal.update', 'strategy.submit'." }) action: string;
  @Field(() => String, { description: 'What changed, as a JSON object.' }) details: string;
}
