import { Field, Float, ID, InputType } from 'type-graphql';
import { GostechDecisionEnum, GostechStageEnum } from './gostech.type';

@InputType('InformationSystemStageInput', { description: 'Dates of one stage, ISO YYYY-MM-DD; omit or null what is not known.' })
export class InformationSystemStageInput {
  @Field(() => GostechStageEnum) stage: string;
  @Field(() => String, { nullable: true }) plannedStart?: string | null;
  @Field(() => String, { nullable: true }) plannedEnd?: string | null;
  @Field(() => String, { nullable: true }) actualStart?: string | null;
  @Field(() => String, { nullable: true }) actualEnd?: string | null;
}

@InputType('InformationSystemInput', { description: 'An information system as a whole: an update replaces every field, its stages, dependencies and initiative links.' })
export class InformationSystemInput {
  @Field(() => String) name: string;
  @Field(() => String, { nullable: true }) shortName?: string | null;
  @Field(() => String, { description: 'The operator (regional body).' }) operator: string;
  @Field(() => String, { nullable: true, description: 'A sector code (see `sectors`).' }) sectorCode?: string | null;
  @Field(() => String, { nullable: true }) purpose?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Default false.' }) isStateSystem?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Default false.' }) processesPersonalData?: boolean | null;
  @Field(() => String, { nullable: true }) hosting?: string | null;
  @Field(() => Float, { nullable: true, description: 'Roubles a year.' }) annualCost?: number | null;
  @Field(() => GostechDecisionEnum, { nullable: true }) decision?: string | null;
  @Field(() => String, { nullable: true }) economicAssessment?: string | null;
  @Field(() => String, { nullable: true }) technologicalAssessment?: string | null;
  @Field(() => [InformationSystemStageInput], { nullable: true }) stages?: InformationSystemStageInput[] | null;
  @Field(() => [ID], { nullable: true, description: 'Systems of the same plan this one needs first (no cycles).' }) dependsOnIds?: string[] | null;
  @Field(() => [ID], { nullable: true, description: "Initiatives of the region's strategy the system serves." }) initiativeIds?: string[] | null;
}
