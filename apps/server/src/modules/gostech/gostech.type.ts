import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GOSTECH_DECISIONS, GOSTECH_STAGES } from '@tsifra/domain/gostech/plan';
import { CURRENT_STAGE_VALUES } from '@tsifra/domain/gostech/schedule';
import { enumOf, StrategyStatusEnum } from '../../graphql/enums';

export const GostechDecisionEnum = enumOf(GOSTECH_DECISIONS);
export const GostechStageEnum = enumOf(GOSTECH_STAGES);
export const GostechCurrentStageEnum = enumOf(CURRENT_STAGE_VALUES);
registerEnumType(GostechDecisionEnum, {
  name: 'GostechDecision',
  description:
    'What happens to an information system: migrate as is, rebuild on GosTech, create new on GosTech, keep outside, decommission.',
  valuesConfig: {
    MIGRATE_AS_IS: { description: 'Move to GosTech as it is.' },
    REBUILD_ON_GOSTECH: { description: 'Rebuild on the GosTech platform.' },
    CREATE_NEW_ON_GOSTECH: { description: 'Replace with a new system built on GosTech.' },
    KEEP_OUTSIDE: { description: 'Keep outside GosTech.' },
    DECOMMISSION: { description: 'Shut down (вывод из эксплуатации).' },
  },
});
registerEnumType(GostechStageEnum, {
  name: 'GostechStage',
  description: 'Migration stages, in order: assessment → design → development → pilot → production → legacy shutdown.',
  valuesConfig: {
    ASSESSMENT: { description: 'Assessment (обследование).' },
    DESIGN: { description: 'Design (проектирование).' },
    DEVELOPMENT: { description: 'Development (разработка).' },
    PILOT: { description: 'Pilot operation (опытная эксплуатация).' },
    PRODUCTION: { description: 'Production (промышленная эксплуатация).' },
    LEGACY_SHUTDOWN: { description: 'Shutting down the old system.' },
  },
});
registerEnumType(GostechCurrentStageEnum, {
  name: 'GostechCurrentStage',
  description: 'Where a system stands: a stage, NOT_STARTED, or COMPLETED (every stage of its decision ended).',
  valuesConfig: {
    NOT_STARTED: { description: 'No stage has started.' },
    ASSESSMENT: { description: 'In assessment (обследование).' },
    DESIGN: { description: 'In design (проектирование).' },
    DEVELOPMENT: { description: 'In development (разработка).' },
    PILOT: { description: 'In pilot operation (опытная эксплуатация).' },
    PRODUCTION: { description: 'In production (промышленная эксплуатация).' },
    LEGACY_SHUTDOWN: { description: 'Shutting down the old system.' },
    COMPLETED: { description: 'Every stage of its decision has ended.' },
  },
});

@ObjectType('GostechPlan', {
  description:
    "A region's plan-schedule for moving its information systems onto GosTech. Follows the strategy workflow.",
})
export class GostechPlanType {
  @Field(() => ID, { description: 'The plan’s id.' }) id: string;
  @Field(() => StrategyStatusEnum, { description: 'Where the plan is in the review workflow.' }) status: string;
  @Field(() => Int, { description: 'Optimistic-lock counter: pass it to every edit; a stale one fails with CONFLICT.' })
  version: number;
  @Field(() => String, { description: 'ISO date of the submission deadline (2022-05-01 by default).' })
  deadline: string;
  @Field(() => Int, { description: 'Number of the last submitted revision, 0 before the first.' }) revision: number;
}

@ObjectType('InformationSystemStage', { description: 'Planned and actual dates (ISO) of one migration stage.' })
export class InformationSystemStageType {
  @Field(() => GostechStageEnum, { description: 'The migration stage.' }) stage: string;
  @Field(() => String, { nullable: true, description: 'When the stage is planned to start (YYYY-MM-DD).' })
  plannedStart: string | null;
  @Field(() => String, { nullable: true, description: 'When the stage is planned to end (YYYY-MM-DD).' }) plannedEnd:
    string | null;
  @Field(() => String, { nullable: true, description: 'When the stage actually started (YYYY-MM-DD), if it has.' })
  actualStart: string | null;
  @Field(() => String, { nullable: true, description: 'When the stage actually ended (YYYY-MM-DD), if it has.' })
  actualEnd: string | null;
}

