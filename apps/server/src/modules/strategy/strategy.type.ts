import { Field, ID, Int, ObjectType } from 'type-graphql';
import { StrategyStatusEnum } from '../../graphql/enums';

@ObjectType('Strategy', {
  description:
    "A region's digital transformation strategy. Status, revision and deadline are public; content is public once approved.",
})
export class StrategyType {
  @Field(() => ID, { description: 'The strategy’s id.' }) id: string;
  @Field(() => StrategyStatusEnum, { description: 'Where the strategy is in the review workflow.' }) status: string;
  @Field(() => Int, {
    description: 'Optimistic-lock counter: pass it to every mutation; a stale one fails with CONFLICT.',
  })
  version: number;
  @Field(() => Int, { description: 'Number of the last submitted revision, 0 before the first.' }) revision: number;
  @Field(() => String, { description: 'ISO date of the submission deadline.' }) deadline: string;
}
