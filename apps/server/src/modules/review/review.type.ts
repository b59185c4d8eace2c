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
registerEnumType(RemarkSeverityEnum, { name: 'RemarkSeverity', description: 'How serious a review remark is; an open BLOCKER prevents approval.' });
registerEnumType(RemarkStatusEnum, { name: 'RemarkStatus' });
export const RemarkDispositionEnum = enumOf(REMARK_DISPOSITIONS);
registerEnumType(RemarkDispositionEnum, { name: 'RemarkDisposition', description: 'What an approval does with the open remarks: resolve them, or carry them over to the next edition.' });
registerEnumType(ValueKindEnum, { name: 'ValueKind', description: 'Which number of an indicator changed.' });

// ---- the frozen content of a revision (plain data: no field resolvers)

@ObjectType('RevisionSector')
export class RevisionSectorType {
  @Field(() => String) code: string;
  @Field(() => String) name: string;
  @Field(() => String) nameEn: string;
  @Field(() => String, { nullable: true }) rationale: string | null;
}

@ObjectType('RevisionIndicator', { description: 'An indicator as submitted in a revision.' })
export class RevisionIndicatorType {
  @Field(() => ID, { description: 'The id it had in that revision (remarks pin to it).' }) id: string;
  @Field(() => String) name: string;
  @Field(() => String) unit: string;
  @Field(() => IndicatorDirectionEnum, { nullable: true }) direction: string | null;
  @Field(() => Int) baselineYear: number;
  @Field(() => Float) baselineValue: number;
  @Field(() => String, { nullable: true }) responsible: string | null;
  @Field(() => [IndicatorValueType]) targets: IndicatorValueType[];
}

@ObjectType('RevisionGoal', { description: 'A goal as submitted in a revision.' })
export class RevisionGoalType {
  @Field(() => ID) id: string;
  @Field(() => ID, { nullable: true }) parentId: string | null;
  @Field(() => String) sectorCode: string;
  @Field(() => HorizonEnum) horizon: string;
  @Field(() => String) title: string;
  @Field(() => String, { nullable: true }) description: string | null;
  @Field(() => Int) position: number;
  @Field(() => Int, { description: '0 for a top-level goal, 1 for its children, …' }) depth: number;
  @Field(() => [RevisionIndicatorType]) indicators: RevisionIndicatorType[];
  @Field(() => [RevisionGoalType]) children: RevisionGoalType[];
}

@ObjectType('RevisionInitiative', { description: 'An initiative as submitted in a revision.' })
export class RevisionInitiativeType {
  @Field(() => ID) id: string;
  @Field(() => ID, { nullable: true }) goalId: string | null;
  @Field(() => String) title: string;
  @Field(() => String, { nullable: true }) description: string | null;
  @Field(() => String, { description: 'Other fields of the initiative, as a JSON object.' }) details: string;
}

@ObjectType('RevisionContent', { description: 'The frozen content of a revision.' })
export class RevisionContentType {
  @Field(() => [RevisionSectorType]) sectors: RevisionSectorType[];
  @Field(() => [RevisionGoalType], { description: 'Every goal, in tree order (parents first, siblings by position).' }) goals: RevisionGoalType[];
  @Field(() => [RevisionGoalType], { description: 'Top-level goals; their sub-goals are in `children`.' }) rootGoals: RevisionGoalType[];
  @Field(() => [RevisionInitiativeType]) initiatives: RevisionInitiativeType[];
}

@ObjectType('StrategyRevision', { description: 'An immutable, numbered revision frozen by a submission.' })
export class StrategyRevisionType {
  @Field(() => ID) id: string;
  @Field(() => Int) number: number;
  @Field(() => String, { description: 'The deadline in force at submission (ISO date).' }) deadline: string;
  @Field(() => Boolean, { description: 'Submitted after the deadline day.' }) late: boolean;
  @Field(() => Int, { description: 'Whole days after the deadline day; 0 when on time.' }) daysLate: number;
}

// ---- the diff between two revisions

@ObjectType('TextChange', { description: 'One field that changed; numbers are written as text.' })
export class TextChangeType {
  @Field(() => String) field: string;
  @Field(() => String, { nullable: true }) before: string | null;
  @Field(() => String, { nullable: true }) after: string | null;
}

@ObjectType('DiffGoal')
export class DiffGoalType {
  @Field(() => ID) goalId: string;
  @Field(() => String) title: string;
  @Field(() => HorizonEnum) horizon: string;
  @Field(() => String) sectorCode: string;
  @Field(() => ID, { nullable: true }) parentId: string | null;
}

@ObjectType('GoalMove', { description: 'A goal under another parent or in another sector.' })
export class GoalMoveType {
  @Field(() => ID) goalId: string;
  @Field(() => String) title: string;
  @Field(() => ID, { nullable: true }) fromParentId: string | null;
  @Field(() => ID, { nullable: true }) toParentId: string | null;
  @Field(() => String) fromSectorCode: string;
  @Field(() => String) toSectorCode: string;
}

@ObjectType('GoalChange')
export class GoalChangeType {
  @Field(() => ID) goalId: string;
  @Field(() => String, { description: 'The title after the change.' }) title: string;
  @Field(() => [TextChangeType]) changes: TextChangeType[];
}

@ObjectType('DiffIndicator')
export class DiffIndicatorType {
  @Field(() => ID) goalId: string;
  @Field(() => ID) indicatorId: string;
  @Field(() => String) name: string;
}

