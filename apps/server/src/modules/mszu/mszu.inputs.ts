import { Field, InputType, Int } from 'type-graphql';
import { MszuStepEnum, ServiceLevelEnum } from './mszu.type';

@InputType('MszuStepInput', { description: 'A dated step for one service of the region.' })
export class MszuStepInput {
  @Field(() => String, { description: 'Catalogue code of the service.' }) serviceCode: string;
  @Field(() => MszuStepEnum, { description: 'The step reached.' }) step: string;
  @Field(() => String, {
    description: 'The day it was reached (YYYY-MM-DD): not before the queue opened, not after today.',
  })
  on: string;
  @Field(() => String, { nullable: true, description: 'Why; required for a step backwards.' }) reason?: string | null;
}

@InputType('MszuCorrectionInput', {
  description: 'A corrected step replacing a recorded entry; the reason is required.',
})
export class MszuCorrectionInput {
  @Field(() => MszuStepEnum, { description: 'The correct step.' }) step: string;
  @Field(() => String, { description: 'The correct date (YYYY-MM-DD).' }) on: string;
  @Field(() => String, { description: 'Why the entry is corrected.' }) reason: string;
}

@InputType('MszuServiceInput', { description: 'A catalogue service; an existing code is updated.' })
export class MszuServiceInput {
  @Field(() => String, { description: 'Unique code.' }) code: string;
  @Field(() => String, { description: 'Name.' }) name: string;
  @Field(() => ServiceLevelEnum, { description: 'Who provides it.' }) level: string;
  @Field(() => Int, { description: 'Queue number (an existing queue).' }) queue: number;
  @Field(() => String, { nullable: true, description: 'Portal (ЕПГУ) identifier.' }) epguId?: string | null;
}

@InputType('MszuQueueInput', { description: 'A queue’s dates; an existing number is updated.' })
export class MszuQueueInput {
  @Field(() => Int, { description: 'Queue number.' }) number: number;
  @Field(() => String, { description: 'Opening day (YYYY-MM-DD).' }) opensOn: string;
  @Field(() => String, { description: 'Due day (YYYY-MM-DD).' }) dueOn: string;
}

@InputType('MszuSettingsInput', { description: 'Settings to change; omitted fields stay.' })
export class MszuSettingsInput {
  @Field(() => Boolean, { nullable: true, description: 'Monthly reports through review (default false).' })
  reviewRequired?: boolean | null;
  @Field(() => Int, { nullable: true, description: 'Months after the month ends.' }) dueMonthsAfterEnd?: number | null;
  @Field(() => Int, { nullable: true, description: 'Day of that month (1–28).' }) dueDay?: number | null;
  @Field(() => Int, { nullable: true, description: 'Leaders have more connected than this.' }) leaderAbove?:
    number | null;
  @Field(() => Int, { nullable: true, description: 'Laggards have at most this many connected.' }) laggardAtMost?:
    number | null;
}
