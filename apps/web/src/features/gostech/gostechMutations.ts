import { graphql } from '../../gql';

export const CreateGostechPlanMutation = graphql(`
  mutation CreateGostechPlanMutation($regionCode: String!) {
    createGostechPlan(regionCode: $regionCode) {
      id
      version
    }
  }
`);

export const AddInformationSystemMutation = graphql(`
  mutation AddInformationSystemMutation($planId: ID!, $version: Int!, $input: InformationSystemInput!) {
    addInformationSystem(planId: $planId, version: $version, input: $input) {
      id
    }
  }
`);

export const UpdateInformationSystemMutation = graphql(`
  mutation UpdateInformationSystemMutation($id: ID!, $version: Int!, $input: InformationSystemInput!) {
    updateInformationSystem(id: $id, version: $version, input: $input) {
      id
    }
  }
`);

export const DeleteInformationSystemMutation = graphql(`
  mutation DeleteInformationSystemMutation($id: ID!, $version: Int!) {
    deleteInformationSystem(id: $id, version: $version) {
      id
      version
    }
  }
`);

export const ImportInformationSystemsMutation = graphql(`
  mutation ImportInformationSystemsMutation($planId: ID!, $version: Int!, $file: String!, $dryRun: Boolean!) {
    importInformationSystems(planId: $planId, version: $version, file: $file, dryRun: $dryRun) {
      dryRun
      applied
      rows
      created
      updated
      removed
      ms
      errors {
        row
        field
        column
        rule
        message
      }
    }
  }
`);

export const SubmitGostechPlanMutation = graphql(`
  mutation SubmitGostechPlanMutation($id: ID!, $version: Int!) {
    submitGostechPlan(id: $id, version: $version) {
      id
      status
      version
      revision
    }
  }
`);

export const RequestGostechPlanChangesMutation = graphql(`
  mutation RequestGostechPlanChangesMutation($id: ID!, $comment: String!) {
    requestGostechPlanChanges(id: $id, comment: $comment) {
      id
      status
      version
      reviewComment
    }
  }
`);

export const ApproveGostechPlanMutation = graphql(`
  mutation ApproveGostechPlanMutation($id: ID!) {
    approveGostechPlan(id: $id) {
      id
      status
      version
      contentVisible
    }
  }
`);

export const ExportGostechPlanQuery = graphql(`
  query ExportGostechPlanQuery($planId: ID!) {
    exportGostechPlan(planId: $planId)
  }
`);