@ObjectType('IndicatorChange')
export class IndicatorChangeType {
  @Field(() => ID) goalId: string;
  @Field(() => ID, { description: 'Its id in the earlier revision.' }) beforeId: string;
  @Field(() => ID, { description: 'Its id in the later revision (differs when it was re-created).' }) afterId: string;
  @Field(() => String) name: string;
  @Field(() => [TextChangeType]) changes: TextChangeType[];
}

@ObjectType('ValueChange', { description: 'A baseline or target value that changed; before is null for a new year, after null for a dropped one.' })
export class ValueChangeType {
  @Field(() => ID) goalId: string;
  @Field(() => ID, { description: "The indicator's id in the later revision." }) indicatorId: string;
  @Field(() => String) indicatorName: string;
  @Field(() => String) unit: string;
  @Field(() => ValueKindEnum) kind: string;
  @Field(() => Int) year: number;
  @Field(() => Float, { nullable: true }) before: number | null;
  @Field(() => Float, { nullable: true }) after: number | null;
}

@ObjectType('DiffInitiative')
export class DiffInitiativeType {
  @Field(() => ID) initiativeId: string;
  @Field(() => String) title: string;
}

@ObjectType('InitiativeChange')
export class InitiativeChangeType {
  @Field(() => ID) initiativeId: string;
  @Field(() => String) title: string;
  @Field(() => [TextChangeType]) changes: TextChangeType[];
}

@ObjectType('RevisionDiff', { description: 'What changed from one revision to another.' })
export class RevisionDiffType {
  @Field(() => Int, { description: 'The earlier revision; 0 means "nothing" (everything in `to` is new).' }) from: number;
  @Field(() => Int) to: number;
  @Field(() => Int, { description: 'Total number of listed changes; 0 when nothing changed.' }) changeCount: number;
  @Field(() => [String]) sectorsAdded: string[];
  @Field(() => [String]) sectorsRemoved: string[];
  @Field(() => [DiffGoalType]) goalsAdded: DiffGoalType[];
  @Field(() => [DiffGoalType]) goalsRemoved: DiffGoalType[];
  @Field(() => [GoalMoveType]) goalsMoved: GoalMoveType[];
  @Field(() => [GoalChangeType], { description: 'Title, description or horizon changes.' }) goalsChanged: GoalChangeType[];
  @Field(() => [DiffIndicatorType], { description: 'Indicators added to goals that exist in both revisions.' }) indicatorsAdded: DiffIndicatorType[];
  @Field(() => [DiffIndicatorType]) indicatorsRemoved: DiffIndicatorType[];
  @Field(() => [IndicatorChangeType], { description: 'Name, unit, direction, responsible or baseline year changes.' }) indicatorsChanged: IndicatorChangeType[];
  @Field(() => [ValueChangeType], { description: 'Baseline and target values that changed, by year.' }) valueChanges: ValueChangeType[];
  @Field(() => [DiffInitiativeType]) initiativesAdded: DiffInitiativeType[];
  @Field(() => [DiffInitiativeType]) initiativesRemoved: DiffInitiativeType[];
  @Field(() => [InitiativeChangeType]) initiativesChanged: InitiativeChangeType[];
}

// ---- workflow, remarks, overview

@InputType('GostechPlanRemarkInput', { description: 'A review remark on a GosTech plan as a whole.' })
export class GostechPlanRemarkInput {
  @Field(() => String) body: string;
  @Field(() => RemarkSeverityEnum) severity: RemarkSeverity;
  @Field(() => Int, { nullable: true, description: 'The revision remarked on; the latest when omitted.' }) revision?: number | null;
}

@InputType('RemarkInput', { description: 'A review remark, pinned to the strategy, a goal, an indicator or one target value (indicator + year).' })
export class RemarkInput {
  @Field(() => String) body: string;
  @Field(() => RemarkSeverityEnum) severity: RemarkSeverity;
  @Field(() => ID, { nullable: true, description: "A goal of the revision; implied by indicatorId when omitted." }) goalId?: string | null;
  @Field(() => ID, { nullable: true, description: 'An indicator of the revision (its id there).' }) indicatorId?: string | null;
  @Field(() => Int, { nullable: true, description: "A target year (or the baseline year) of that indicator." }) year?: number | null;
  @Field(() => Int, { nullable: true, description: 'The revision remarked on; the latest when omitted.' }) revision?: number | null;
}

@ObjectType('OverviewCounts', { description: 'Regions per strategy status.' })
export class OverviewCountsType {
  @Field(() => Int) noStrategy: number;
  @Field(() => Int) draft: number;
  @Field(() => Int) submitted: number;
  @Field(() => Int) changesRequested: number;
  @Field(() => Int) approved: number;
}

@ObjectType('Overview', { description: 'The federal overview: the whole country at a glance.' })
export class OverviewType {
  @Field(() => String, { description: "The server's today (ISO date) the day counts use." }) today: string;
  @Field(() => Int, { description: 'Regions counted (85, or those of the federal district asked for).' }) total: number;
  @Field(() => OverviewCountsType) counts: OverviewCountsType;
  @Field(() => Int, { description: 'Regions not submitted (draft, returned or without a strategy) whose deadline has passed.' }) late: number;
  @Field(() => Int, { description: 'The window `atRisk` uses, in days.' }) riskDays: number;
  @Field(() => [RegionType], { description: 'Regions not yet submitted (draft, returned or without a strategy) whose deadline is within `riskDays` or has passed, most urgent first.' })
  atRisk: RegionEntity[];
}
