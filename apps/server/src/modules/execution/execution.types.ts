import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PROGRESS_STATUSES } from '@tsifra/domain/execution/progress';
import { enumOf } from '../../graphql/enums';
import { RegionType } from '../region/region.type';
import { SectorType } from '../sector/sector.type';
import { StrategyType } from '../strategy/strategy.type';

export const ProgressStatusEnum = enumOf(PROGRESS_STATUSES);
registerEnumType(ProgressStatusEnum, {
  name: 'ProgressStatus',
  description:
    'Execution status for a year: ACHIEVED ≥ 100 %, ON_TRACK ≥ 90 %, AT_RISK ≥ 75 %, else OFF_TRACK (default thresholds); NO_DATA without an actual.',
  valuesConfig: {
    ACHIEVED: { description: 'The plan is met (достигнут).' },
    ON_TRACK: { description: 'Close enough to the plan (в графике).' },
    AT_RISK: { description: 'Behind the plan (под угрозой).' },
    OFF_TRACK: { description: 'Far behind the plan (отстаёт).' },
    NO_DATA: { description: 'No actual value (нет данных).' },
  },
});

@ObjectType('Progress', {
  description:
    'Progress for a year. Indicator: achievement = (actual − baseline) / (plan − baseline) × 100, inverted for DECREASE. Roll-up (goal, sector, strategy): status = worst of children with data, achievement = mean of children clamped to 0–100, confidence = share of leaf indicators with an actual.',
})
export class ProgressType {
  @Field(() => ProgressStatusEnum, { description: 'The status from the versioned thresholds.' }) status: string;
  @Field(() => Float, { nullable: true, description: 'Achievement in % of the plan; null without data.' }) achievement:
    number | null;
  @Field(() => Float, { description: 'Share (0..1) of the leaf indicators below that have an actual for the year.' })
  confidence: number;
  @Field(() => Int, { description: 'Leaf indicators counted.' }) leaves: number;
  @Field(() => Int, { description: 'Leaf indicators with an actual for the year.' }) withActual: number;
  @Field(() => String, {
    description: 'Version of the rules and thresholds that produced this figure, `<rules>/<thresholds>`.',
  })
  rulesVersion: string;
}

@ObjectType('ActualReport', {
  description: 'One version of a reported actual: corrections add a version and keep the earlier ones.',
})
export class ActualReportType {
  @Field(() => ID, { description: 'The report id.' }) id: string;
  @Field(() => Int, { description: 'The year the actual is for.' }) year: number;
  @Field(() => Float, { description: 'The reported value.' }) value: number;
  @Field(() => Int, {
    description: '1 for the first report of the year, +1 per correction; pass it as `expectedVersion` to correct.',
  })
  version: number;
  @Field(() => Boolean, { description: 'Whether this is the value in force (not superseded by a correction).' })
  current: boolean;
  @Field(() => String, { nullable: true, description: 'A note by the reporter.' }) note: string | null;
  @Field(() => String, { nullable: true, description: 'Where the figure comes from (statistics form, department).' })
  source: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Name of the person who reported it; null for carried-over or demo values.',
  })
  reportedByName: string | null;
  @Field(() => String, { description: 'ISO timestamp of the report.' }) reportedAt: string;
  @Field(() => String, {
    nullable: true,
    description: 'ISO timestamp when a correction replaced it; null for the current value.',
  })
  supersededAt: string | null;
  @Field(() => String, { description: 'ISO date the actual for this year was due (reporting calendar).' })
  dueDate: string;
  @Field(() => Boolean, { description: 'Whether the first report of this year came by the due date.' }) onTime: boolean;
  @Field(() => Int, { description: 'Days after the due date of the first report of this year; 0 when on time.' })
  daysLate: number;
}

@ObjectType('SectorProgress', { description: 'A sector of a strategy with its rolled-up progress for a year.' })
export class SectorProgressType {
  @Field(() => SectorType, { description: 'The sector.' }) sector: unknown;
  @Field(() => ProgressType, { description: 'Roll-up of the sector’s root goals.' }) progress: ProgressType;
}

@ObjectType('RegionProgress', {
  description: 'One region in the federal progress view: its strategy in force and progress for the year.',
})
export class RegionProgressType {
  @Field(() => RegionType, { description: 'The region.' }) region: unknown;
  @Field(() => StrategyType, {
    nullable: true,
    description: 'The approved strategy whose progress is shown; null when the region has none approved.',
  })
  strategy: unknown;
  @Field(() => ProgressType, { description: 'The whole strategy’s progress (NO_DATA without an approved strategy).' })
  progress: ProgressType;
  @Field(() => [SectorProgressType], { description: 'Progress per chosen sector.' }) sectors: SectorProgressType[];
}

@ObjectType('ProgressThresholds', { description: 'Thresholds in % of the plan, held as data with a version.' })
export class ProgressThresholdsType {
  @Field(() => String, { description: 'Version stamp of these thresholds.' }) version: string;
  @Field(() => Float, { description: 'At or above: ACHIEVED.' }) achieved: number;
  @Field(() => Float, { description: 'At or above: ON_TRACK.' }) onTrack: number;
  @Field(() => Float, { description: 'At or above: AT_RISK; below: OFF_TRACK.' }) atRisk: number;
}

@ObjectType('ExecutionSettings', {
  description: 'The rules progress and the reporting calendar use, held as data (defaults are our assumptions).',
})
export class ExecutionSettingsType {
  @Field(() => ProgressThresholdsType, { description: 'Status thresholds.' }) thresholds: ProgressThresholdsType;
  @Field(() => String, { description: 'Version of the achievement and roll-up rules.' }) rulesVersion: string;
  @Field(() => Int, { description: 'Actuals for year Y are due this many months after the end of Y …' })
  actualsDueMonthsAfterEnd: number;
  @Field(() => Int, { description: '… on this day of that month (default: 1 February of Y + 1).' })
  actualsDueDay: number;
}
