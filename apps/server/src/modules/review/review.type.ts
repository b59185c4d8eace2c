import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { REMARK_DISPOSITIONS } from '@tsifra/domain/strategy/remarks';
import { VALUE_KINDS } from '@tsifra/domain/strategy/revision-diff';
import { enumOf, HorizonEnum, IndicatorDirectionEnum } from '../../graphql/enums';
import { IndicatorValueType } from '../goal/goal.type';
import type { RegionEntity } from '../region/region.entity';
import { RegionType } from '../region/region.type';

export const REMARK_SEVERITIES = ['BLOCKER', 'MAJOR', 'MINOR'] as const;
export type RemarkSeverity = (typeof REMARK_SEVERITIES)[number];
export const REMARK_STATUSES = ['OPEN', 'RESOLVED'] as const;
export type RemarkStatus = (typeof REMARK_STATUSES)[number];

export const RemarkSeverityEnum = enumOf(REMARK_SEVERITIES);
export const RemarkStatusEnum = enumOf(REMARK_STATUSES);
export const ValueKindEnum = enumOf(VALUE_KINDS);
registerEnumType(RemarkSeverityEnum, {
  name: 'RemarkSeverity',
  description: 'How serious a review remark is; an open BLOCKER prevents approval.',
  valuesConfig: {
    BLOCKER: { description: 'Must be resolved before approval (блокирующее).' },
    MAJOR: { description: 'Significant, but does not block approval.' },
    MINOR: { description: 'A minor point.' },
  },
});
registerEnumType(RemarkStatusEnum, {
  name: 'RemarkStatus',
  description: 'Whether a remark (замечание) still needs work.',
  valuesConfig: {
    OPEN: { description: 'Still needs work (открыто).' },
    RESOLVED: { description: 'Dealt with (снято).' },
  },
});
export const RemarkDispositionEnum = enumOf(REMARK_DISPOSITIONS);
registerEnumType(RemarkDispositionEnum, {
  name: 'RemarkDisposition',
  description: 'What an approval does with the open remarks: resolve them, or carry them over to the next edition.',
  valuesConfig: {
    RESOLVE: { description: 'Resolve every open remark on approval.' },
    CARRY_OVER: { description: 'Keep open remarks for the next edition of the strategy.' },
  },
});
registerEnumType(ValueKindEnum, {
  name: 'ValueKind',
  description: 'Which number of an indicator changed.',
  valuesConfig: {
    BASELINE: { description: 'The baseline value (базовое значение) changed.' },
    TARGET: { description: 'A target value (целевое значение) changed.' },
  },
});

// ---- the frozen content of a revision (plain data: no field resolvers)

@ObjectType('RevisionSector', { description: 'A sector (отрасль) chosen in a submitted revision, with its rationale.' })
export class RevisionSectorType {
  @Field(() => String, { description: 'The sector’s code.' }) code: string;
  @Field(() => String, { description: 'The sector’s name in Russian.' }) name: string;
  @Field(() => String, { description: 'The sector’s name in English.' }) nameEn: string;
  @Field(() => String, { nullable: true, description: 'Why the region chose it (обоснование), as submitted.' })
  rationale: string | null;
}

@ObjectType('RevisionIndicator', { description: 'An indicator as submitted in a revision.' })
export class RevisionIndicatorType {
  @Field(() => ID, { description: 'The id it had in that revision (remarks pin to it).' }) id: string;
  @Field(() => String, { description: 'The indicator’s name, as submitted.' }) name: string;
  @Field(() => String, { description: 'The unit of measure.' }) unit: string;
  @Field(() => IndicatorDirectionEnum, { nullable: true, description: 'Whether the indicator should grow or fall.' })
  direction: string | null;
  @Field(() => Int, { description: 'The base year.' }) baselineYear: number;
  @Field(() => Float, { description: 'The value in the base year.' }) baselineValue: number;
  @Field(() => String, { nullable: true, description: 'Who answers for the indicator.' }) responsible: string | null;
  @Field(() => [IndicatorValueType], { description: 'Target values by year.' }) targets: IndicatorValueType[];
}

