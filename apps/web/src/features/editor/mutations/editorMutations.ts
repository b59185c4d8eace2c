import { graphql } from '../../../gql';

// The editor's writes. Each claims the strategy version the page has; the server answers CONFLICT on a stale one.

export const CreateStrategyMutation = graphql(`
  mutation CreateStrategyMutation($regionCode: String!) {
    createStrategy(regionCode: $regionCode) {
      id
      version
    }
  }
`);

export const AddGoalMutation = graphql(`
  mutation AddGoalMutation($strategyId: ID!, $version: Int!, $input: GoalInput!) {
    addGoal(strategyId: $strategyId, version: $version, input: $input) {
      id
    }
  }
`);

export const UpdateGoalMutation = graphql(`
  mutation UpdateGoalMutation($id: ID!, $version: Int!, $input: GoalInput!) {
    updateGoal(id: $id, version: $version, input: $input) {
      id
    }
  }
`);

export const DeleteGoalMutation = graphql(`
  mutation DeleteGoalMutation($id: ID!, $version: Int!) {
    deleteGoal(id: $id, version: $version) {
      id
      version
    }
  }
`);

export const MoveGoalMutation = graphql(`
  mutation MoveGoalMutation($id: ID!, $version: Int!, $parentId: ID, $position: Int!) {
    moveGoal(id: $id, version: $version, parentId: $parentId, position: $position) {
      id
      version
    }
  }
`);

export const AddInitiativeMutation = graphql(`
  mutation AddInitiativeMutation($goalId: ID!, $version: Int!, $input: InitiativeInput!) {
    addInitiative(goalId: $goalId, version: $version, input: $input) {
      id
    }
  }
`);

export const UpdateInitiativeMutation = graphql(`
  mutation UpdateInitiativeMutation($id: ID!, $version: Int!, $input: InitiativeInput!) {
    updateInitiative(id: $id, version: $version, input: $input) {
      id
    }
  }
`);

export const SetStrategySectorsMutation = graphql(`
  mutation SetStrategySectorsMutation(
    $strategyId: ID!
    $version: Int!
    $sectorCodes: [String!]!
    $rationales: [SectorRationaleInput!]
  ) {
    setStrategySectors(strategyId: $strategyId, version: $version, sectorCodes: $sectorCodes, rationales: $rationales) {
      id
      version
    }
  }
`);

export const SubmitStrategyMutation = graphql(`
  mutation SubmitStrategyMutation($id: ID!, $version: Int!) {
    submitStrategy(id: $id, version: $version) {
      id
      status
      version
      revision
    }
  }
`);

export const DeleteInitiativeMutation = graphql(`
  mutation DeleteInitiativeMutation($id: ID!, $version: Int!) {
    deleteInitiative(id: $id, version: $version) {
      id
      version
    }
  }
`);
