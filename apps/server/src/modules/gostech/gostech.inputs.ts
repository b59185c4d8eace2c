import { Field, Float, ID, InputType } from 'type-graphql';
import { GostechDecisionEnum, GostechStageEnum } from './gostech.type';

@InputType('InformationSystemStageInput', {
  description: 'Dates of one stage, ISO YYYY-MM-DD; omit or null what is not known.',
})
export class InformationSystemStageInput {
  @Field(() => GostechStageEnum, { description: 'The migration stage.' }) stage: string;
  @Field(() => String, { nullable: true, description: 'When the stage is planned to start (YYYY-MM-DD).' })
  plannedStart?: string | null;
  @Field(() => String, { nullable: true, description: 'When the stage is planned to end (YYYY-MM-DD).' }) plannedEnd?:
    string | null;
  @Field(() => String, { nullable: true, description: 'When the stage actually started (YYYY-MM-DD).' }) actualStart?:
    string | null;
  @Field(() => String, { nullable: true, description: 'When the stage actually ended (YYYY-MM-DD).' }) actualEnd?:
    string | null;
}

@InputType('InformationSystemInput', {
  description:
    'An information system as a whole: an update replaces every field, its stages, dependencies and initiative links.',
})
export class InformationSystemInput {
  @Field(() => String, { description: 'The system’s full name (наименование ИС).' }) name: string;
  @Field(() => String, { nullable: true, description: 'The system’s short name or acronym.' }) shortName?:
    string | null;
  @Field(() => String, { description: 'The operator (regional body).' }) operator: string;
  @Field(() => String, { nullable: true, description: 'A sector code (see `sectors`).' }) sectorCode?: string | null;
  @Field(() => String, { nullable: true, description: 'What the system is for.' }) purpose?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Default false.' }) isStateSystem?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Default false.' }) processesPersonalData?: boolean | null;
  @Field(() => String, { nullable: true, description: 'Where the system runs now.' }) hosting?: string | null;
  @Field(() => Float, { nullable: true, description: 'Roubles a year.' }) annualCost?: number | null;
  @Field(() => GostechDecisionEnum, { nullable: true, description: 'What happens to the system (решение).' })
  decision?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'The economic assessment (экономическая оценка) behind the decision.',
  })
  economicAssessment?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'The technological assessment (технологическая оценка) behind the decision.',
  })
  technologicalAssessment?: string | null;
  @Field(() => [InformationSystemStageInput], {
    nullable: true,
    description: 'The planned (and actual) dates of each migration stage.',
  })
  stages?: InformationSystemStageInput[] | null;
  @Field(() => [ID], { nullable: true, description: 'Systems of the same plan this one needs first (no cycles).' })
  dependsOnIds?: string[] | null;
  @Field(() => [ID], { nullable: true, description: "Initiatives of the region's strategy the system serves." })
  initiativeIds?: string[] | null;
}
