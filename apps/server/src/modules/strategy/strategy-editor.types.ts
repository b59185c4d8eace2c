import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { HorizonEnum } from '../../graphql/enums';
import { SectorType } from '../sector/sector.type';

@InputType('SectorRationaleInput', { description: 'Why the region chose a sector (at most 2000 characters).' })
export class SectorRationaleInput {
  @Field(() => String, { description: 'The sector’s code.' }) sectorCode: string;
  @Field(() => String, { nullable: true, description: 'Empty or null clears it.' }) rationale?: string | null;
}

@ObjectType('SectorChoice', {
  description: 'A sector the strategy covers, with the region’s rationale, in the chosen order.',
})
export class SectorChoiceType {
  @Field(() => SectorType, { description: 'The chosen sector.' }) sector: SectorType;
  @Field(() => String, { nullable: true, description: 'Why the region chose the sector (обоснование), if given.' })
  rationale: string | null;
  @Field(() => Int, { description: '0-based order of the choice.' }) position: number;
}

@ObjectType('CompletenessProblem', {
  description: 'Something the region must clear before it can submit the strategy.',
})
export class CompletenessProblemType {
  @Field(() => String, {
    description:
      'Stable key for translation: no_sectors, sector_without_goals, goal_without_indicators, indicator_without_targets, indicator_horizon_not_covered, goal_sector_not_chosen.',
  })
  rule: string;
  @Field(() => String, { description: 'An English sentence for scripts and logs.' }) message: string;
  @Field(() => String, { nullable: true, description: 'The sector (отрасль) the problem concerns, if any.' })
  sectorCode?: string;
  @Field(() => HorizonEnum, { nullable: true, description: 'The horizon of the goal the problem concerns, if any.' })
  horizon?: string;
  @Field(() => String, { nullable: true, description: 'The goal concerned, when there is one.' }) goalId?: string;
  @Field(() => Int, { nullable: true, description: 'Index of the indicator within its goal.' }) indicatorIndex?: number;
  @Field(() => String, { nullable: true, description: 'The indicator (показатель) the problem concerns, if any.' })
  indicatorName?: string;
}
