import { graphql } from '../../gql';

export const AddRemarkMutation = graphql(`
  mutation AddRemarkMutation($strategyId: ID!, $input: RemarkInput!) {
    addRemark(strategyId: $strategyId, input: $input) {
      id
      ...RemarkThread_remark
    }
  }
`);

export const ReplyToRemarkMutation = graphql(`
  mutation ReplyToRemarkMutation($remarkId: ID!, $body: String!) {
    replyToRemark(remarkId: $remarkId, body: $body) {
      id
    }
  }
`);

export const ResolveRemarkMutation = graphql(`
  mutation ResolveRemarkMutation($id: ID!) {
    resolveRemark(id: $id) {
      id
      status
      resolvedAt
    }
  }
`);

export const ReopenRemarkMutation = graphql(`
  mutation ReopenRemarkMutation($id: ID!) {
    reopenRemark(id: $id) {
      id
      status
      resolvedAt
    }
  }
`);
