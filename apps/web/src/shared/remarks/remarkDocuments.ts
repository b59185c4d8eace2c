import { graphql } from '../../gql';

/** A strategy's open remarks with their threads, for the editor (the review screen has its own paged documents). */
export const OpenRemarksQuery = graphql(`
  query OpenRemarksQuery($id: ID!) {
    strategy(id: $id) {
      id
      openRemarks
      remarks(status: OPEN) {
        id
        body
        severity
        status
        revision
        goalId
        indicatorId
        year
        targetPath
        createdAt
        author {
          id
          name
        }
        goal {
          id
          title
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
`);

export const RemarkPinReplyMutation = graphql(`
  mutation RemarkPinReplyMutation($remarkId: ID!, $body: String!) {
    replyToRemark(remarkId: $remarkId, body: $body) {
      id
    }
  }
`);

export const RemarkPinResolveMutation = graphql(`
  mutation RemarkPinResolveMutation($id: ID!) {
    resolveRemark(id: $id) {
      id
      status
    }
  }
`);

/** An indicator's name as the page already has it in Apollo's cache (remarks carry only the id). */
export const RemarkIndicatorName = graphql(`
  fragment RemarkIndicatorName on Indicator {
    id
    name
  }
`);
