import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { enumOf } from '../../graphql/enums';
import { NOTIFICATION_KINDS } from './notify';

export const NotificationKindEnum = enumOf(NOTIFICATION_KINDS);
registerEnumType(NotificationKindEnum, {
  name: 'NotificationKind',
  description:
    'SUBMITTED (reviewers), CHANGES_REQUESTED / APPROVED / REMARK_ADDED / REMARK_RESOLVED / REMARK_REOPENED (the region), REPLY_ADDED (the other side of a thread); PLAN_SUBMITTED (reviewers), PLAN_CHANGES_REQUESTED / PLAN_APPROVED (the region) for GosTech plans.',
  valuesConfig: {
    SUBMITTED: { description: 'A strategy was submitted for review (to reviewers).' },
    CHANGES_REQUESTED: { description: 'The region’s strategy was returned for changes (на доработку).' },
    APPROVED: { description: 'The region’s strategy was approved (утверждена).' },
    REMARK_ADDED: { description: 'A reviewer made a remark (замечание) on the region’s strategy.' },
    REPLY_ADDED: { description: 'Someone replied in a remark’s thread (to the other side).' },
    REMARK_RESOLVED: { description: 'A remark on the region’s strategy was resolved.' },
    REMARK_REOPENED: { description: 'A resolved remark was reopened.' },
    PLAN_SUBMITTED: { description: 'A GosTech plan was submitted for review (to reviewers).' },
    PLAN_CHANGES_REQUESTED: { description: 'The region’s GosTech plan was returned for changes.' },
    PLAN_APPROVED: { description: 'The region’s GosTech plan was approved.' },
    ACTUALS_DUE: { description: 'Actual indicator values (фактические значения) are due soon.' },
    ACTUALS_OVERDUE: { description: 'Actual indicator values are overdue.' },
    MSZU_REPORT_DUE: { description: 'The monthly МСЗУ report is due soon.' },
    MSZU_REPORT_OVERDUE: { description: 'The monthly МСЗУ report is overdue.' },
    MATURITY_RETURN_DUE: {
      description: 'The quarterly digital maturity return (индекс цифровой зрелости) is due soon or overdue.',
    },
    MATURITY_SUBMITTED: { description: 'A quarterly maturity return was submitted for review (to reviewers).' },
    MATURITY_CHANGES_REQUESTED: { description: 'The region’s maturity return was returned for changes.' },
    MATURITY_APPROVED: { description: 'The region’s maturity return was approved; its values count in the index.' },
  },
});

@ObjectType('Notification', { description: 'An in-app notification for the signed-in user.' })
export class NotificationType {
  @Field(() => ID, { description: 'The notification’s id.' }) id: string;
  @Field(() => NotificationKindEnum, { description: 'What happened.' }) kind: string;
  @Field(() => Int, { nullable: true, description: 'The revision concerned.' }) revision: number | null;
  @Field(() => String, { nullable: true, description: 'The start of the remark or comment.' }) excerpt: string | null;
}
