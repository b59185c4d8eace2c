import { Field, ID, Int, ObjectType } from 'type-graphql';
import { RemarkSeverityEnum, RemarkStatusEnum } from '../review/review.type';

@ObjectType('Comment', {
  description:
    "A reviewer's or region's comment on a strategy, optionally pinned to a goal. With a severity it is a review remark: pinned to a revision (its goal, indicator or one target year), open until resolved, with replies.",
})
export class CommentType {
  @Field(() => ID, { description: 'The comment’s (замечание / комментарий) id.' }) id: string;
  @Field(() => String, { description: 'The comment’s text.' }) body: string;
  @Field(() => RemarkSeverityEnum, {
    nullable: true,
    description: 'Set on remarks; null on plain comments and replies.',
  })
  severity: string | null;
  @Field(() => RemarkStatusEnum, {
    nullable: true,
    description: 'OPEN or RESOLVED on remarks; null on plain comments and replies.',
  })
  status: string | null;
  @Field(() => ID, { nullable: true, description: 'On a reply: the remark it answers.' }) parentId: string | null;
  @Field(() => Int, { nullable: true, description: 'The revision the remark was made on.' }) revision: number | null;
  @Field(() => ID, {
    nullable: true,
    description: "The indicator's id in that revision (a remark on an indicator or a target value).",
  })
  indicatorId: string | null;
  @Field(() => Int, { nullable: true, description: 'The target year (a remark on one target value).' }) year:
    number | null;
}
