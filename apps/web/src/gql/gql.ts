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
    "\n  fragment TokenRow_token on ApiToken {\n    id\n    label\n    createdAt\n    expiresAt\n    lastUsedAt\n    revokedAt\n  }\n": typeof types.TokenRow_TokenFragmentDoc,
    "\n  query TokensRouteQuery {\n    apiTokens {\n      id\n      ...TokenRow_token\n    }\n  }\n": typeof types.TokensRouteQueryDocument,
    "\n  mutation CreateApiTokenMutation($label: String!) {\n    createApiToken(label: $label) {\n      token\n      apiToken {\n        id\n        ...TokenRow_token\n      }\n    }\n  }\n": typeof types.CreateApiTokenMutationDocument,
    "\n  mutation RevokeApiTokenMutation($id: ID!) {\n    revokeApiToken(id: $id)\n  }\n": typeof types.RevokeApiTokenMutationDocument,
    "\n  fragment UserRow_user on User {\n    id\n    email\n    name\n    role\n    active\n    region {\n      id\n      code\n    }\n  }\n": typeof types.UserRow_UserFragmentDoc,
    "\n  query UsersRouteQuery {\n    me {\n      id\n      role\n    }\n    users {\n      id\n      ...UserRow_user\n    }\n  }\n": typeof types.UsersRouteQueryDocument,
    "\n  mutation CreateUserMutation($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      ...UserRow_user\n    }\n  }\n": typeof types.CreateUserMutationDocument,
    "\n  mutation UpdateUserMutation($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      id\n      ...UserRow_user\n    }\n  }\n": typeof types.UpdateUserMutationDocument,
    "\n  mutation LogoutMutation {\n    logout\n  }\n": typeof types.LogoutMutationDocument,
    "\n  mutation LoginMutation($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      id\n      ...UserMenu_user\n    }\n  }\n": typeof types.LoginMutationDocument,
    "\n  fragment UserMenu_user on User {\n    id\n    email\n    name\n    role\n    region {\n      id\n      code\n      name\n      nameEn\n    }\n  }\n": typeof types.UserMenu_UserFragmentDoc,
    "\n  query MeQuery {\n    me {\n      id\n      ...UserMenu_user\n    }\n  }\n": typeof types.MeQueryDocument,
    "\n  fragment EditorGoal on Goal {\n    id\n    horizon\n    title\n    description\n    position\n    sector {\n      id\n      code\n    }\n    parent {\n      id\n    }\n    indicators {\n      id\n      name\n      unit\n      direction\n      baselineYear\n      baselineValue\n      responsible\n      targets {\n        year\n        value\n      }\n    }\n    initiatives {\n      id\n      title\n      kind\n      templateCode\n      startDate\n      endDate\n      responsible\n      position\n      budgets {\n        year\n        source\n        amount\n      }\n    }\n  }\n": typeof types.EditorGoalFragmentDoc,
    "\n  query EditorRouteQuery($code: String!) {\n    me {\n      id\n      role\n      region {\n        id\n        code\n      }\n    }\n    sectors {\n      id\n      code\n      name\n      nameEn\n      mainArea2021\n      maturityKeySector\n    }\n    region(code: $code) {\n      id\n      code\n      name\n      nameEn\n      strategy {\n        id\n        status\n        version\n        revision\n        deadline\n        updatedAt\n        contentVisible\n        sectors {\n          id\n          code\n          name\n          nameEn\n        }\n        sectorChoices {\n          rationale\n          position\n          sector {\n            id\n            code\n          }\n        }\n        completeness {\n          rule\n          message\n          sectorCode\n          horizon\n          goalId\n          indicatorIndex\n          indicatorName\n        }\n        availableTransitions\n        y2030: goals(horizon: Y2030) {\n          ...EditorGoal\n        }\n        y2024: goals(horizon: Y2024) {\n          ...EditorGoal\n        }\n        y2021: goals(horizon: Y2021) {\n          ...EditorGoal\n        }\n      }\n    }\n  }\n": typeof types.EditorRouteQueryDocument,
    "\n  mutation CreateStrategyMutation($regionCode: String!) {\n    createStrategy(regionCode: $regionCode) {\n      id\n      version\n    }\n  }\n": typeof types.CreateStrategyMutationDocument,
    "\n  mutation AddGoalMutation($strategyId: ID!, $version: Int!, $input: GoalInput!) {\n    addGoal(strategyId: $strategyId, version: $version, input: $input) {\n      id\n    }\n  }\n": typeof types.AddGoalMutationDocument,
    "\n  mutation UpdateGoalMutation($id: ID!, $version: Int!, $input: GoalInput!) {\n    updateGoal(id: $id, version: $version, input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateGoalMutationDocument,
    "\n  mutation DeleteGoalMutation($id: ID!, $version: Int!) {\n    deleteGoal(id: $id, version: $version) {\n      id\n      version\n    }\n  }\n": typeof types.DeleteGoalMutationDocument,
    "\n  mutation MoveGoalMutation($id: ID!, $version: Int!, $parentId: ID, $position: Int!) {\n    moveGoal(id: $id, version: $version, parentId: $parentId, position: $position) {\n      id\n      version\n    }\n  }\n": typeof types.MoveGoalMutationDocument,
    "\n  mutation AddInitiativeMutation($goalId: ID!, $version: Int!, $input: InitiativeInput!) {\n    addInitiative(goalId: $goalId, version: $version, input: $input) {\n      id\n    }\n  }\n": typeof types.AddInitiativeMutationDocument,
    "\n  mutation UpdateInitiativeMutation($id: ID!, $version: Int!, $input: InitiativeInput!) {\n    updateInitiative(id: $id, version: $version, input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateInitiativeMutationDocument,
    "\n  mutation SetStrategySectorsMutation($strategyId: ID!, $version: Int!, $sectorCodes: [String!]!, $rationales: [SectorRationaleInput!]) {\n    setStrategySectors(strategyId: $strategyId, version: $version, sectorCodes: $sectorCodes, rationales: $rationales) {\n      id\n      version\n    }\n  }\n": typeof types.SetStrategySectorsMutationDocument,
    "\n  mutation SubmitStrategyMutation($id: ID!, $version: Int!) {\n    submitStrategy(id: $id, version: $version) {\n      id\n      status\n      version\n      revision\n    }\n  }\n": typeof types.SubmitStrategyMutationDocument,
    "\n  mutation DeleteInitiativeMutation($id: ID!, $version: Int!) {\n    deleteInitiative(id: $id, version: $version) {\n      id\n      version\n    }\n  }\n": typeof types.DeleteInitiativeMutationDocument,
    "\n  fragment HistoryList_strategy on Strategy {\n    id\n    history {\n      id\n      entity\n      action\n      details\n      createdAt\n      actor {\n        id\n        name\n      }\n    }\n  }\n": typeof types.HistoryList_StrategyFragmentDoc,
    "\n  query NotificationCountQuery {\n    unreadNotificationCount\n  }\n": typeof types.NotificationCountQueryDocument,
    "\n  query NotificationListQuery {\n    notifications(limit: 20) {\n      id\n      kind\n      revision\n      excerpt\n      createdAt\n      read\n      region {\n        id\n        code\n        name\n        nameEn\n      }\n      actor {\n        id\n        name\n      }\n    }\n  }\n": typeof types.NotificationListQueryDocument,
    "\n  mutation MarkNotificationsReadMutation($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkNotificationsReadMutationDocument,
    "\n  fragment TileMap_region on Region {\n    id\n    code\n    name\n    nameEn\n    tile {\n      row\n      col\n    }\n    strategy {\n      id\n      status\n    }\n  }\n": typeof types.TileMap_RegionFragmentDoc,
    "\n  fragment AtRiskList_overview on Overview {\n    riskDays\n    late\n    atRisk {\n      id\n      code\n      name\n      nameEn\n      federalDistrict\n      strategy {\n        id\n        status\n        daysLeft\n        daysLate\n      }\n    }\n  }\n": typeof types.AtRiskList_OverviewFragmentDoc,
    "\n  fragment RegionsOverview_region on Region {\n    id\n    federalDistrict\n    strategy {\n      id\n      status\n    }\n    ...RegionsTable_region\n    ...TileMap_region\n  }\n": typeof types.RegionsOverview_RegionFragmentDoc,
    "\n  fragment RegionsOverview_district on FederalDistrict {\n    code\n    name\n    nameEn\n  }\n": typeof types.RegionsOverview_DistrictFragmentDoc,
    "\n  fragment RegionsTable_region on Region {\n    id\n    code\n    name\n    nameEn\n    federalDistrict\n    federalDistrictName\n    federalDistrictNameEn\n    strategy {\n      id\n      status\n      revision\n      deadline\n      daysLeft\n      daysLate\n      openRemarks\n      lastActivityAt\n    }\n  }\n": typeof types.RegionsTable_RegionFragmentDoc,
    "\n  query RegionsRouteQuery {\n    me {\n      id\n      role\n    }\n    regions {\n      id\n      ...RegionsOverview_region\n    }\n    federalDistricts {\n      code\n      ...RegionsOverview_district\n    }\n  }\n": typeof types.RegionsRouteQueryDocument,
    "\n  query RegionsRouteOverviewQuery {\n    overview {\n      today\n      ...AtRiskList_overview\n    }\n  }\n": typeof types.RegionsRouteOverviewQueryDocument,
    "\n  mutation RequestChangesMutation($id: ID!, $comment: String!) {\n    requestChanges(id: $id, comment: $comment) {\n      id\n      status\n      version\n      openRemarks\n      openBlockers\n      lastActivityAt\n    }\n  }\n": typeof types.RequestChangesMutationDocument,
    "\n  mutation ApproveStrategyMutation($id: ID!) {\n    approveStrategy(id: $id) {\n      id\n      status\n      version\n      contentVisible\n      lastActivityAt\n    }\n  }\n": typeof types.ApproveStrategyMutationDocument,
    "\n  mutation AddRemarkMutation($strategyId: ID!, $input: RemarkInput!) {\n    addRemark(strategyId: $strategyId, input: $input) {\n      id\n      ...RemarkThread_remark\n    }\n  }\n": typeof types.AddRemarkMutationDocument,
    "\n  mutation ReplyToRemarkMutation($remarkId: ID!, $body: String!) {\n    replyToRemark(remarkId: $remarkId, body: $body) {\n      id\n    }\n  }\n": typeof types.ReplyToRemarkMutationDocument,
    "\n  mutation ResolveRemarkMutation($id: ID!) {\n    resolveRemark(id: $id) {\n      id\n      status\n      resolvedAt\n    }\n  }\n": typeof types.ResolveRemarkMutationDocument,
    "\n  mutation ReopenRemarkMutation($id: ID!) {\n    reopenRemark(id: $id) {\n      id\n      status\n      resolvedAt\n    }\n  }\n": typeof types.ReopenRemarkMutationDocument,
    "\n  fragment ReviewContent_revision on StrategyRevision {\n    id\n    number\n    content {\n      sectors {\n        code\n        name\n        nameEn\n        rationale\n      }\n      goals {\n        id\n        parentId\n        sectorCode\n        horizon\n        title\n        description\n        position\n        indicators {\n          id\n          name\n          unit\n          direction\n          baselineYear\n          baselineValue\n          responsible\n          targets {\n            year\n            value\n          }\n        }\n      }\n    }\n  }\n": typeof types.ReviewContent_RevisionFragmentDoc,
    "\n  fragment ReviewDiff_diff on RevisionDiff {\n    from\n    to\n    changeCount\n    sectorsAdded\n    sectorsRemoved\n    goalsAdded {\n      goalId\n      title\n      horizon\n      sectorCode\n      parentId\n    }\n    goalsRemoved {\n      goalId\n      title\n      horizon\n      sectorCode\n      parentId\n    }\n    goalsMoved {\n      goalId\n      title\n      fromParentId\n      toParentId\n      fromSectorCode\n      toSectorCode\n    }\n    goalsChanged {\n      goalId\n      title\n      changes {\n        field\n        before\n        after\n      }\n    }\n    indicatorsAdded {\n      goalId\n      indicatorId\n      name\n    }\n    indicatorsRemoved {\n      goalId\n      indicatorId\n      name\n    }\n    indicatorsChanged {\n      goalId\n      beforeId\n      afterId\n      name\n      changes {\n        field\n        before\n        after\n      }\n    }\n    valueChanges {\n      goalId\n      indicatorId\n      indicatorName\n      unit\n      kind\n      year\n      before\n      after\n    }\n    initiativesAdded {\n      initiativeId\n      title\n    }\n    initiativesRemoved {\n      initiativeId\n      title\n    }\n    initiativesChanged {\n      initiativeId\n      title\n      changes {\n        field\n        before\n        after\n      }\n    }\n  }\n": typeof types.ReviewDiff_DiffFragmentDoc,
    "\n  fragment RemarkThread_remark on Comment {\n    id\n    body\n    severity\n    status\n    revision\n    goalId\n    indicatorId\n    year\n    createdAt\n    resolvedAt\n    author {\n      id\n      name\n    }\n    resolvedBy {\n      id\n      name\n    }\n    goal {\n      id\n      title\n    }\n    replies {\n      id\n      body\n      createdAt\n      author {\n        id\n        name\n      }\n    }\n  }\n": typeof types.RemarkThread_RemarkFragmentDoc,
    "\n  query ReviewRouteQuery($code: String!) {\n    me {\n      id\n      role\n      region {\n        id\n        code\n      }\n    }\n    region(code: $code) {\n      id\n      code\n      name\n      nameEn\n      strategy {\n        id\n        status\n        revision\n        contentVisible\n        openRemarks\n        openBlockers\n        revisions {\n          id\n          number\n          submittedAt\n          late\n          daysLate\n          submittedBy {\n            id\n            name\n          }\n        }\n        remarks {\n          id\n          status\n          severity\n          revision\n          goalId\n          indicatorId\n          year\n          goal {\n            id\n            title\n          }\n          ...RemarkThread_remark\n        }\n        ...HistoryList_strategy\n      }\n    }\n  }\n": typeof types.ReviewRouteQueryDocument,
    "\n  query ReviewRevisionQuery($id: ID!, $number: Int!, $from: Int) {\n    strategy(id: $id) {\n      id\n      revisionDetail(number: $number) {\n        id\n        number\n        ...ReviewContent_revision\n      }\n      diff(to: $number, from: $from) {\n        from\n        to\n        ...ReviewDiff_diff\n      }\n    }\n  }\n": typeof types.ReviewRevisionQueryDocument,
    "\n  fragment GoalItem_goal on Goal {\n    id\n    horizon\n    title\n    description\n    indicators {\n      id\n      ...IndicatorTable_indicator\n    }\n  }\n": typeof types.GoalItem_GoalFragmentDoc,
    "\n  fragment GoalTree_strategy on Strategy {\n    id\n    sectors {\n      id\n      code\n      name\n      nameEn\n    }\n    goals {\n      id\n      horizon\n      position\n      sector {\n        id\n        code\n        name\n        nameEn\n      }\n      ...GoalItem_goal\n      children {\n        id\n        horizon\n        position\n        ...GoalItem_goal\n        children {\n          id\n          horizon\n          position\n          ...GoalItem_goal\n        }\n      }\n    }\n  }\n": typeof types.GoalTree_StrategyFragmentDoc,
    "\n  fragment IndicatorTable_indicator on Indicator {\n    id\n    name\n    unit\n    baselineYear\n    baselineValue\n    direction\n    responsible\n    targets {\n      year\n      value\n    }\n    actuals {\n      year\n      value\n    }\n  }\n": typeof types.IndicatorTable_IndicatorFragmentDoc,
    "\n  fragment SectorList_sectors on Sector {\n    id\n    code\n    name\n    nameEn\n    mainArea2021\n    maturityKeySector\n  }\n": typeof types.SectorList_SectorsFragmentDoc,
    "\n  fragment StrategySummary_strategy on Strategy {\n    id\n    status\n    revision\n    deadline\n    updatedAt\n  }\n": typeof types.StrategySummary_StrategyFragmentDoc,
    "\n  query RegionRouteQuery($code: String!) {\n    me {\n      id\n      role\n      region {\n        id\n        code\n      }\n    }\n    region(code: $code) {\n      id\n      code\n      name\n      nameEn\n      federalDistrictName\n      federalDistrictNameEn\n      strategy {\n        id\n        status\n        revision\n        updatedAt\n        contentVisible\n        history {\n          id\n        }\n        ...HistoryList_strategy\n        sectors {\n          id\n          ...SectorList_sectors\n        }\n        ...StrategySummary_strategy\n        ...GoalTree_strategy\n      }\n    }\n  }\n": typeof types.RegionRouteQueryDocument,
};
const documents: Documents = {
    "\n  fragment TokenRow_token on ApiToken {\n    id\n    label\n    createdAt\n    expiresAt\n    lastUsedAt\n    revokedAt\n  }\n": types.TokenRow_TokenFragmentDoc,
    "\n  query TokensRouteQuery {\n    apiTokens {\n      id\n      ...TokenRow_token\n    }\n  }\n": types.TokensRouteQueryDocument,
    "\n  mutation CreateApiTokenMutation($label: String!) {\n    createApiToken(label: $label) {\n      token\n      apiToken {\n        id\n        ...TokenRow_token\n      }\n    }\n  }\n": types.CreateApiTokenMutationDocument,
    "\n  mutation RevokeApiTokenMutation($id: ID!) {\n    revokeApiToken(id: $id)\n  }\n": types.RevokeApiTokenMutationDocument,
    "\n  fragment UserRow_user on User {\n    id\n    email\n    name\n    role\n    active\n    region {\n      id\n      code\n    }\n  }\n": types.UserRow_UserFragmentDoc,
    "\n  query UsersRouteQuery {\n    me {\n      id\n      role\n    }\n    users {\n      id\n      ...UserRow_user\n    }\n  }\n": types.UsersRouteQueryDocument,
    "\n  mutation CreateUserMutation($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      ...UserRow_user\n    }\n  }\n": types.CreateUserMutationDocument,
    "\n  mutation UpdateUserMutation($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      id\n      ...UserRow_user\n    }\n  }\n": types.UpdateUserMutationDocument,
    "\n  mutation LogoutMutation {\n    logout\n  }\n": types.LogoutMutationDocument,
    "\n  mutation LoginMutation($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      id\n      ...UserMenu_user\n    }\n  }\n": types.LoginMutationDocument,
    "\n  fragment UserMenu_user on User {\n    id\n    email\n    name\n    role\n    region {\n      id\n      code\n      name\n      nameEn\n    }\n  }\n": types.UserMenu_UserFragmentDoc,
    "\n  query MeQuery {\n    me {\n      id\n      ...UserMenu_user\n    }\n  }\n": types.MeQueryDocument,
    "\n  fragment EditorGoal on Goal {\n    id\n    horizon\n    title\n    description\n    position\n    sector {\n      id\n      code\n    }\n    parent {\n      id\n    }\n    indicators {\n      id\n      name\n      unit\n      direction\n      baselineYear\n      baselineValue\n      responsible\n      targets {\n        year\n        value\n      }\n    }\n    initiatives {\n      id\n      title\n      kind\n      templateCode\n      startDate\n      endDate\n      responsible\n      position\n      budgets {\n        year\n        source\n        amount\n      }\n    }\n  }\n": types.EditorGoalFragmentDoc,
    "\n  query EditorRouteQuery($code: String!) {\n    me {\n      id\n      role\n      region {\n        id\n        code\n      }\n    }\n    sectors {\n      id\n      code\n      name\n      nameEn\n      mainArea2021\n      maturityKeySector\n    }\n    region(code: $code) {\n      id\n      code\n      name\n      nameEn\n      strategy {\n        id\n        status\n        version\n        revision\n        deadline\n        updatedAt\n        contentVisible\n        sectors {\n          id\n          code\n          name\n          nameEn\n        }\n        sectorChoices {\n          rationale\n          position\n          sector {\n            id\n            code\n          }\n        }\n        completeness {\n          rule\n          message\n          sectorCode\n          horizon\n          goalId\n          indicatorIndex\n          indicatorName\n        }\n        availableTransitions\n        y2030: goals(horizon: Y2030) {\n          ...EditorGoal\n        }\n        y2024: goals(horizon: Y2024) {\n          ...EditorGoal\n        }\n        y2021: goals(horizon: Y2021) {\n          ...EditorGoal\n        }\n      }\n    }\n  }\n": types.EditorRouteQueryDocument,
    "\n  mutation CreateStrategyMutation($regionCode: String!) {\n    createStrategy(regionCode: $regionCode) {\n      id\n      version\n    }\n  }\n": types.CreateStrategyMutationDocument,
    "\n  mutation AddGoalMutation($strategyId: ID!, $version: Int!, $input: GoalInput!) {\n    addGoal(strategyId: $strategyId, version: $version, input: $input) {\n      id\n    }\n  }\n": types.AddGoalMutationDocument,
    "\n  mutation UpdateGoalMutation($id: ID!, $version: Int!, $input: GoalInput!) {\n    updateGoal(id: $id, version: $version, input: $input) {\n      id\n    }\n  }\n": types.UpdateGoalMutationDocument,
    "\n  mutation DeleteGoalMutation($id: ID!, $version: Int!) {\n    deleteGoal(id: $id, version: $version) {\n      id\n      version\n    }\n  }\n": types.DeleteGoalMutationDocument,
    "\n  mutation MoveGoalMutation($id: ID!, $version: Int!, $parentId: ID, $position: Int!) {\n    moveGoal(id: $id, version: $version, parentId: $parentId, position: $position) {\n      id\n      version\n    }\n  }\n": types.MoveGoalMutationDocument,
    "\n  mutation AddInitiativeMutation($goalId: ID!, $version: Int!, $input: InitiativeInput!) {\n    addInitiative(goalId: $goalId, version: $version, input: $input) {\n      id\n    }\n  }\n": types.AddInitiativeMutationDocument,
    "\n  mutation UpdateInitiativeMutation($id: ID!, $version: Int!, $input: InitiativeInput!) {\n    updateInitiative(id: $id, version: $version, input: $input) {\n      id\n    }\n  }\n": types.UpdateInitiativeMutationDocument,
    "\n  mutation SetStrategySectorsMutation($strategyId: ID!, $version: Int!, $sectorCodes: [String!]!, $rationales: [SectorRationaleInput!]) {\n    setStrategySectors(strategyId: $strategyId, version: $version, sectorCodes: $sectorCodes, rationales: $rationales) {\n      id\n      version\n    }\n  }\n": types.SetStrategySectorsMutationDocument,
    "\n  mutation SubmitStrategyMutation($id: ID!, $version: Int!) {\n    submitStrategy(id: $id, version: $version) {\n      id\n      status\n      version\n      revision\n    }\n  }\n": types.SubmitStrategyMutationDocument,
    "\n  mutation DeleteInitiativeMutation($id: ID!, $version: Int!) {\n    deleteInitiative(id: $id, version: $version) {\n      id\n      version\n    }\n  }\n": types.DeleteInitiativeMutationDocument,
    "\n  fragment HistoryList_strategy on Strategy {\n    id\n    history {\n      id\n      entity\n      action\n      details\n      createdAt\n      actor {\n        id\n        name\n      }\n    }\n  }\n": types.HistoryList_StrategyFragmentDoc,
    "\n  query NotificationCountQuery {\n    unreadNotificationCount\n  }\n": types.NotificationCountQueryDocument,
    "\n  query NotificationListQuery {\n    notifications(limit: 20) {\n      id\n      kind\n      revision\n      excerpt\n      createdAt\n      read\n      region {\n        id\n        code\n        name\n        nameEn\n      }\n      actor {\n        id\n        name\n      }\n    }\n  }\n": types.NotificationListQueryDocument,
    "\n  mutation MarkNotificationsReadMutation($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.MarkNotificationsReadMutationDocument,
    "\n  fragment TileMap_region on Region {\n    id\n    code\n    name\n    nameEn\n    tile {\n      row\n      col\n    }\n    strategy {\n      id\n      status\n    }\n  }\n": types.TileMap_RegionFragmentDoc,
    "\n  fragment AtRiskList_overview on Overview {\n    riskDays\n    late\n    atRisk {\n      id\n      code\n      name\n      nameEn\n      federalDistrict\n      strategy {\n        id\n        status\n        daysLeft\n        daysLate\n      }\n    }\n  }\n": types.AtRiskList_OverviewFragmentDoc,
    "\n  fragment RegionsOverview_region on Region {\n    id\n    federalDistrict\n    strategy {\n      id\n      status\n    }\n    ...RegionsTable_region\n    ...TileMap_region\n  }\n": types.RegionsOverview_RegionFragmentDoc,
    "\n  fragment RegionsOverview_district on FederalDistrict {\n    code\n    name\n    nameEn\n  }\n": types.RegionsOverview_DistrictFragmentDoc,
    "\n  fragment RegionsTable_region on Region {\n    id\n    code\n    name\n    nameEn\n    federalDistrict\n    federalDistrictName\n    federalDistrictNameEn\n    strategy {\n      id\n      status\n      revision\n      deadline\n      daysLeft\n      daysLate\n      openRemarks\n      lastActivityAt\n    }\n  }\n": types.RegionsTable_RegionFragmentDoc,
    "\n  query RegionsRouteQuery {\n    me {\n      id\n      role\n    }\n    regions {\n      id\n      ...RegionsOverview_region\n    }\n    federalDistricts {\n      code\n      ...RegionsOverview_district\n    }\n  }\n": types.RegionsRouteQueryDocument,
    "\n  query RegionsRouteOverviewQuery {\n    overview {\n      today\n      ...AtRiskList_overview\n    }\n  }\n": types.RegionsRouteOverviewQueryDocument,
    "\n  mutation RequestChangesMutation($id: ID!, $comment: String!) {\n    requestChanges(id: $id, comment: $comment) {\n      id\n      status\n      version\n      openRemarks\n      openBlockers\n      lastActivityAt\n    }\n  }\n": types.RequestChangesMutationDocument,
    "\n  mutation ApproveStrategyMutation($id: ID!) {\n    approveStrategy(id: $id) {\n      id\n      status\n      version\n      contentVisible\n      lastActivityAt\n    }\n  }\n": types.ApproveStrategyMutationDocument,
    "\n  mutation AddRemarkMutation($strategyId: ID!, $input: RemarkInput!) {\n    addRemark(strategyId: $strategyId, input: $input) {\n      id\n      ...RemarkThread_remark\n    }\n  }\n": types.AddRemarkMutationDocument,
    "\n  mutation ReplyToRemarkMutation($remarkId: ID!, $body: String!) {\n    replyToRemark(remarkId: $remarkId, body: $body) {\n      id\n    }\n  }\n": types.ReplyToRemarkMutationDocument,
    "\n  mutation ResolveRemarkMutation($id: ID!) {\n    resolveRemark(id: $id) {\n      id\n      status\n      resolvedAt\n    }\n  }\n": types.ResolveRemarkMutationDocument,
    "\n  mutation ReopenRemarkMutation($id: ID!) {\n    reopenRemark(id: $id) {\n      id\n      status\n      resolvedAt\n    }\n  }\n": types.ReopenRemarkMutationDocument,
    "\n  fragment ReviewContent_revision on StrategyRevision {\n    id\n    number\n    content {\n      sectors {\n        code\n        name\n        nameEn\n        rationale\n      }\n      goals {\n        id\n        parentId\n        sectorCode\n        horizon\n        title\n        description\n        position\n        indicators {\n          id\n          name\n          unit\n          direction\n          baselineYear\n          baselineValue\n          responsible\n          targets {\n            year\n            value\n          }\n        }\n      }\n    }\n  }\n": types.ReviewContent_RevisionFragmentDoc,
    "\n  fragment ReviewDiff_diff on RevisionDiff {\n    from\n    to\n    changeCount\n    sectorsAdded\n    sectorsRemoved\n    goalsAdded {\n      goalId\n      title\n      horizon\n      sectorCode\n      parentId\n    }\n    goalsRemoved {\n      goalId\n      title\n      horizon\n      sectorCode\n      parentId\n    }\n    goalsMoved {\n      goalId\n      title\n      fromParentId\n      toParentId\n      fromSectorCode\n      toSectorCode\n    }\n    goalsChanged {\n      goalId\n      title\n      changes {\n        field\n        before\n        after\n      }\n    }\n    indicatorsAdded {\n      goalId\n      indicatorId\n      name\n    }\n    indicatorsRemoved {\n      goalId\n      indicatorId\n      name\n    }\n    indicatorsChanged {\n      goalId\n      beforeId\n      afterId\n      name\n      changes {\n        field\n        before\n        after\n      }\n    }\n    valueChanges {\n      goalId\n      indicatorId\n      indicatorName\n      unit\n      kind\n      year\n      before\n      after\n    }\n    initiativesAdded {\n      initiativeId\n      title\n    }\n    initiativesRemoved {\n      initiativeId\n      title\n    }\n    initiativesChanged {\n      initiativeId\n      title\n      changes {\n        field\n        before\n        after\n      }\n    }\n  }\n": types.ReviewDiff_DiffFragmentDoc,
    "\n  fragment RemarkThread_remark on Comment {\n    id\n    body\n    severity\n    status\n    revision\n    goalId\n    indicatorId\n    year\n    createdAt\n    resolvedAt\n    author {\n      id\n      name\n    }\n    resolvedBy {\n      id\n      name\n    }\n    goal {\n      id\n      title\n    }\n    replies {\n      id\n      body\n      createdAt\n      author {\n        id\n        name\n      }\n    }\n  }\n": types.RemarkThread_RemarkFragmentDoc,
    "\n  query ReviewRouteQuery($code: String!) {\n    me {\n      id\n      role\n      region {\n        id\n        code\n      }\n    }\n    region(code: $code) {\n      id\n      code\n      name\n      nameEn\n      strategy {\n        id\n        status\n        revision\n        contentVisible\n        openRemarks\n        openBlockers\n        revisions {\n          id\n          number\n          submittedAt\n          late\n          daysLate\n          submittedBy {\n            id\n            name\n          }\n        }\n        remarks {\n          id\n          status\n          severity\n          revision\n          goalId\n          indicatorId\n          year\n          goal {\n            id\n            title\n          }\n          ...RemarkThread_remark\n        }\n        ...HistoryList_strategy\n      }\n    }\n  }\n": types.ReviewRouteQueryDocument,
    "\n  query ReviewRevisionQuery($id: ID!, $number: Int!, $from: Int) {\n    strategy(id: $id) {\n      id\n      revisionDetail(number: $number) {\n        id\n        number\n        ...ReviewContent_revision\n      }\n      diff(to: $number, from: $from) {\n        from\n        to\n        ...ReviewDiff_diff\n      }\n    }\n  }\n": types.ReviewRevisionQueryDocument,
    "\n  fragment GoalItem_goal on Goal {\n    id\n    horizon\n    title\n    description\n    indicators {\n      id\n      ...IndicatorTable_indicator\n    }\n  }\n": types.GoalItem_GoalFragmentDoc,
    "\n  fragment GoalTree_strategy on Strategy {\n    id\n    sectors {\n      id\n      code\n      name\n      nameEn\n    }\n    goals {\n      id\n      horizon\n      position\n      sector {\n        id\n        code\n        name\n        nameEn\n      }\n      ...GoalItem_goal\n      children {\n        id\n        horizon\n        position\n        ...GoalItem_goal\n        children {\n          id\n          horizon\n          position\n          ...GoalItem_goal\n        }\n      }\n    }\n  }\n": types.GoalTree_StrategyFragmentDoc,
    "\n  fragment IndicatorTable_indicator on Indicator {\n    id\n    name\n    unit\n    baselineYear\n    baselineValue\n    direction\n    responsible\n    targets {\n      year\n      value\n    }\n    actuals {\n      year\n      value\n    }\n  }\n": types.IndicatorTable_IndicatorFragmentDoc,
    "\n  fragment SectorList_sectors on Sector {\n    id\n    code\n    name\n    nameEn\n    mainArea2021\n    maturityKeySector\n  }\n": types.SectorList_SectorsFragmentDoc,
    "\n  fragment StrategySummary_strategy on Strategy {\n    id\n    status\n    revision\n    deadline\n    updatedAt\n  }\n": types.StrategySummary_StrategyFragmentDoc,
    "\n  query RegionRouteQuery($code: String!) {\n    me {\n      id\n      role\n      region {\n        id\n        code\n      }\n    }\n    region(code: $code) {\n      id\n      code\n      name\n      nameEn\n      federalDistrictName\n      federalDistrictNameEn\n      strategy {\n        id\n        status\n        revision\n        updatedAt\n        contentVisible\n        history {\n          id\n        }\n        ...HistoryList_strategy\n        sectors {\n          id\n          ...SectorList_sectors\n        }\n        ...StrategySummary_strategy\n        ...GoalTree_strategy\n      }\n    }\n  }\n": types.RegionRouteQueryDocument,
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
export function graphql(source: "\n  fragment TokenRow_token on ApiToken {\n    id\n    label\n    createdAt\n    expiresAt\n    lastUsedAt\n    revokedAt\n  }\n"): (typeof documents)["\n  fragment TokenRow_token on ApiToken {\n    id\n    label\n    createdAt\n    expiresAt\n    lastUsedAt\n    revokedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TokensRouteQuery {\n    apiTokens {\n      id\n      ...TokenRow_token\n    }\n  }\n"): (typeof documents)["\n  query TokensRouteQuery {\n    apiTokens {\n      id\n      ...TokenRow_token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiTokenMutation($label: String!) {\n    createApiToken(label: $label) {\n      token\n      apiToken {\n        id\n        ...TokenRow_token\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiTokenMutation($label: String!) {\n    createApiToken(label: $label) {\n      token\n      apiToken {\n        id\n        ...TokenRow_token\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiTokenMutation($id: ID!) {\n    revokeApiToken(id: $id)\n  }\n"): (typeof documents)["\n  mutation RevokeApiTokenMutation($id: ID!) {\n    revokeApiToken(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserRow_user on User {\n    id\n    email\n    name\n    role\n    active\n    region {\n      id\n      code\n    }\n  }\n"): (typeof documents)["\n  fragment UserRow_user on User {\n    id\n    email\n    name\n    role\n    active\n    region {\n      id\n      code\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UsersRouteQuery {\n    me {\n      id\n      role\n    }\n    users {\n      id\n      ...UserRow_user\n    }\n  }\n"): (typeof documents)["\n  query UsersRouteQuery {\n    me {\n      id\n      role\n    }\n    users {\n      id\n      ...UserRow_user\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUserMutation($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      ...UserRow_user\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUserMutation($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      ...UserRow_user\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUserMutation($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      id\n      ...UserRow_user\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateUserMutation($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      id\n      ...UserRow_user\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogoutMutation {\n    logout\n  }\n"): (typeof documents)["\n  mutation LogoutMutation {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LoginMutation($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      id\n      ...UserMenu_user\n    }\n  }\n"): (typeof documents)["\n  mutation LoginMutation($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      id\n      ...UserMenu_user\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserMenu_user on User {\n    id\n    email\n    name\n    role\n    region {\n      id\n      code\n      name\n      nameEn\n    }\n  }\n"): (typeof documents)["\n  fragment UserMenu_user on User {\n    id\n    email\n    name\n    role\n    region {\n      id\n      code\n      name\n      nameEn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeQuery {\n    me {\n      id\n      ...UserMenu_user\n    }\n  }\n"): (typeof documents)["\n  query MeQuery {\n    me {\n      id\n      ...UserMenu_user\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EditorGoal on Goal {\n    id\n    horizon\n    title\n    description\n    position\n    sector {\n      id\n      code\n    }\n    parent {\n      id\n    }\n    indicators {\n      id\n      name\n      unit\n      direction\n      baselineYear\n      baselineValue\n      responsible\n      targets {\n        year\n        value\n      }\n    }\n    initiatives {\n      id\n      title\n      kind\n      templateCode\n      startDate\n      endDate\n      responsible\n      position\n      budgets {\n        year\n        source\n        amount\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment EditorGoal on Goal {\n    id\n    horizon\n    title\n    description\n    position\n    sector {\n      id\n      code\n    }\n    parent {\n      id\n    }\n    indicators {\n      id\n      name\n      unit\n      direction\n      baselineYear\n      baselineValue\n      responsible\n      targets {\n        year\n        value\n      }\n    }\n    initiatives {\n      id\n      title\n      kind\n      templateCode\n      startDate\n      endDate\n      responsible\n      position\n      budgets {\n        year\n        source\n        amount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditorRouteQuery($code: String!) {\n    me {\n      id\n      role\n      region {\n        id\n        code\n      }\n    }\n    sectors {\n      id\n      code\n      name\n      nameEn\n      mainArea2021\n      maturityKeySector\n    }\n    region(code: $code) {\n      id\n      code\n      name\n      nameEn\n      strategy {\n        id\n        status\n        version\n        revision\n        deadline\n        updatedAt\n        contentVisible\n        sectors {\n          id\n          code\n          name\n          nameEn\n        }\n        sectorChoices {\n          rationale\n          position\n          sector {\n            id\n            code\n          }\n        }\n        completeness {\n          rule\n          message\n          sectorCode\n          horizon\n          goalId\n          indicatorIndex\n          indicatorName\n        }\n        availableTransitions\n        y2030: goals(horizon: Y2030) {\n          ...EditorGoal\n        }\n        y2024: goals(horizon: Y2024) {\n          ...EditorGoal\n        }\n        y2021: goals(horizon: Y2021) {\n          ...EditorGoal\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EditorRouteQuery($code: String!) {\n    me {\n      id\n      role\n      region {\n        id\n        code\n      }\n    }\n    sectors {\n      id\n      code\n      name\n      nameEn\n      mainArea2021\n      maturityKeySector\n    }\n    region(code: $code) {\n      id\n      code\n      name\n      nameEn\n      strategy {\n        id\n        status\n        version\n        revision\n        deadline\n        updatedAt\n        contentVisible\n        sectors {\n          id\n          code\n          name\n          nameEn\n        }\n        sectorChoices {\n          rationale\n          position\n          sector {\n            id\n            code\n          }\n        }\n        completeness {\n          rule\n          message\n          sectorCode\n          horizon\n          goalId\n          indicatorIndex\n          indicatorName\n        }\n        availableTransitions\n        y2030: goals(horizon: Y2030) {\n          ...EditorGoal\n        }\n        y2024: goals(horizon: Y2024) {\n          ...EditorGoal\n        }\n        y2021: goals(horizon: Y2021) {\n          ...EditorGoal\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateStrategyMutation($regionCode: String!) {\n    createStrategy(regionCode: $regionCode) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation CreateStrategyMutation($regionCode: String!) {\n    createStrategy(regionCode: $regionCode) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddGoalMutation($strategyId: ID!, $version: Int!, $input: GoalInput!) {\n    addGoal(strategyId: $strategyId, version: $version, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddGoalMutation($strategyId: ID!, $version: Int!, $input: GoalInput!) {\n    addGoal(strategyId: $strategyId, version: $version, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateGoalMutation($id: ID!, $version: Int!, $input: GoalInput!) {\n    updateGoal(id: $id, version: $version, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateGoalMutation($id: ID!, $version: Int!, $input: GoalInput!) {\n    updateGoal(id: $id, version: $version, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteGoalMutation($id: ID!, $version: Int!) {\n    deleteGoal(id: $id, version: $version) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteGoalMutation($id: ID!, $version: Int!) {\n    deleteGoal(id: $id, version: $version) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveGoalMutation($id: ID!, $version: Int!, $parentId: ID, $position: Int!) {\n    moveGoal(id: $id, version: $version, parentId: $parentId, position: $position) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation MoveGoalMutation($id: ID!, $version: Int!, $parentId: ID, $position: Int!) {\n    moveGoal(id: $id, version: $version, parentId: $parentId, position: $position) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddInitiativeMutation($goalId: ID!, $version: Int!, $input: InitiativeInput!) {\n    addInitiative(goalId: $goalId, version: $version, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddInitiativeMutation($goalId: ID!, $version: Int!, $input: InitiativeInput!) {\n    addInitiative(goalId: $goalId, version: $version, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateInitiativeMutation($id: ID!, $version: Int!, $input: InitiativeInput!) {\n    updateInitiative(id: $id, version: $version, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateInitiativeMutation($id: ID!, $version: Int!, $input: InitiativeInput!) {\n    updateInitiative(id: $id, version: $version, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetStrategySectorsMutation($strategyId: ID!, $version: Int!, $sectorCodes: [String!]!, $rationales: [SectorRationaleInput!]) {\n    setStrategySectors(strategyId: $strategyId, version: $version, sectorCodes: $sectorCodes, rationales: $rationales) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation SetStrategySectorsMutation($strategyId: ID!, $version: Int!, $sectorCodes: [String!]!, $rationales: [SectorRationaleInput!]) {\n    setStrategySectors(strategyId: $strategyId, version: $version, sectorCodes: $sectorCodes, rationales: $rationales) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitStrategyMutation($id: ID!, $version: Int!) {\n    submitStrategy(id: $id, version: $version) {\n      id\n      status\n      version\n      revision\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitStrategyMutation($id: ID!, $version: Int!) {\n    submitStrategy(id: $id, version: $version) {\n      id\n      status\n      version\n      revision\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteInitiativeMutation($id: ID!, $version: Int!) {\n    deleteInitiative(id: $id, version: $version) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteInitiativeMutation($id: ID!, $version: Int!) {\n    deleteInitiative(id: $id, version: $version) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HistoryList_strategy on Strategy {\n    id\n    history {\n      id\n      entity\n      action\n      details\n      createdAt\n      actor {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment HistoryList_strategy on Strategy {\n    id\n    history {\n      id\n      entity\n      action\n      details\n      createdAt\n      actor {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationCountQuery {\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query NotificationCountQuery {\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationListQuery {\n    notifications(limit: 20) {\n      id\n      kind\n      revision\n      excerpt\n      createdAt\n      read\n      region {\n        id\n        code\n        name\n        nameEn\n      }\n      actor {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query NotificationListQuery {\n    notifications(limit: 20) {\n      id\n      kind\n      revision\n      excerpt\n      createdAt\n      read\n      region {\n        id\n        code\n        name\n        nameEn\n      }\n      actor {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsReadMutation($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsReadMutation($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"];
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
export function graphql(source: "\n  mutation RequestChangesMutation($id: ID!, $comment: String!) {\n    requestChanges(id: $id, comment: $comment) {\n      id\n      status\n      version\n      openRemarks\n      openBlockers\n      lastActivityAt\n    }\n  }\n"): (typeof documents)["\n  mutation RequestChangesMutation($id: ID!, $comment: String!) {\n    requestChanges(id: $id, comment: $comment) {\n      id\n      status\n      version\n      openRemarks\n      openBlockers\n      lastActivityAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveStrategyMutation($id: ID!) {\n    approveStrategy(id: $id) {\n      id\n      status\n      version\n      contentVisible\n      lastActivityAt\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveStrategyMutation($id: ID!) {\n    approveStrategy(id: $id) {\n      id\n      status\n      version\n      contentVisible\n      lastActivityAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddRemarkMutation($strategyId: ID!, $input: RemarkInput!) {\n    addRemark(strategyId: $strategyId, input: $input) {\n      id\n      ...RemarkThread_remark\n    }\n  }\n"): (typeof documents)["\n  mutation AddRemarkMutation($strategyId: ID!, $input: RemarkInput!) {\n    addRemark(strategyId: $strategyId, input: $input) {\n      id\n      ...RemarkThread_remark\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplyToRemarkMutation($remarkId: ID!, $body: String!) {\n    replyToRemark(remarkId: $remarkId, body: $body) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ReplyToRemarkMutation($remarkId: ID!, $body: String!) {\n    replyToRemark(remarkId: $remarkId, body: $body) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveRemarkMutation($id: ID!) {\n    resolveRemark(id: $id) {\n      id\n      status\n      resolvedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ResolveRemarkMutation($id: ID!) {\n    resolveRemark(id: $id) {\n      id\n      status\n      resolvedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenRemarkMutation($id: ID!) {\n    reopenRemark(id: $id) {\n      id\n      status\n      resolvedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ReopenRemarkMutation($id: ID!) {\n    reopenRemark(id: $id) {\n      id\n      status\n      resolvedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReviewContent_revision on StrategyRevision {\n    id\n    number\n    content {\n      sectors {\n        code\n        name\n        nameEn\n        rationale\n      }\n      goals {\n        id\n        parentId\n        sectorCode\n        horizon\n        title\n        description\n        position\n        indicators {\n          id\n          name\n          unit\n          direction\n          baselineYear\n          baselineValue\n          responsible\n          targets {\n            year\n            value\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ReviewContent_revision on StrategyRevision {\n    id\n    number\n    content {\n      sectors {\n        code\n        name\n        nameEn\n        rationale\n      }\n      goals {\n        id\n        parentId\n        sectorCode\n        horizon\n        title\n        description\n        position\n        indicators {\n          id\n          name\n          unit\n          direction\n          baselineYear\n          baselineValue\n          responsible\n          targets {\n            year\n            value\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReviewDiff_diff on RevisionDiff {\n    from\n    to\n    changeCount\n    sectorsAdded\n    sectorsRemoved\n    goalsAdded {\n      goalId\n      title\n      horizon\n      sectorCode\n      parentId\n    }\n    goalsRemoved {\n      goalId\n      title\n      horizon\n      sectorCode\n      parentId\n    }\n    goalsMoved {\n      goalId\n      title\n      fromParentId\n      toParentId\n      fromSectorCode\n      toSectorCode\n    }\n    goalsChanged {\n      goalId\n      title\n      changes {\n        field\n        before\n        after\n      }\n    }\n    indicatorsAdded {\n      goalId\n      indicatorId\n      name\n    }\n    indicatorsRemoved {\n      goalId\n      indicatorId\n      name\n    }\n    indicatorsChanged {\n      goalId\n      beforeId\n      afterId\n      name\n      changes {\n        field\n        before\n        after\n      }\n    }\n    valueChanges {\n      goalId\n      indicatorId\n      indicatorName\n      unit\n      kind\n      year\n      before\n      after\n    }\n    initiativesAdded {\n      initiativeId\n      title\n    }\n    initiativesRemoved {\n      initiativeId\n      title\n    }\n    initiativesChanged {\n      initiativeId\n      title\n      changes {\n        field\n        before\n        after\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ReviewDiff_diff on RevisionDiff {\n    from\n    to\n    changeCount\n    sectorsAdded\n    sectorsRemoved\n    goalsAdded {\n      goalId\n      title\n      horizon\n      sectorCode\n      parentId\n    }\n    goalsRemoved {\n      goalId\n      title\n      horizon\n      sectorCode\n      parentId\n    }\n    goalsMoved {\n      goalId\n      title\n      fromParentId\n      toParentId\n      fromSectorCode\n      toSectorCode\n    }\n    goalsChanged {\n      goalId\n      title\n      changes {\n        field\n        before\n        after\n      }\n    }\n    indicatorsAdded {\n      goalId\n      indicatorId\n      name\n    }\n    indicatorsRemoved {\n      goalId\n      indicatorId\n      name\n    }\n    indicatorsChanged {\n      goalId\n      beforeId\n      afterId\n      name\n      changes {\n        field\n        before\n        after\n      }\n    }\n    valueChanges {\n      goalId\n      indicatorId\n      indicatorName\n      unit\n      kind\n      year\n      before\n      after\n    }\n    initiativesAdded {\n      initiativeId\n      title\n    }\n    initiativesRemoved {\n      initiativeId\n      title\n    }\n    initiativesChanged {\n      initiativeId\n      title\n      changes {\n        field\n        before\n        after\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RemarkThread_remark on Comment {\n    id\n    body\n    severity\n    status\n    revision\n    goalId\n    indicatorId\n    year\n    createdAt\n    resolvedAt\n    author {\n      id\n      name\n    }\n    resolvedBy {\n      id\n      name\n    }\n    goal {\n      id\n      title\n    }\n    replies {\n      id\n      body\n      createdAt\n      author {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment RemarkThread_remark on Comment {\n    id\n    body\n    severity\n    status\n    revision\n    goalId\n    indicatorId\n    year\n    createdAt\n    resolvedAt\n    author {\n      id\n      name\n    }\n    resolvedBy {\n      id\n      name\n    }\n    goal {\n      id\n      title\n    }\n    replies {\n      id\n      body\n      createdAt\n      author {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewRouteQuery($code: String!) {\n    me {\n      id\n      role\n      region {\n        id\n        code\n      }\n    }\n    region(code: $code) {\n      id\n      code\n      name\n      nameEn\n      strategy {\n        id\n        status\n        revision\n        contentVisible\n        openRemarks\n        openBlockers\n        revisions {\n          id\n          number\n          submittedAt\n          late\n          daysLate\n          submittedBy {\n            id\n            name\n          }\n        }\n        remarks {\n          id\n          status\n          severity\n          revision\n          goalId\n          indicatorId\n          year\n          goal {\n            id\n            title\n          }\n          ...RemarkThread_remark\n        }\n        ...HistoryList_strategy\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReviewRouteQuery($code: String!) {\n    me {\n      id\n      role\n      region {\n        id\n        code\n      }\n    }\n    region(code: $code) {\n      id\n      code\n      name\n      nameEn\n      strategy {\n        id\n        status\n        revision\n        contentVisible\n        openRemarks\n        openBlockers\n        revisions {\n          id\n          number\n          submittedAt\n          late\n          daysLate\n          submittedBy {\n            id\n            name\n          }\n        }\n        remarks {\n          id\n          status\n          severity\n          revision\n          goalId\n          indicatorId\n          year\n          goal {\n            id\n            title\n          }\n          ...RemarkThread_remark\n        }\n        ...HistoryList_strategy\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewRevisionQuery($id: ID!, $number: Int!, $from: Int) {\n    strategy(id: $id) {\n      id\n      revisionDetail(number: $number) {\n        id\n        number\n        ...ReviewContent_revision\n      }\n      diff(to: $number, from: $from) {\n        from\n        to\n        ...ReviewDiff_diff\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReviewRevisionQuery($id: ID!, $number: Int!, $from: Int) {\n    strategy(id: $id) {\n      id\n      revisionDetail(number: $number) {\n        id\n        number\n        ...ReviewContent_revision\n      }\n      diff(to: $number, from: $from) {\n        from\n        to\n        ...ReviewDiff_diff\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query RegionRouteQuery($code: String!) {\n    me {\n      id\n      role\n      region {\n        id\n        code\n      }\n    }\n    region(code: $code) {\n      id\n      code\n      name\n      nameEn\n      federalDistrictName\n      federalDistrictNameEn\n      strategy {\n        id\n        status\n        revision\n        updatedAt\n        contentVisible\n        history {\n          id\n        }\n        ...HistoryList_strategy\n        sectors {\n          id\n          ...SectorList_sectors\n        }\n        ...StrategySummary_strategy\n        ...GoalTree_strategy\n      }\n    }\n  }\n"): (typeof documents)["\n  query RegionRouteQuery($code: String!) {\n    me {\n      id\n      role\n      region {\n        id\n        code\n      }\n    }\n    region(code: $code) {\n      id\n      code\n      name\n      nameEn\n      federalDistrictName\n      federalDistrictNameEn\n      strategy {\n        id\n        status\n        revision\n        updatedAt\n        contentVisible\n        history {\n          id\n        }\n        ...HistoryList_strategy\n        sectors {\n          id\n          ...SectorList_sectors\n        }\n        ...StrategySummary_strategy\n        ...GoalTree_strategy\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;