@ObjectType('RevisionGoal', { description: 'A goal as submitted in a revision.' })
export class RevisionGoalType {
  @Field(() => ID, { description: 'The goal’s id.' }) id: string;
  @Field(() => ID, { nullable: true, description: 'The goal it sits under, or null for a 2030 goal.' }) parentId:
    string | null;
  @Field(() => String, { description: 'The goal’s sector (отрасль) code.' }) sectorCode: string;
  @Field(() => HorizonEnum, { description: 'The goal’s horizon.' }) horizon: string;
  @Field(() => String, { description: 'The goal’s wording, as submitted.' }) title: string;
  @Field(() => String, { nullable: true, description: 'The goal’s longer explanation, as submitted.' }) description:
    string | null;
  @Field(() => Int, { description: 'Its place among its siblings, from 0.' }) position: number;
  @Field(() => Int, { description: '0 for a top-level goal, 1 for its children, …' }) depth: number;
  @Field(() => [RevisionIndicatorType], { description: 'The goal’s indicators (показатели), as submitted.' })
  indicators: RevisionIndicatorType[];
  @Field(() => [RevisionGoalType], { description: 'The goals under this one, as submitted.' })
  children: RevisionGoalType[];
}

@ObjectType('RevisionInitiative', { description: 'An initiative as submitted in a revision.' })
export class RevisionInitiativeType {
  @Field(() => ID, { description: 'The initiative’s id.' }) id: string;
  @Field(() => ID, { nullable: true, description: 'The goal the initiative serves.' }) goalId: string | null;
  @Field(() => String, { description: 'The initiative’s title, as submitted.' }) title: string;
  @Field(() => String, { nullable: true, description: 'The initiative’s longer explanation, as submitted.' })
  description: string | null;
  @Field(() => String, { description: 'Other fields of the initiative, as a JSON object.' }) details: string;
}

@ObjectType('RevisionContent', { description: 'The frozen content of a revision.' })
export class RevisionContentType {
  @Field(() => [RevisionSectorType], { description: 'The sectors (отрасли) as submitted, with their rationales.' })
  sectors: RevisionSectorType[];
  @Field(() => [RevisionGoalType], { description: 'Every goal, in tree order (parents first, siblings by position).' })
  goals: RevisionGoalType[];
  @Field(() => [RevisionGoalType], { description: 'Top-level goals; their sub-goals are in `children`.' })
  rootGoals: RevisionGoalType[];
  @Field(() => [RevisionInitiativeType], { description: 'The initiatives (мероприятия) as submitted.' })
  initiatives: RevisionInitiativeType[];
}

@ObjectType('StrategyRevision', { description: 'An immutable, numbered revision frozen by a submission.' })
export class StrategyRevisionType {
  @Field(() => ID, { description: 'The revision’s id.' }) id: string;
  @Field(() => Int, { description: 'The revision’s number: 1 for the first submission, then 2, 3…' }) number: number;
  @Field(() => String, { description: 'The deadline in force at submission (ISO date).' }) deadline: string;
  @Field(() => Boolean, { description: 'Submitted after the deadline day.' }) late: boolean;
  @Field(() => Int, { description: 'Whole days after the deadline day; 0 when on time.' }) daysLate: number;
}

// ---- the diff between two revisions

@ObjectType('TextChange', { description: 'One field that changed; numbers are written as text.' })
export class TextChangeType {
  @Field(() => String, { description: 'Which field changed (title, description, unit…).' }) field: string;
  @Field(() => String, { nullable: true, description: 'The text in the earlier revision.' }) before: string | null;
  @Field(() => String, { nullable: true, description: 'The text in the later revision.' }) after: string | null;
}

@ObjectType('DiffGoal', { description: 'A goal (цель) added to or removed from the strategy between two revisions.' })
export class DiffGoalType {
  @Field(() => ID, { description: 'The goal’s id.' }) goalId: string;
  @Field(() => String, { description: 'The goal’s title.' }) title: string;
  @Field(() => HorizonEnum, { description: 'The goal’s horizon (2021, 2024 or 2030).' }) horizon: string;
  @Field(() => String, { description: 'The goal’s sector (отрасль) code.' }) sectorCode: string;
  @Field(() => ID, { nullable: true, description: 'The goal it sits under, or null for a top goal.' }) parentId:
    string | null;
}

@ObjectType('GoalMove', { description: 'A goal under another parent or in another sector.' })
export class GoalMoveType {
  @Field(() => ID, { description: 'The moved goal’s id.' }) goalId: string;
  @Field(() => String, { description: 'The moved goal’s title.' }) title: string;
  @Field(() => ID, { nullable: true, description: 'The parent goal before the move.' }) fromParentId: string | null;
  @Field(() => ID, { nullable: true, description: 'The parent goal after the move.' }) toParentId: string | null;
  @Field(() => String, { description: 'The sector before the move.' }) fromSectorCode: string;
  @Field(() => String, { description: 'The sector after the move.' }) toSectorCode: string;
}