@ObjectType('OverdueStage', {
  description: 'A stage that should have started (`start`) or ended (`end`) by today and has not.',
})
export class OverdueStageType {
  @Field(() => GostechStageEnum, { description: 'The migration stage whose date passed.' }) stage: string;
  @Field(() => String, { description: '`start` or `end`.' }) kind: string;
  @Field(() => String, { description: 'The planned date that passed.' }) due: string;
}

@ObjectType('InformationSystem', {
  description: 'A regional information system, the decision about it and its migration stages.',
})
export class InformationSystemType {
  @Field(() => ID, { description: 'The system’s id.' }) id: string;
  @Field(() => String, { description: 'The system’s full name (наименование ИС).' }) name: string;
  @Field(() => String, { nullable: true, description: 'The system’s short name or acronym, if any.' }) shortName:
    string | null;
  @Field(() => String, { description: 'The operator (regional body); the same as `operator`.' }) owner: string;
  @Field(() => String, { nullable: true, description: 'What the system is for, if given.' }) purpose: string | null;
  @Field(() => Boolean, { description: 'A state information system (ГИС).' }) isStateSystem: boolean;
  @Field(() => Boolean, { description: 'Whether the system processes personal data (ПДн).' })
  processesPersonalData: boolean;
  @Field(() => String, { nullable: true, description: 'Where it runs today.' }) hosting: string | null;
  @Field(() => Float, { nullable: true, description: 'Annual running cost, roubles.' }) annualCost: number | null;
  @Field(() => GostechDecisionEnum, {
    nullable: true,
    description: 'What happens to the system (решение): migrate, rebuild, create new, keep outside or decommission.',
  })
  decision: string | null;
  @Field(() => String, { nullable: true, description: 'The economic feasibility assessment behind the decision.' })
  economicAssessment: string | null;
  @Field(() => String, { nullable: true, description: 'The technological feasibility assessment behind the decision.' })
  technologicalAssessment: string | null;
  @Field(() => Int, { description: 'Order within the plan.' }) position: number;
}

@ObjectType('GostechPlanProblem', { description: 'One reason a plan cannot be submitted yet.' })
export class GostechPlanProblemType {
  @Field(() => String, {
    description:
      'no_systems, missing_decision, missing_planned_dates, stages_out_of_order, end_before_start, dependency_cycle.',
  })
  rule: string;
  @Field(() => ID, { nullable: true, description: 'The information system the problem concerns, if any.' }) systemId:
    string | null;
  @Field(() => GostechStageEnum, { nullable: true, description: 'The migration stage the problem concerns, if any.' })
  stage: string | null;
  @Field(() => String, {
    description: 'What is wrong, in English (the web app shows a translated sentence from the rule key).',
  })
  message: string;
}

@ObjectType('GostechPlanRevision', { description: 'A numbered revision frozen by a submission.' })
export class GostechPlanRevisionType {
  @Field(() => Int, { description: 'The revision’s number: 1 for the first submission, then 2, 3…' }) number: number;
  @Field(() => String, { description: 'ISO timestamp.' }) submittedAt: string;
  @Field(() => String, { description: 'The submission deadline that applied, as YYYY-MM-DD.' }) deadline: string;
  @Field(() => Boolean, { description: 'Whether the revision was submitted after the deadline.' }) late: boolean;
  @Field(() => Int, { description: 'Days past the deadline when submitted (0 when on time).' }) daysLate: number;
}

