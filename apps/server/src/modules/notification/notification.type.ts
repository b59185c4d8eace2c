import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { enumOf } from '../../graphql/enums';
import { NOTIFICATION_KINDS } from './notify';

export const NotificationKindEnum = enumOf(NOTIFICATION_KINDS);
registerEnumType(NotificationKindEnum, {
  name: 'NotificationKind',
  description: 'SUBMITTED (reviewers), CHANGES_REQUESTED / APPROVED / REMARK_ADDED / REMARK_RESOLVED / REMARK_REOPENED (the region), REPLY_ADDED (the other side of a thread); PLAN_SUBMITTED (reviewers), PLAN_CHANGES_REQUESTED / PLAN_APPROVED (the region) for GosTech plans.',
});

@ObjectType('Notification', { description: 'An in-app notification for the signed-in user.' })
export class NotificationType {
  @Field(() => ID) id: string;
  @Field(() => NotificationKindEnum) kind: string;
  @Field(() => Int, { nullable: true, description: 'The revision concerned.' }) revision: number | null;
  @Field(() => String, { nullable: true, description: 'The start of the remark or comment.' }) excerpt: string | null;
}
