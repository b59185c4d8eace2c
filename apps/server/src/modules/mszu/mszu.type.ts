import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { SERVICE_LEVELS } from '@tsifra/domain/mszu/catalogue';
import { MSZU_STEPS } from '@tsifra/domain/mszu/steps';
import { enumOf } from '../../graphql/enums';
import { RegionType } from '../region/region.type';

export const ServiceLevelEnum = enumOf(SERVICE_LEVELS);
export const MszuStepEnum = enumOf(MSZU_STEPS);
export const MszuStandingEnum = enumOf(['LEADER', 'MIDDLE', 'LAGGARD'] as const);
registerEnumType(ServiceLevelEnum, {
  name: 'ServiceLevel',
  description: 'Who provides an МСЗУ service; the national share weighs federal and other services separately.',
  valuesConfig: {
    FEDERAL: { description: 'A federal service.' },
    REGIONAL: { description: 'A regional service (региональная услуга).' },
    MUNICIPAL: { description: 'A municipal service (муниципальная услуга).' },
    BUDGET_INSTITUTION: { description: 'A service of a state or municipal institution (учреждение).' },
  },
});
registerEnumType(MszuStepEnum, {
  name: 'MszuStep',
  description:
    'A service’s step: not started → interactive form ready → connected to the portal (ЕПГУ) → in operation (applications received).',
  valuesConfig: {
    NOT_STARTED: { description: 'Work has not started.' },
    FORM_READY: { description: 'The interactive form (интерактивная форма) is ready.' },
    CONNECTED: { description: 'Connected to the portal (ЕПГУ).' },
    IN_OPERATION: { description: 'In operation: applications are received through the portal.' },
  },
});
registerEnumType(MszuStandingEnum, {
  name: 'MszuStanding',
  description:
    'Leader (more connected than the leader threshold), laggard (at most the laggard threshold) or in between.',
  valuesConfig: {
    LEADER: { description: 'Above the leader threshold (лидер).' },
    MIDDLE: { description: 'Between the two thresholds.' },
    LAGGARD: { description: 'At or below the laggard threshold (отстающий).' },
  },
});

@ObjectType('MszuService', {
  description: 'A service of the МСЗУ catalogue (the demo list until the official one replaces it).',
})
export class MszuServiceType {
  @Field(() => ID, { description: 'Stable id.' }) id: string;
  @Field(() => String, { description: 'Catalogue code, unique.' }) code: string;
  @Field(() => String, { description: 'The service’s name.' }) name: string;
  @Field(() => ServiceLevelEnum, { description: 'Who provides it.' }) level: string;
  @Field(() => Int, { description: 'The queue number it belongs to.' }) queue: number;
  @Field(() => String, { nullable: true, description: 'The portal (ЕПГУ) identifier, when known.' }) epguId:
    string | null;
}

@ObjectType('MszuQueue', { description: 'A queue of services: opening and due dates are data.' })
export class MszuQueueType {
  @Field(() => Int, { description: 'Queue number, 1 first.' }) number: number;
  @Field(() => String, { description: 'The day the queue opened (YYYY-MM-DD).' }) opensOn: string;
  @Field(() => String, { description: 'The day its services were due connected (YYYY-MM-DD).' }) dueOn: string;
  @Field(() => Int, { description: 'Services in the catalogue in this queue.' }) services: number;
}

@ObjectType('MszuQueueCount', { description: 'One queue in a region’s month-end picture.' })
export class MszuQueueCountType {
  @Field(() => Int, { description: 'Queue number.' }) queue: number;
  @Field(() => Int, { description: 'Services connected to the portal or further at the end of the month.' })
  connected: number;
  @Field(() => Int, { description: 'Services in the queue.' }) total: number;
  @Field(() => Int, { description: 'Connected on or before the queue’s due date (and still connected).' })
  onTime: number;
  @Field(() => Int, { description: 'Not connected although the due date has passed.' }) overdue: number;
}

@ObjectType('MszuRegionMonth', {
  description: 'A region’s МСЗУ picture at the end of a month, derived from its dated step histories.',
})
export class MszuRegionMonthType {
  @Field(() => RegionType, { description: 'The region.' }) region: RegionType;
  regionId: string;
  @Field(() => String, { description: 'The month, "YYYY-MM".' }) period: string;
  @Field(() => Int, { description: 'Services connected to the portal or further at the end of the month.' })
  connected: number;
  @Field(() => Int, { description: 'Services in the catalogue.' }) total: number;
  @Field(() => [MszuQueueCountType], { description: 'The same per queue, with on time and overdue.' })
  queues: MszuQueueCountType[];
  @Field(() => MszuStandingEnum, { description: 'Leader, laggard or in between, by the thresholds in force.' })
  standing: string;
  @Field(() => Float, { description: 'connected / total, 0..1 (0 with an empty catalogue).' }) share: number;
}