@ObjectType('GoalChange', { description: 'A goal whose text changed between two revisions.' })
export class GoalChangeType {
  @Field(() => ID, { description: 'The goal’s id.' }) goalId: string;
  @Field(() => String, { description: 'The title after the change.' }) title: string;
  @Field(() => [TextChangeType], { description: 'The changed fields, each with its text before and after.' })
  changes: TextChangeType[];
}

@ObjectType('DiffIndicator', {
  description: 'An indicator (показатель) added to or removed from the strategy between two revisions.',
})
export class DiffIndicatorType {
  @Field(() => ID, { description: 'The goal the indicator measures.' }) goalId: string;
  @Field(() => ID, { description: 'The indicator’s id.' }) indicatorId: string;
  @Field(() => String, { description: 'The indicator’s name.' }) name: string;
}

@ObjectType('IndicatorChange', { description: 'An indicator whose text changed between two revisions.' })
export class IndicatorChangeType {
  @Field(() => ID, { description: 'The goal the indicator measures.' }) goalId: string;
  @Field(() => ID, { description: 'Its id in the earlier revision.' }) beforeId: string;
  @Field(() => ID, { description: 'Its id in the later revision (differs when it was re-created).' }) afterId: string;
  @Field(() => String, { description: 'The indicator’s name in the later revision.' }) name: string;
  @Field(() => [TextChangeType], { description: 'The changed fields, each with its text before and after.' })
  changes: TextChangeType[];
}

@ObjectType('ValueChange', {
  description: 'A baseline or target value that changed; before is null for a new year, after null for a dropped one.',
})
export class ValueChangeType {
  @Field(() => ID, { description: 'The goal the indicator measures.' }) goalId: string;
  @Field(() => ID, { description: "The indicator's id in the later revision." }) indicatorId: string;
  @Field(() => String, { description: 'The indicator’s name.' }) indicatorName: string;
  @Field(() => String, { description: 'The indicator’s unit of measure.' }) unit: string;
  @Field(() => ValueKindEnum, { description: 'Whether the baseline or a target changed.' }) kind: string;
  @Field(() => Int, { description: 'The year of the changed value.' }) year: number;
  @Field(() => Float, { nullable: true, description: 'The value in the earlier revision, or null when absent.' })
  before: number | null;
  @Field(() => Float, { nullable: true, description: 'The value in the later revision, or null when absent.' }) after:
    number | null;
}

@ObjectType('DiffInitiative', {
  description: 'An initiative (мероприятие) added to or removed from the strategy between two revisions.',
})
export class DiffInitiativeType {
  @Field(() => ID, { description: 'The initiative’s id.' }) initiativeId: string;
  @Field(() => String, { description: 'The initiative’s title.' }) title: string;
}

@ObjectType('InitiativeChange', { description: 'An initiative whose text changed between two revisions.' })
export class InitiativeChangeType {
  @Field(() => ID, { description: 'The initiative’s id.' }) initiativeId: string;
  @Field(() => String, { description: 'The initiative’s title in the later revision.' }) title: string;
  @Field(() => [TextChangeType], { description: 'The changed fields, each with its text before and after.' })
  changes: TextChangeType[];
}

