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
    "\n  fragment RegionsTable_regions on Region {\n    id\n    code\n    name\n    nameEn\n    federalDistrict\n    federalDistrictName\n    federalDistrictNameEn\n    strategy {\n      id\n      status\n      revision\n      deadline\n    }\n  }\n": typeof types.RegionsTable_RegionsFragmentDoc,
    "\n  fragment RegionsTable_districts on FederalDistrict {\n    code\n    name\n    nameEn\n  }\n": typeof types.RegionsTable_DistrictsFragmentDoc,
    "\n  query RegionsRouteQuery {\n    regions {\n      id\n      ...RegionsTable_regions\n    }\n    federalDistricts {\n      code\n      ...RegionsTable_districts\n    }\n  }\n": typeof types.RegionsRouteQueryDocument,
    "\n  fragment GoalItem_goal on Goal {\n    id\n    horizon\n    title\n    description\n    indicators {\n      id\n      ...IndicatorTable_indicator\n    }\n  }\n": typeof types.GoalItem_GoalFragmentDoc,
    "\n  fragment GoalTree_strategy on Strategy {\n    id\n    sectors {\n      id\n      code\n      name\n      nameEn\n    }\n    goals {\n      id\n      horizon\n      position\n      sector {\n        id\n        code\n        name\n        nameEn\n      }\n      ...GoalItem_goal\n      children {\n        id\n        horizon\n        position\n        ...GoalItem_goal\n        children {\n          id\n          horizon\n          position\n          ...GoalItem_goal\n        }\n      }\n    }\n  }\n": typeof types.GoalTree_StrategyFragmentDoc,
    "\n  fragment IndicatorTable_indicator on Indicator {\n    id\n    name\n    unit\n    baselineYear\n    baselineValue\n    direction\n    responsible\n    targets {\n      year\n      value\n    }\n    actuals {\n      year\n      value\n    }\n  }\n": typeof types.IndicatorTable_IndicatorFragmentDoc,
    "\n  fragment SectorList_sectors on Sector {\n    id\n    code\n    name\n    nameEn\n    mainArea2021\n    maturityKeySector\n  }\n": typeof types.SectorList_SectorsFragmentDoc,
    "\n  fragment StrategySummary_strategy on Strategy {\n    id\n    status\n    revision\n    deadline\n    updatedAt\n  }\n": typeof types.StrategySummary_StrategyFragmentDoc,
    "\n  query RegionRouteQuery($code: String!) {\n    region(code: $code) {\n      id\n      code\n      name\n      nameEn\n      federalDistrictName\n      federalDistrictNameEn\n      strategy {\n        id\n        contentVisible\n        sectors {\n          id\n          ...SectorList_sectors\n        }\n        ...StrategySummary_strategy\n        ...GoalTree_strategy\n      }\n    }\n  }\n": typeof types.RegionRouteQueryDocument,
};
const documents: Documents = {
    "\n  fragment RegionsTable_regions on Region {\n    id\n    code\n    name\n    nameEn\n    federalDistrict\n    federalDistrictName\n    federalDistrictNameEn\n    strategy {\n      id\n      status\n      revision\n      deadline\n    }\n  }\n": types.RegionsTable_RegionsFragmentDoc,
    "\n  fragment RegionsTable_districts on FederalDistrict {\n    code\n    name\n    nameEn\n  }\n": types.RegionsTable_DistrictsFragmentDoc,
    "\n  query RegionsRouteQuery {\n    regions {\n      id\n      ...RegionsTable_regions\n    }\n    federalDistricts {\n      code\n      ...RegionsTable_districts\n    }\n  }\n": types.RegionsRouteQueryDocument,
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
export function graphql(source: "\n  fragment RegionsTable_regions on Region {\n    id\n    code\n    name\n    nameEn\n    federalDistrict\n    federalDistrictName\n    federalDistrictNameEn\n    strategy {\n      id\n      status\n      revision\n      deadline\n    }\n  }\n"): (typeof documents)["\n  fragment RegionsTable_regions on Region {\n    id\n    code\n    name\n    nameEn\n    federalDistrict\n    federalDistrictName\n    federalDistrictNameEn\n    strategy {\n      id\n      status\n      revision\n      deadline\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RegionsTable_districts on FederalDistrict {\n    code\n    name\n    nameEn\n  }\n"): (typeof documents)["\n  fragment RegionsTable_districts on FederalDistrict {\n    code\n    name\n    nameEn\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionsRouteQuery {\n    regions {\n      id\n      ...RegionsTable_regions\n    }\n    federalDistricts {\n      code\n      ...RegionsTable_districts\n    }\n  }\n"): (typeof documents)["\n  query RegionsRouteQuery {\n    regions {\n      id\n      ...RegionsTable_regions\n    }\n    federalDistricts {\n      code\n      ...RegionsTable_districts\n    }\n  }\n"];
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