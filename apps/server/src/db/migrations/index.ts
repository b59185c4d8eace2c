import { InitialSchema1732300000000 } from './1732300000000-initial-schema';
import { InitiativesAndTokenUse1732400000300 } from './1732400000300-initiatives-and-token-use';
import { RevisionsRemarksAuditNotifications1732400000500 } from './1732400000500-revisions-remarks-audit-notifications';
import { GostechPlanSchedules1732400000800 } from './1732400000800-gostech-plan-schedules';
import { StrategyApprovedAt1732400000900 } from './1732400000900-strategy-approved-at';
import { NotificationPlans1732400001000 } from './1732400001000-notification-plans';
import { CommentDocumentReference1733000000100 } from './1733000000100-comment-document-reference';
import { IndicatorActuals1733000000200 } from './1733000000200-indicator-actuals';
import { ExecutionReminders1733000000201 } from './1733000000201-execution-reminders';
import { StrategyEditions1733000000202 } from './1733000000202-strategy-editions';
import { MszuTracker1733000000300 } from './1733000000300-mszu-tracker';
import { RatingsAndRegistry1733000000400 } from './1733000000400-ratings-and-registry';
import { MaturityReminders1733000000401 } from './1733000000401-maturity-reminders';
import { MaturityReportWorkflow1733000000402 } from './1733000000402-maturity-report-workflow';
import { SharedLimitsAndJobRuns1733000000500 } from './1733000000500-shared-limits-and-job-runs';

/** Every migration, in order. Landed migrations are never edited: add a new one. */
export const MIGRATIONS = [
  InitialSchema1732300000000,
  InitiativesAndTokenUse1732400000300,
  RevisionsRemarksAuditNotifications1732400000500,
  GostechPlanSchedules1732400000800,
  StrategyApprovedAt1732400000900,
  NotificationPlans1732400001000,
  CommentDocumentReference1733000000100,
  IndicatorActuals1733000000200,
  ExecutionReminders1733000000201,
  StrategyEditions1733000000202,
  MszuTracker1733000000300,
  RatingsAndRegistry1733000000400,
  MaturityReminders1733000000401,
  MaturityReportWorkflow1733000000402,
  SharedLimitsAndJobRuns1733000000500,
];
