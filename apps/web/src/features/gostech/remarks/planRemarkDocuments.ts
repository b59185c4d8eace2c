import { graphql } from '../../../gql';

/** The plan's remarks with their threads, and the open counts shown at the top of the section. */
export const GostechPlanRemarksQuery = graphql(`
  query GostechPlanRemarksQuery($code: String!) {
    region(code: $code) {
      id
      gostechPlan {
        id
        openRemarks
        openBlockers
        remarks {
          id
          body
          severity
          status
          revision
          createdAt
          author {
            id
            name
          }
          replies {
            id
            body
            createdAt
            author {
              id
              name
            }
          }
        }
      }
    }
  }
`);

export const AddGostechPlanRemarkMutation = graphql(`
  mutation AddGostechPlanRemarkMutation($planId: ID!, $input: GostechPlanRemarkInput!) {
    addGostechPlanRemark(planId: $planId, input: $input) {
      id
    }
  }
`);

export const ReplyToPlanRemarkMutation = graphql(`
  mutation ReplyToPlanRemarkMutation($remarkId: ID!, $body: String!) {
    replyToRemark(remarkId: $remarkId, body: $body) {
      id
    }
  }
`);

export const ResolvePlanRemarkMutation = graphql(`
  mutation ResolvePlanRemarkMutation($id: ID!) {
    resolveRemark(id: $id) {
      id
      status
    }
  }
`);

export const ReopenPlanRemarkMutation = graphql(`
  mutation ReopenPlanRemarkMutation($id: ID!) {
    reopenRemark(id: $id) {
      id
      status
    }
  }
`);