@ObjectType('RevisionDiff', { description: 'What changed from one revision to another.' })
export class RevisionDiffType {
  @Field(() => Int, { description: 'The earlier revision; 0 means "nothing" (everything in `to` is new).' })
  from: number;
  @Field(() => Int, { description: 'The later revision’s number.' }) to: number;
  @Field(() => Int, {
    nullable: true,
    description:
      'For an amendment compared from revision 0: the number of the edition in force it is compared with; null otherwise.',
  })
  baseEdition?: number | null;
  @Field(() => Int, { description: 'Total number of listed changes; 0 when nothing changed.' }) changeCount: number;
  @Field(() => [String], { description: 'Sector codes in the later revision only.' }) sectorsAdded: string[];
  @Field(() => [String], { description: 'Sector codes in the earlier revision only.' }) sectorsRemoved: string[];
  @Field(() => [DiffGoalType], { description: 'Goals in the later revision only.' }) goalsAdded: DiffGoalType[];
  @Field(() => [DiffGoalType], { description: 'Goals in the earlier revision only.' }) goalsRemoved: DiffGoalType[];
  @Field(() => [GoalMoveType], { description: 'Goals that moved to another parent or sector.' })
  goalsMoved: GoalMoveType[];
  @Field(() => [GoalChangeType], { description: 'Title, description or horizon changes.' })
  goalsChanged: GoalChangeType[];
  @Field(() => [DiffIndicatorType], { description: 'Indicators added to goals that exist in both revisions.' })
  indicatorsAdded: DiffIndicatorType[];
  @Field(() => [DiffIndicatorType], { description: 'Indicators in the earlier revision only.' })
  indicatorsRemoved: DiffIndicatorType[];
  @Field(() => [IndicatorChangeType], { description: 'Name, unit, direction, responsible or baseline year changes.' })
  indicatorsChanged: IndicatorChangeType[];
  @Field(() => [ValueChangeType], { description: 'Baseline and target values that changed, by year.' })
  valueChanges: ValueChangeType[];
  @Field(() => [DiffInitiativeType], { description: 'Initiatives in the later revision only.' })
  initiativesAdded: DiffInitiativeType[];
  @Field(() => [DiffInitiativeType], { description: 'Initiatives in the earlier revision only.' })
  initiativesRemoved: DiffInitiativeType[];
  @Field(() => [InitiativeChangeType], { description: 'Initiatives whose text changed.' })
  initiativesChanged: InitiativeChangeType[];
}

// ---- workflow, remarks, overview

@InputType('GostechPlanRemarkInput', { description: 'A review remark on a GosTech plan as a whole.' })
export class GostechPlanRemarkInput {
  @Field(() => String, { description: 'The remark’s text.' }) body: string;
  @Field(() => RemarkSeverityEnum, { description: 'How serious the remark is; an open BLOCKER prevents approval.' })
  severity: RemarkSeverity;
  @Field(() => Int, { nullable: true, description: 'The revision remarked on; the latest when omitted.' }) revision?:
    number | null;
}

@InputType('RemarkInput', {
  description: 'A review remark, pinned to the strategy, a goal, an indicator or one target value (indicator + year).',
})
export class RemarkInput {
  @Field(() => String, { description: 'The remark’s text.' }) body: string;
  @Field(() => RemarkSeverityEnum, { description: 'How serious the remark is; an open BLOCKER prevents approval.' })
  severity: RemarkSeverity;
  @Field(() => ID, { nullable: true, description: 'A goal of the revision; implied by indicatorId when omitted.' })
  goalId?: string | null;
  @Field(() => ID, { nullable: true, description: 'An indicator of the revision (its id there).' }) indicatorId?:
    string | null;
  @Field(() => Int, { nullable: true, description: 'A target year (or the baseline year) of that indicator.' }) year?:
    number | null;
  @Field(() => Int, { nullable: true, description: 'The revision remarked on; the latest when omitted.' }) revision?:
    number | null;
}

@ObjectType('OverviewCounts', { description: 'Regions per strategy status.' })
export class OverviewCountsType {
  @Field(() => Int, { description: 'Regions that have not started a strategy.' }) noStrategy: number;
  @Field(() => Int, { description: 'Regions whose strategy is a draft (черновик).' }) draft: number;
  @Field(() => Int, { description: 'Regions whose strategy awaits review (на проверке).' }) submitted: number;
  @Field(() => Int, { description: 'Regions whose strategy was returned for changes (на доработке).' })
  changesRequested: number;
  @Field(() => Int, { description: 'Regions with an approved strategy (утверждена).' }) approved: number;
}

@ObjectType('Overview', { description: 'The federal overview: the whole country at a glance.' })
export class OverviewType {
  @Field(() => String, { description: "The server's today (ISO date) the day counts use." }) today: string;
  @Field(() => Int, { description: 'Regions counted (85, or those of the federal district asked for).' }) total: number;
  @Field(() => OverviewCountsType, { description: 'How many regions are in each status.' }) counts: OverviewCountsType;
  @Field(() => Int, {
    description: 'Regions not submitted (draft, returned or without a strategy) whose deadline has passed.',
  })
  late: number;
  @Field(() => Int, { description: 'The window `atRisk` uses, in days.' }) riskDays: number;
  @Field(() => [RegionType], {
    description:
      'Regions not yet submitted (draft, returned or without a strategy) whose deadline is within `riskDays` or has passed, most urgent first.',
  })
  atRisk: RegionEntity[];
}
