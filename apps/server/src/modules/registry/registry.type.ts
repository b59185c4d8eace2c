import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';

@ObjectType('DigitalHead', { description: 'A head of digital transformation (РЦТ).' })
export class DigitalHeadType {
  @Field(() => String, { description: 'Full name.' }) name: string;
  @Field(() => String, { description: 'Position.' }) position: string;
  @Field(() => String, { description: 'Appointed on (ISO date).' }) appointedOn: string;
  @Field(() => String, { nullable: true, description: 'Until (ISO date); null for the current one.' }) until:
    string | null;
  @Field(() => String, { nullable: true, description: 'The act of appointment.' }) act: string | null;
  @Field(() => String, { description: 'Against the 1 Dec 2020 deadline: MET, LATE or MISSING.' })
  deadlineStatus?: string;
}

@ObjectType('ControlCentre', { description: 'A regional control centre (ЦУР).' })
export class ControlCentreType {
  @Field(() => String, { description: 'PLANNED, RISK_ZONE or OPERATING.' }) status: string;
  @Field(() => String, { nullable: true, description: 'In this status since (ISO date).' }) statusSince: string | null;
  @Field(() => String, { nullable: true, description: 'Opened on (ISO date).' }) openedOn: string | null;
  @Field(() => String, { nullable: true, description: 'The founding act.' }) act: string | null;
  @Field(() => [String], { description: 'Platforms used, e.g. «Инцидент Менеджмент», ПОС.' }) platforms: string[];
  @Field(() => Int, { description: 'Edit counter for optimistic locking.' }) version: number;
  @Field(() => String, { description: 'Against the 1 Dec 2020 deadline: MET, LATE or MISSING.' })
  deadlineStatus: string;
}

@ObjectType('FederalBody', { description: 'A federal executive body (ФОИВ), reference data.' })
export class FederalBodyType {
  @Field(() => ID, { description: 'Identifier.' }) id: string;
  @Field(() => String, { description: 'Code.' }) code: string;
  @Field(() => String, { description: 'Name in Russian.' }) name: string;
  @Field(() => String, { description: 'Name in English.' }) nameEn: string;
}

@InputType('DigitalHeadInput', { description: 'A newly appointed РЦТ; the previous one moves to the history.' })
export class DigitalHeadInput {
  @Field(() => String, { description: 'Full name.' }) name: string;
  @Field(() => String, { description: 'Position.' }) position: string;
  @Field(() => String, { description: 'Appointed on (ISO date).' }) appointedOn: string;
  @Field(() => String, { nullable: true, description: 'The act.' }) act?: string | null;
}

@InputType('ControlCentreInput', { description: "A region's ЦУР record." })
export class ControlCentreInput {
  @Field(() => String, { description: 'PLANNED, RISK_ZONE or OPERATING.' }) status: string;
  @Field(() => String, { nullable: true, description: 'In this status since (ISO date).' }) statusSince?: string | null;
  @Field(() => String, { nullable: true, description: 'Opened on (ISO date).' }) openedOn?: string | null;
  @Field(() => String, { nullable: true, description: 'The act.' }) act?: string | null;
  @Field(() => [String], { description: 'Platforms used.' }) platforms: string[];
}
