import type { CookieOptions } from 'express';
import type { Database } from '../db/data-source';
import { GostechService } from '../modules/gostech/gostech.service';
import { RemarkService } from '../modules/comment/remark.service';
import { NotificationService } from '../modules/notification/notification.service';
import { clockStartingOn, systemClock } from '../shared/clock';
import { ReviewService } from '../modules/review/review.service';
import { InitiativeService } from '../modules/initiative/initiative.service';
import { StrategyService } from '../modules/strategy/strategy.service';
import { GoalService } from '../modules/goal/goal.service';
import { CommentService } from '../modules/comment/comment.service';
import { AccountService } from '../modules/user/account.service';
import { AuthService } from '../modules/user/auth.service';
import { limiterStoreFor } from '../http/limiter-store';
import { LoginLimiter } from '../modules/user/login-limiter';
import { sessionCookieOptions } from '../modules/user/session-cookie';
import { UserAdminService } from '../modules/user/user-admin.service';
import { ExecutionService } from '../modules/execution/execution.service';
import { MszuAdminService } from '../modules/mszu/mszu-admin.service';
import { MszuService } from '../modules/mszu/mszu.service';
import { RatingService } from '../modules/rating/rating.service';
import { MaturityReportService } from '../modules/rating/maturity-report.service';
import { RatingImportService } from '../modules/rating/rating-import';
import { RegistryService } from '../modules/registry/registry.service';
import { ActualsImportService } from '../modules/execution/actuals-import.service';
import { EditionService } from '../modules/strategy/edition.service';

/** Long-lived, stateless-per-request services shared by all requests. */
export function createServices(db: Database, options: { cookieSecure: boolean; today?: string }) {
  const clock = options.today ? clockStartingOn(options.today) : systemClock;
  const strategies = new StrategyService(db, clock);
  const execution = new ExecutionService(db, clock);
  return {
    auth: new AuthService(db),
    strategies,
    goals: new GoalService(db),
    comments: new CommentService(db),
    review: new ReviewService(db, clock),
    remarks: new RemarkService(db),
    gostech: new GostechService(db, clock),
    notifications: new NotificationService(db),
    initiatives: new InitiativeService(db, strategies),
    account: new AccountService(db),
    userAdmin: new UserAdminService(db),
    loginLimiter: new LoginLimiter(limiterStoreFor(db)),
    execution,
    editions: new EditionService(db, clock),
    actualsImport: new ActualsImportService(db, execution),
    ratings: new RatingService(db, clock),
    maturityReports: new MaturityReportService(db, clock),
    ratingImport: new RatingImportService(db, clock),
    registry: new RegistryService(db),
    sessionCookieOptions: sessionCookieOptions(options.cookieSecure) as CookieOptions,
    mszu: new MszuService(db, clock),
    mszuAdmin: new MszuAdminService(db),
  };
}

export type Services = ReturnType<typeof createServices>;