@ObjectType('ImportRowError', {
  description: 'One problem of an imported spreadsheet: its row (as Excel numbers it), column and rule.',
})
export class ImportRowErrorType {
  @Field(() => Int, { description: 'The row’s number in the file (1 = the first data row).' }) row: number;
  @Field(() => String, {
    description: 'Column key: `name`, `decision`, `PILOT.plannedEnd`, …; empty for the whole file.',
  })
  field: string;
  @Field(() => String, { description: 'The column’s Russian header.' }) column: string;
  @Field(() => String, {
    description: 'Stable key the UI translates: required, unknown_decision, end_before_start, duplicate_system, …',
  })
  rule: string;
  @Field(() => String, { description: 'What is wrong with the row.' }) message: string;
}

@ObjectType('ImportReport', { description: 'What an import did (or, in a dry run, would do).' })
export class ImportReportType {
  @Field(() => Boolean, { description: 'True when nothing was written (a preview of the import).' }) dryRun: boolean;
  @Field(() => Boolean, {
    description: 'Whether the rows were written (false in a dry run and whenever there are errors).',
  })
  applied: boolean;
  @Field(() => Int, { description: 'Data rows read (blank rows skipped).' }) rows: number;
  @Field(() => [String], { description: 'Names of systems the file adds.' }) created: string[];
  @Field(() => [String], { description: 'Names of existing systems (matched by name) the file updates.' })
  updated: string[];
  @Field(() => [String], {
    description:
      'Names of existing systems missing from the file: the import removes them (the file is the whole inventory).',
  })
  removed: string[];
  @Field(() => [ImportRowErrorType], { description: 'The rows that could not be read, with their messages.' })
  errors: ImportRowErrorType[];
  @Field(() => Int, { description: 'Milliseconds the import took on the server.' }) ms: number;
}

@ObjectType('GostechDecisionCount', { description: 'How many of a region’s systems received one decision.' })
export class GostechDecisionCountType {
  @Field(() => GostechDecisionEnum, { nullable: true, description: 'null: systems without a decision yet.' }) decision:
    string | null;
  @Field(() => Int, { description: 'The number of systems with this decision.' }) count: number;
}

@ObjectType('GostechRegionSummary', {
  description:
    "One region's line of the federal summary. Counts are zero when its plan's content is not visible to the caller.",
})
export class GostechRegionSummaryType {
  regionId: string;
  planId: string | null;
  @Field(() => StrategyStatusEnum, { nullable: true, description: 'null: no plan yet.' }) status: string | null;
  @Field(() => Boolean, {
    description:
      'Whether the caller may read the plan’s content (approved, or the caller is the region’s staff or federal staff).',
  })
  contentVisible: boolean;
  @Field(() => Int, { description: 'How many information systems the plan holds.' }) systems: number;
  @Field(() => [GostechDecisionCountType], { description: 'How many systems got each decision.' })
  decisions: GostechDecisionCountType[];
  @Field(() => Float, {
    nullable: true,
    description:
      'Share (0…1) of migrating and decommissioned systems with no overdue stage today; null when there are none.',
  })
  onScheduleShare: number | null;
  @Field(() => Int, { description: 'Overdue stages across the region’s systems today.' }) overdueStages: number;
}

@ObjectType('GostechQuarterCount', { description: 'How many systems reach a stage in one quarter.' })
export class GostechQuarterCountType {
  @Field(() => String, { description: '`2022-Q2`.' }) quarter: string;
  @Field(() => Int, {
    description: 'Systems reaching production on GosTech in that quarter (actual start, else planned).',
  })
  count: number;
}

@ObjectType('GostechSummary', { description: 'The country’s GosTech migration at a glance.' })
export class GostechSummaryType {
  @Field(() => String, { description: 'The day the schedule is judged on (ISO).' }) today: string;
  @Field(() => [GostechRegionSummaryType], { description: 'All 85 regions, in subject-code order.' })
  regions: GostechRegionSummaryType[];
  @Field(() => [GostechQuarterCountType], { description: 'Across the visible plans, in time order.' })
  byQuarter: GostechQuarterCountType[];
}