@ObjectType('MszuNationalShare', {
  description:
    'Удмсу = Дф × Удфмсу + Др × Удрмсу with its inputs. "Available electronically" is taken as connected to the portal or further, pooled over all regions.',
})
export class MszuNationalShareType {
  @Field(() => String, { description: 'The month.' }) period: string;
  @Field(() => Float, { nullable: true, description: 'Удмсу, 0..1; null with an empty catalogue.' }) share:
    number | null;
  @Field(() => Float, { description: 'Дф: the federal services’ share of the catalogue.' }) federalWeight: number;
  @Field(() => Float, { description: 'Др: the other (regional, municipal, budget institution) services’ share.' })
  regionalWeight: number;
  @Field(() => Float, {
    nullable: true,
    description: 'Удфмсу: the share of federal services connected; null without federal services.',
  })
  federalShare: number | null;
  @Field(() => Float, {
    nullable: true,
    description: 'Удрмсу: the share of other services connected; null without them.',
  })
  regionalShare: number | null;
  @Field(() => Int, { description: 'Connected region × service pairs.' }) connected: number;
  @Field(() => Int, { description: 'All region × service pairs.' }) total: number;
  @Field(() => Int, { description: 'Regions above the leader threshold.' }) leaders: number;
  @Field(() => Int, { description: 'Regions at or below the laggard threshold.' }) laggards: number;
}

@ObjectType('MszuSettings', { description: 'The federal office’s МСЗУ settings.' })
export class MszuSettingsType {
  @Field(() => Boolean, {
    description:
      'Whether monthly reports go through the review workflow (default false: changes are audited only; the review path is not built yet).',
  })
  reviewRequired: boolean;
  @Field(() => Int, { description: 'A month’s report is due this many months after it ends…' })
  dueMonthsAfterEnd: number;
  @Field(() => Int, { description: '…on this day of that month (default: the 5th of the next month, our assumption).' })
  dueDay: number;
  @Field(() => Int, { description: 'A leader has more than this many services connected.' }) leaderAbove: number;
  @Field(() => Int, { description: 'A laggard has at most this many connected.' }) laggardAtMost: number;
}

@ObjectType('MszuStepEntry', { description: 'One dated step in a region’s history for a service.' })
export class MszuStepEntryType {
  @Field(() => ID, { description: 'Stable id (to correct it).' }) id: string;
  @Field(() => MszuStepEnum, { description: 'The step reached.' }) step: string;
  @Field(() => String, { description: 'The day it was reached (YYYY-MM-DD).' }) on: string;
  @Field(() => String, { nullable: true, description: 'Why (required for a step backwards and for a correction).' })
  reason: string | null;
  @Field(() => Boolean, { description: 'Replaced by a correction; kept for the record, not counted.' })
  superseded: boolean;
  @Field(() => String, { description: 'When it was recorded (ISO timestamp).' }) recordedAt: string;
}

@ObjectType('MszuRegionService', { description: 'A region’s status for one catalogue service, with its history.' })
export class MszuRegionServiceType {
  @Field(() => MszuServiceType, { description: 'The service.' }) service: MszuServiceType;
  @Field(() => MszuStepEnum, { description: 'The step in force at the date asked for.' }) step: string;
  @Field(() => String, { nullable: true, description: 'The date of the entry in force.' }) since: string | null;
  @Field(() => [MszuStepEntryType], { description: 'Every entry, corrections included, oldest first.' })
  history: MszuStepEntryType[];
}

@ObjectType('MszuMonthPoint', { description: 'One month of the dynamics.' })
export class MszuMonthPointType {
  @Field(() => String, { description: 'The month.' }) period: string;
  @Field(() => Int, { description: 'Connected at its end.' }) connected: number;
  @Field(() => Int, { description: 'Services × regions counted.' }) total: number;
  @Field(() => Float, {
    nullable: true,
    description: 'The national share Удмсу (for the whole country) or connected / total (for one region).',
  })
  share: number | null;
}

@ObjectType('MszuImportError', { description: 'A problem with one cell or row of an imported workbook.' })
export class MszuImportErrorType {
  @Field(() => Int, { description: 'Spreadsheet row (1 = headers).' }) row: number;
  @Field(() => String, { description: 'Column header, empty for the whole row.' }) column: string;
  @Field(() => String, { description: 'Field path of the problem.' }) field: string;
  @Field(() => String, { description: 'Stable rule key the UI translates.' }) rule: string;
  @Field(() => String, { description: 'English sentence.' }) message: string;
}

@ObjectType('MszuImportReport', { description: 'The outcome of an XLSX import or its dry run.' })
export class MszuImportReportType {
  @Field(() => Boolean, { description: 'True when nothing was written (a dry run).' }) dryRun: boolean;
  @Field(() => Int, { description: 'Data rows read.' }) rows: number;
  @Field(() => Int, { description: 'Changes the import makes (or would make).' }) changes: number;
  @Field(() => [MszuImportErrorType], { description: 'Every problem found; a real import with any writes nothing.' })
  errors: MszuImportErrorType[];
}
