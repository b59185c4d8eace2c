import { graphql } from '../../gql';

/** The frozen content of a revision, as the review screen shows it. */
export const ReviewContent_revision = graphql(`
  fragment ReviewContent_revision on StrategyRevision {
    id
    number
    content {
      sectors {
        code
        name
        nameEn
        rationale
      }
      goals {
        id
        parentId
        sectorCode
        horizon
        title
        description
        position
        indicators {
          id
          name
          unit
          direction
          baselineYear
          baselineValue
          responsible
          targets {
            year
            value
          }
        }
      }
    }
  }
`);

/** Everything that changed between two revisions. */
export const ReviewDiff_diff = graphql(`
  fragment ReviewDiff_diff on RevisionDiff {
    from
    to
    baseEdition
    changeCount
    sectorsAdded
    sectorsRemoved
    goalsAdded {
      goalId
      title
      horizon
      sectorCode
      parentId
    }
    goalsRemoved {
      goalId
      title
      horizon
      sectorCode
      parentId
    }
    goalsMoved {
      goalId
      title
      fromParentId
      toParentId
      fromSectorCode
      toSectorCode
    }
    goalsChanged {
      goalId
      title
      changes {
        field
        before
        after
      }
    }
    indicatorsAdded {
      goalId
      indicatorId
      name
    }
    indicatorsRemoved {
      goalId
      indicatorId
      name
    }
    indicatorsChanged {
      goalId
      beforeId
      afterId
      name
      changes {
        field
        before
        after
      }
    }
    valueChanges {
      goalId
      indicatorId
      indicatorName
      unit
      kind
      year
      before
      after
    }
    initiativesAdded {
      initiativeId
      title
    }
    initiativesRemoved {
      initiativeId
      title
    }
    initiativesChanged {
      initiativeId
      title
      changes {
        field
        before
        after
      }
    }
  }
`);

/** A remark with its thread, as the review screen lists it. */
export const RemarkThread_remark = graphql(`
  fragment RemarkThread_remark on Comment {
    id
    body
    severity
    status
    revision
    goalId
    indicatorId
    year
    createdAt
    resolvedAt
    author {
      id
      name
    }
    resolvedBy {
      id
      name
    }
    goal {
      id
      title
    }
    replies {
      ...RemarkThread_reply
    }
  }
`);

export const RemarkThread_reply = graphql(`
  fragment RemarkThread_reply on Comment {
    id
    cursor
    body
    createdAt
    author {
      id
      name
    }
  }
`);

/** A thread's replies after its first page (the server's default page, PAGE_SIZE), through comment(id). */
export const RemarkRepliesPageQuery = graphql(`
  query RemarkRepliesPageQuery($id: ID!, $after: String) {
    comment(id: $id) {
      id
      replies(after: $after) {
        ...RemarkThread_reply
      }
    }
  }
`);
