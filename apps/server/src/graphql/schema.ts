import 'reflect-metadata';
import { buildSchema, getMetadataStorage } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { CommentFieldsResolver } from '../modules/comment/comment-fields.resolver';
import { GoalFieldsResolver, IndicatorFieldsResolver } from '../modules/goal/goal-fields.resolver';
import {
  GostechPlanFieldsResolver,
  GostechPlanRevisionFieldsResolver,
  GostechRegionSummaryFieldsResolver,
  InformationSystemFieldsResolver,
} from '../modules/gostech/gostech-fields.resolver';
import { GostechResolver } from '../modules/gostech/gostech.resolver';
import { GostechPlanRemarksResolver } from '../modules/gostech/gostech-remarks.resolver';
import { GoalInitiativesResolver, InitiativeFieldsResolver } from '../modules/initiative/initiative-fields.resolver';
import { InitiativeResolver } from '../modules/initiative/initiative.resolver';
import { RegionResolver } from '../modules/region/region.resolver';
import { SectorResolver } from '../modules/sector/sector.resolver';
import { StrategyEditorFieldsResolver } from '../modules/strategy/strategy-editor-fields.resolver';
import { StrategyFieldsResolver } from '../modules/strategy/strategy-fields.resolver';
import { StrategyResolver } from '../modules/strategy/strategy.resolver';
import { GoalResolver } from '../modules/goal/goal.resolver';
import { AuditEventFieldsResolver } from '../modules/audit/audit-fields.resolver';
import { NotificationResolver } from '../modules/notification/notification.resolver';
import { StrategyReviewFieldsResolver, StrategyRevisionFieldsResolver } from '../modules/review/review-fields.resolver';
import { ReviewResolver } from '../modules/review/review.resolver';
import { AccountResolver } from '../modules/user/account.resolver';
import { UserAdminResolver } from '../modules/user/user-admin.resolver';
import { UserResolver } from '../modules/user/user.resolver';
import { UserFieldsResolver } from '../modules/user/user-fields.resolver';
import { MszuRegionMonthFieldsResolver, RegionMszuFieldsResolver } from '../modules/mszu/mszu-fields.resolver';
import { MszuResolver } from '../modules/mszu/mszu.resolver';
// Last, so the new query joins the end of the printed schema.
import { CommentResolver } from '../modules/comment/comment.resolver';
import { StrategyDocumentsFieldsResolver } from '../modules/documents/documents-fields.resolver';
import { ExecutionResolver } from '../modules/execution/execution.resolver';
import { ActualsXlsxResolver } from '../modules/execution/actuals-xlsx.resolver';
import {
  GoalExecutionResolver,
  IndicatorExecutionResolver,
  StrategyExecutionResolver,
} from '../modules/execution/execution-fields.resolver';
import {
  MaturityIndexRowFieldsResolver,
  RatingEntryFieldsResolver,
  RatingFieldsResolver,
  RatingMethodologyFieldsResolver,
} from '../modules/rating/rating-fields.resolver';
import { RatingResolver } from '../modules/rating/rating.resolver';
import { MaturityReportResolver } from '../modules/rating/maturity-report.resolver';
import { RatingImportResolver } from '../modules/rating/rating-import.resolver';
import {
  FederalBodyFieldsResolver,
  RegionRegistryFieldsResolver,
  RegistryResolver,
} from '../modules/registry/registry.resolver';
import { EditionResolver, RegionEditionsResolver } from '../modules/strategy/edition.resolver';
import { authChecker } from './access';

export const RESOLVERS = [
  RegionResolver,
  SectorResolver,
  StrategyResolver,
  GoalResolver,
  StrategyFieldsResolver,
  GoalFieldsResolver,
  IndicatorFieldsResolver,
  CommentFieldsResolver,
  GostechPlanFieldsResolver,
  GostechResolver,
  GostechPlanRevisionFieldsResolver,
  InformationSystemFieldsResolver,
  GostechRegionSummaryFieldsResolver,
  UserResolver,
  StrategyEditorFieldsResolver,
  InitiativeResolver,
  GoalInitiativesResolver,
  InitiativeFieldsResolver,
  AccountResolver,
  UserAdminResolver,
  UserFieldsResolver,
  ReviewResolver,
  StrategyReviewFieldsResolver,
  StrategyRevisionFieldsResolver,
  AuditEventFieldsResolver,
  NotificationResolver,
  CommentResolver,
  GostechPlanRemarksResolver,
  StrategyDocumentsFieldsResolver,
  ExecutionResolver,
  IndicatorExecutionResolver,
  GoalExecutionResolver,
  StrategyExecutionResolver,
  MszuResolver,
  MszuRegionMonthFieldsResolver,
  RegionMszuFieldsResolver,
  RatingResolver,
  MaturityReportResolver,
  RatingImportResolver,
  RatingMethodologyFieldsResolver,
  RatingFieldsResolver,
  RatingEntryFieldsResolver,
  MaturityIndexRowFieldsResolver,
  RegistryResolver,
  FederalBodyFieldsResolver,
  RegionRegistryFieldsResolver,
  ActualsXlsxResolver,
  EditionResolver,
  RegionEditionsResolver,
] as const;

let built: Promise<GraphQLSchema> | undefined;

/** The schema is built once per process: type-graphql's metadata is global. */
export function buildTsifraSchema(): Promise<GraphQLSchema> {
  if (!built) {
    markPlainFieldsSimple();
    built = buildSchema({ resolvers: RESOLVERS, authChecker, validate: false, emitSchemaFile: false });
  }
  return built;
}

/**
 * A plain `@Field` (no field resolver, no `@Authorized`, no middleware) reads the property of its parent object.
 * type-graphql still wraps each one in a resolver function unless it is marked simple, and a resolver function
 * stops the compiled executor from inlining the property read: a rating's ~3 000 plain fields became ~3 000
 * calls with promise bookkeeping. Marking exactly those fields simple gives GraphQL's own property read — the
 * same answer. A field with roles or middleware keeps its wrapper (the auth check lives there).
 */
function markPlainFieldsSimple(): void {
  const storage = getMetadataStorage();
  // Roles and middleware are merged into the field metadata only during the build: look them up by declaring class.
  const guarded = new Set<object>([
    ...storage.authorizedFields.map((a) => a.target),
    ...storage.authorizedResolver.map((a) => a.target),
    ...storage.middlewares.map((m) => m.target),
    ...storage.resolverMiddlewares.map((m) => m.target),
  ]);
  for (const field of storage.fields) {
    if (field.simple === undefined && !guarded.has(field.target)) field.simple = true;
  }
}
