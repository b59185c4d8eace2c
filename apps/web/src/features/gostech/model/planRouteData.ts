import type { GostechPlanRouteQueryQuery } from '../../../gql/graphql';

/** What the GosTech plan page loads (GostechPlanRouteQuery). */
export type PlanRouteData = GostechPlanRouteQueryQuery;
/** The region's plan as the page shows it. */
export type PlanData = NonNullable<NonNullable<PlanRouteData['region']>['gostechPlan']>;
/** The sectors a system can belong to. */
export type SectorOptions = PlanRouteData['sectors'];
