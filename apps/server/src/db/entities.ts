import { AuditEventEntity } from '../modules/audit/audit-event.entity';
import { CommentEntity } from '../modules/comment/comment.entity';
import { GoalEntity } from '../modules/goal/goal.entity';
import { IndicatorValueEntity } from '../modules/goal/indicator-value.entity';
import { IndicatorEntity } from '../modules/goal/indicator.entity';
import { InitiativeBudgetEntity } from '../modules/initiative/initiative-budget.entity';
import { InitiativeEntity } from '../modules/initiative/initiative.entity';
import { GostechPlanEntity } from '../modules/gostech/gostech-plan.entity';
import { InformationSystemEntity } from '../modules/gostech/information-system.entity';
import { GostechDependencyEntity, GostechSystemInitiativeEntity } from '../modules/gostech/gostech-links.entity';
import { GostechPlanRevisionEntity } from '../modules/gostech/gostech-revision.entity';
import { GostechStageEntity } from '../modules/gostech/gostech-stage.entity';
import { NotificationEntity } from '../modules/notification/notification.entity';
import { RegionEntity } from '../modules/region/region.entity';
import { SectorEntity } from '../modules/sector/sector.entity';
import { StrategyRevisionEntity } from '../modules/review/strategy-revision.entity';
import { StrategySectorEntity } from '../modules/strategy/strategy-sector.entity';
import { StrategyEntity } from '../modules/strategy/strategy.entity';
import { SessionEntity } from '../modules/user/session.entity';
import { UserEntity } from '../modules/user/user.entity';
import { JobRunEntity } from '../jobs/job-run.entity';
import { ExecutionSettingEntity } from '../modules/execution/execution-setting.entity';
import { IndicatorActualEntity } from '../modules/execution/indicator-actual.entity';
import { ExecutionReminderEntity } from '../modules/execution/execution-reminder.entity';
import {
  MszuQueueEntity,
  MszuReminderEntity,
  MszuReportEntity,
  MszuServiceEntity,
  MszuSettingsEntity,
  MszuStatusStepEntity,
} from '../modules/mszu/mszu.entities';
import {
  MaturityReminderEntity,
  MaturityReturnEntity,
  RatingInputEntity,
  RatingMethodologyEntity,
  RatingPublicationEntity,
  RatingPublicationEntryEntity,
} from '../modules/rating/rating.entity';
import { MaturityReportEntity, MaturityReportRevisionEntity } from '../modules/rating/maturity-report.entity';
import { ControlCentreEntity, DigitalHeadEntity, FederalBodyEntity } from '../modules/registry/registry.entity';

export const ENTITIES = [
  RegionEntity,
  SectorEntity,
  UserEntity,
  SessionEntity,
  StrategyEntity,
  StrategySectorEntity,
  GoalEntity,
  IndicatorEntity,
  IndicatorValueEntity,
  InitiativeEntity,
  InitiativeBudgetEntity,
  CommentEntity,
  StrategyRevisionEntity,
  AuditEventEntity,
  NotificationEntity,
  GostechPlanEntity,
  InformationSystemEntity,
  GostechStageEntity,
  GostechDependencyEntity,
  GostechSystemInitiativeEntity,
  GostechPlanRevisionEntity,
  JobRunEntity,
  IndicatorActualEntity,
  ExecutionSettingEntity,
  ExecutionReminderEntity,
  MszuQueueEntity,
  MszuServiceEntity,
  MszuStatusStepEntity,
  MszuReportEntity,
  MszuSettingsEntity,
  MszuReminderEntity,
  RatingMethodologyEntity,
  RatingInputEntity,
  MaturityReturnEntity,
  RatingPublicationEntity,
  RatingPublicationEntryEntity,
  FederalBodyEntity,
  DigitalHeadEntity,
  ControlCentreEntity,
  MaturityReminderEntity,
  MaturityReportEntity,
  MaturityReportRevisionEntity,
];
