import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType('Comment', { description: "A reviewer's or region's comment on a strategy, optionally pinned to a goal." })
export class CommentType {
  @Field(() => ID) id: string;
  @Field(() => String) body: string;
}
