import { Field, ID, Int, ObjectType } from 'type-graphql';
import { StrategyStatusEnum } from '../../graphql/enums';

@ObjectType('GostechPlan', { description: "A region's plan-schedule for moving its information systems onto GosTech." })
export class GostechPlanType {
  @Field(() => ID) id: string;
  @Field(() => StrategyStatusEnum) status: string;
  @Field(() => Int) version: number;
  @Field(() => String, { description: 'ISO date of the submission deadline.' }) deadline: string;
}

@ObjectType('InformationSystem', { description: 'A regional information system and its migration stage.' })
export class InformationSystemType {
  @Field(() => ID) id: string;
  @Field(() => String) name: string;
  @Field(() => String) owner: string;
  @Field(() => String, { nullable: true, description: 'ISO date.' }) plannedMigrationDate: string | null;
  @Field(() => String) stage: string;
}
