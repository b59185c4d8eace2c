/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation LogoutMutation {\n    logout\n  }\n": typeof types.LogoutMutationDocument,
    "\n  mutation LoginMutation($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      id\n      email\n      name\n      role\n      region {\n        id\n        code\n        name\n        nameEn\n      }\n    }\n  }\n": typeof types.LoginMutationDocument,
    "\n  query MeQuery {\n    me {\n      id\n      email\n      name\n      role\n      region {\n        id\n        code\n        name\n        nameEn\n      }\n    }\n  }\n": typeof types.MeQueryDocument,
    "\n  fragment TileMap_region on Region {\n    id\n    code\n    name\n    nameEn\n    tile {\n      row\n      col\n    }\n    strategy {\n      id\n      status\n    }\n  }\n": typeof types.TileMap_RegionFragmentDoc,
    "\n  fragment AtRiskList_overview on Overview {\n    riskDays\n    late\n    atRisk {\n      id\n      code\n      name\n      nameEn\n      federalDistrict\n      strategy {\n        id\n        status\n        daysLeft\n        daysLate\n      }\n    }\n  }\n": typeof types.AtRiskList_OverviewFragmentDoc,
    "\n  fragment RegionsOverview_region on Region {\n    id\n    federalDistrict\n    strategy {\n      id\n      status\n    }\n    ...RegionsTable_region\n    ...TileMap_region\n  }\n": typeof types.RegionsOverview_RegionFragmentDoc,
    "\n  fragment RegionsOverview_district on FederalDistrict {\n    code\n    name\n    nameEn\n  }\n": typeof types.RegionsOverview_DistrictFragmentDoc,
    "\n  fragment RegionsTable_region on Region {\n    id\n    code\n    name\n    nameEn\n    federalDistrict\n    federalDistrictName\n    federalDistrictNameEn\n    strategy {\n      id\n      status\n      revision\n      deadline\n      daysLeft\n      daysLate\n      openRemarks\n      lastActivityAt\n    }\n  }\n": typeof types.RegionsTable_RegionFragmentDoc,
    "\n  query RegionsRouteQuery {\n    me {\n      id\n      role\n    }\n    regions {\n      id\n      ...RegionsOverview_region\n    }\n    federalDistricts {\n      code\n      ...RegionsOverview_district\n    }\n  }\n": typeof types.RegionsRouteQueryDocument,
    "\n  query RegionsRouteOverviewQuery {\n    overview {\n      today\n      ...AtRiskList_overview\n    }\n  }\n": typeof types.RegionsRouteOverviewQueryDocument,
    "\n  fragment GoalItem_goal on Goal {\n    id\n    horizon\n    title\n    description\n    indicators {\n      id\n      ...IndicatorTable_indicator\n    }\n  }\n": typeof types.GoalItem_GoalFragmentDoc,
    "\n  fragment GoalTree_strategy on Strategy {\n    id\n    sectors {\n      id\n      code\n      name\n      nameEn\n    }\n    goals {\n      id\n      horizon\n      position\n      sector {\n        id\n        code\n        name\n        nameEn\n      }\n      ...GoalItem_goal\n      children {\n        id\n        horizon\n        position\n        ...GoalItem_goal\n        children {\n          id\n          horizon\n          position\n          ...GoalItem_goal\n        }\n      }\n    }\n  }\n": typeof types.GoalTree_StrategyFragmentDoc,
    "\n  fragment IndicatorTable_indicator on Indicator {\n    id\n    name\n    unit\n    baselineYear\n    baselineValue\n    direction\n    responsible\n    targets {\n      year\n      value\n    }\n    actuals {\n      year\n      value\n    }\n  }\n": typeof types.IndicatorTable_IndicatorFragmentDoc,
    "\n  fragment SectorList_sectors on Sector {\n    id\n    code\n    name\n    nameEn\n    mainArea2021\n    maturityKeySector\n  }\n": typeof types.SectorList_SectorsFragmentDoc,
    "\n  fragment StrategySummary_strategy on Strategy {\n    id\n    status\n    revision\n    deadline\n    updatedAt\n  }\n": typeof types.StrategySummary_StrategyFragmentDoc,
    "\n  query RegionRouteQuery($code: String!) {\n    region(code: $code) {\n      id\n      code\n      name\n      nameEn\n      federalDistrictName\n      federalDistrictNameEn\n      strategy {\n        id\n        contentVisible\n        sectors {\n          id\n          ...SectorList_sectors\n        }\n        ...StrategySummary_strategy\n        ...GoalTree_strategy\n      }\n    }\n  }\n": typeof types.RegionRouteQueryDocument,
};
const documents: Documents = {
    "\n  mutation LogoutMutation {\n    logout\n  }\n": types.LogoutMutationDocument,
    "\n  mutation LoginMutation($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      id\n      email\n      name\n      role\n      region {\n        id\n        code\n        name\n        nameEn\n      }\n    }\n  }\n": types.LoginMutationDocument,
    "\n  query MeQuery {\n    me {\n      id\n      email\n      name\n      role\n      region {\n        id\n        code\n        name\n        nameEn\n      }\n    }\n  }\n": types.MeQueryDocument,
    "\n  fragment TileMap_region on Region {\n    id\n    code\n    name\n    nameEn\n    tile {\n      row\n      col\n    }\n    strategy {\n      id\n      status\n    }\n  }\n": types.TileMap_RegionFragmentDoc,
    "\n  fragment AtRiskList_overview on Overview {\n    riskDays\n    late\n    atRisk {\n      id\n      code\n      name\n      nameEn\n      federalDistrict\n      strategy {\n        id\n        status\n        daysLeft\n        daysLate\n      }\n    }\n  }\n": types.AtRiskList_OverviewFragmentDoc,
    "\n  fragment RegionsOverview_region on Region {\n    id\n    federalDistrict\n    strategy {\n      id\n      status\n    }\n    ...RegionsTable_region\n    ...TileMap_region\n  }\n": types.RegionsOverview_RegionFragmentDoc,
    "\n  fragment RegionsOverview_district on FederalDistrict {\n    code\n    name\n    nameEn\n  }\n": types.RegionsOverview_DistrictFragmentDoc,
    "\n  fragment RegionsTable_region on Region {\n    id\n    code\n    name\n    nameEn\n    federalDistrict\n    federalDistrictName\n    federalDistrictNameEn\n    strategy {\n      id\n      status\n      revision\n      deadline\n      daysLeft\n      daysLate\n      openRemarks\n      lastActivityAt\n    }\n  }\n": types.RegionsTable_RegionFragmentDoc,
    "\n  query RegionsRouteQuery {\n    me {\n      id\n      role\n    }\n    regions {\n      id\n      ...RegionsOverview_region\n    }\n    federalDistricts {\n      code\n      ...RegionsOverview_district\n    }\n  }\n": types.RegionsRouteQueryDocument,
    "\n  query RegionsRouteOverviewQuery {\n    overview {\n      today\n      ...AtRiskList_overview\n    }\n  }\n": types.RegionsRouteOverviewQueryDocument,
    "\n  fragment GoalItem_goal on Goal {\n    id\n    horizon\n    title\n    description\n    indicators {\n      id\n      ...IndicatorTable_indicator\n    }\n  }\n": types.GoalItem_GoalFragmentDoc,
    "\n  fragment GoalTree_strategy on Strategy {\n    id\n    sectors {\n      id\n      code\n      name\n      nameEn\n    }\n    goals {\n      id\n      horizon\n      position\n      sector {\n        id\n        code\n        name\n        nameEn\n      }\n      ...GoalItem_goal\n      children {\n        id\n        horizon\n        position\n        ...GoalItem_goal\n        children {\n          id\n          horizon\n          position\n          ...GoalItem_goal\n        }\n      }\n    }\n  }\n": types.GoalTree_StrategyFragmentDoc,
    "\n  fragment IndicatorTable_indicator on Indicator {\n    id\n    name\n    unit\n    baselineYear\n    baselineValue\n    direction\n    responsible\n    targets {\n      year\n      value\n    }\n    actuals {\n      year\n      value\n    }\n  }\n": types.IndicatorTable_IndicatorFragmentDoc,
    "\n  fragment SectorList_sectors on Sector {\n    id\n    code\n    name\n    nameEn\n    mainArea2021\n    maturityKeySector\n  }\n": types.SectorList_SectorsFragmentDoc,
    "\n  fragment StrategySummary_strategy on Strategy {\n    id\n    status\n    revision\n    deadline\n    updatedAt\n  }\n": types.StrategySummary_StrategyFragmentDoc,
    "\n  query RegionRouteQuery($code: String!) {\n    region(code: $code) {\n      id\n      code\n      name\n      nameEn\n      federalDistrictName\n      federalDistrictNameEn\n      strategy {\n        id\n        contentVisible\n        sectors {\n          id\n          ...SectorList_sectors\n        }\n        ...StrategySummary_strategy\n        ...GoalTree_strategy\n      }\n    }\n  }\n": types.RegionRouteQueryDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogoutMutation {\n    logout\n  }\n"): (typeof documents)["\n  mutation LogoutMutation {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LoginMutation($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      id\n      email\n      name\n      role\n      region {\n        id\n        code\n        name\n        nameEn\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LoginMutation($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      id\n      email\n      name\n      role\n      region {\n        id\n        code\n        name\n        nameEn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeQuery {\n    me {\n      id\n      email\n      name\n      role\n      region {\n        id\n        code\n        name\n        nameEn\n      }\n    }\n  }\n"): (typeof documents)["\n  query MeQuery {\n    me {\n      id\n      email\n      name\n      role\n      region {\n        id\n        code\n        name\n        nameEn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TileMap_region on Region {\n    id\n    code\n    name\n    nameEn\n    tile {\n      row\n      col\n    }\n    strategy {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  fragment TileMap_region on Region {\n    id\n    code\n    name\n    nameEn\n    tile {\n      row\n      col\n    }\n    strategy {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AtRiskList_overview on Overview {\n    riskDays\n    late\n    atRisk {\n      id\n      code\n      name\n      nameEn\n      federalDistrict\n      strategy {\n        id\n        status\n        daysLeft\n        daysLate\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment AtRiskList_overview on Overview {\n    riskDays\n    late\n    atRisk {\n      id\n      code\n      name\n      nameEn\n      federalDistrict\n      strategy {\n        id\n        status\n        daysLeft\n        daysLate\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RegionsOverview_region on Region {\n    id\n    federalDistrict\n    strategy {\n      id\n      status\n    }\n    ...RegionsTable_region\n    ...TileMap_region\n  }\n"): (typeof documents)["\n  fragment RegionsOverview_region on Region {\n    id\n    federalDistrict\n    strategy {\n      id\n      status\n    }\n    ...RegionsTable_region\n    ...TileMap_region\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RegionsOverview_district on FederalDistrict {\n    code\n    name\n    nameEn\n  }\n"): (typeof documents)["\n  fragment RegionsOverview_district on FederalDistrict {\n    code\n    name\n    nameEn\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RegionsTable_region on Region {\n    id\n    code\n    name\n    nameEn\n    federalDistrict\n    federalDistrictName\n    federalDistrictNameEn\n    strategy {\n      id\n      status\n      revision\n      deadline\n      daysLeft\n      daysLate\n      openRemarks\n      lastActivityAt\n    }\n  }\n"): (typeof documents)["\n  fragment RegionsTable_region on Region {\n    id\n    code\n    name\n    nameEn\n    federalDistrict\n    federalDistrictName\n    federalDistrictNameEn\n    strategy {\n      id\n      status\n      revision\n      deadline\n      daysLeft\n      daysLate\n      openRemarks\n      lastActivityAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionsRouteQuery {\n    me {\n      id\n      role\n    }\n    regions {\n      id\n      ...RegionsOverview_region\n    }\n    federalDistricts {\n      code\n      ...RegionsOverview_district\n    }\n  }\n"): (typeof documents)["\n  query RegionsRouteQuery {\n    me {\n      id\n      role\n    }\n    regions {\n      id\n      ...RegionsOverview_region\n    }\n    federalDistricts {\n      code\n      ...RegionsOverview_district\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionsRouteOverviewQuery {\n    overview {\n      today\n      ...AtRiskList_overview\n    }\n  }\n"): (typeof documents)["\n  query RegionsRouteOverviewQuery {\n    overview {\n      today\n      ...AtRiskList_overview\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GoalItem_goal on Goal {\n    id\n    horizon\n    title\n    description\n    indicators {\n      id\n      ...IndicatorTable_indicator\n    }\n  }\n"): (typeof documents)["\n  fragment GoalItem_goal on Goal {\n    id\n    horizon\n    title\n    description\n    indicators {\n      id\n      ...IndicatorTable_indicator\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GoalTree_strategy on Strategy {\n    id\n    sectors {\n      id\n      code\n      name\n      nameEn\n    }\n    goals {\n      id\n      horizon\n      position\n      sector {\n        id\n        code\n        name\n        nameEn\n      }\n      ...GoalItem_goal\n      children {\n        id\n        horizon\n        position\n        ...GoalItem_goal\n        children {\n          id\n          horizon\n          position\n          ...GoalItem_goal\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment GoalTree_strategy on Strategy {\n    id\n    sectors {\n      id\n      code\n      name\n      nameEn\n    }\n    goals {\n      id\n      horizon\n      position\n      sector {\n        id\n        code\n        name\n        nameEn\n      }\n      ...GoalItem_goal\n      children {\n        id\n        horizon\n        position\n        ...GoalItem_goal\n        children {\n          id\n          horizon\n          position\n          ...GoalItem_goal\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IndicatorTable_indicator on Indicator {\n    id\n    name\n    unit\n    baselineYear\n    baselineValue\n    direction\n    responsible\n    targets {\n      year\n      value\n    }\n    actuals {\n      year\n      value\n    }\n  }\n"): (typeof documents)["\n  fragment IndicatorTable_indicator on Indicator {\n    id\n    name\n    unit\n    baselineYear\n    baselineValue\n    direction\n    responsible\n    targets {\n      year\n      value\n    }\n    actuals {\n      year\n      value\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SectorList_sectors on Sector {\n    id\n    code\n    name\n    nameEn\n    mainArea2021\n    maturityKeySector\n  }\n"): (typeof documents)["\n  fragment SectorList_sectors on Sector {\n    id\n    code\n    name\n    nameEn\n    mainArea2021\n    maturityKeySector\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StrategySummary_strategy on Strategy {\n    id\n    status\n    revision\n    deadline\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment StrategySummary_strategy on Strategy {\n    id\n    status\n    revision\n    deadline\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionRouteQuery($code: String!) {\n    region(code: $code) {\n      id\n      code\n      name\n      nameEn\n      federalDistrictName\n      federalDistrictNameEn\n      strategy {\n        id\n        contentVisible\n        sectors {\n          id\n          ...SectorList_sectors\n        }\n        ...StrategySummary_strategy\n        ...GoalTree_strategy\n      }\n    }\n  }\n"): (typeof documents)["\n  query RegionRouteQuery($code: String!) {\n    region(code: $code) {\n      id\n      code\n      name\n      nameEn\n      federalDistrictName\n      federalDistrictNameEn\n      strategy {\n        id\n        contentVisible\n        sectors {\n          id\n          ...SectorList_sectors\n        }\n        ...StrategySummary_strategy\n        ...GoalTree_strategy\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;