import { graphql } from '../../../gql';

export const RecordMszuStepsMutation = graphql(`
  mutation RecordMszuSteps($regionCode: String!, $steps: [MszuStepInput!]!) {
    recordMszuSteps(regionCode: $regionCode, steps: $steps) {
      id
      step
      on
    }
  }
`);

export const ImportMszuStatusesMutation = graphql(`
  mutation ImportMszuStatuses($regionCode: String!, $file: String!, $dryRun: Boolean!) {
    importMszuStatuses(regionCode: $regionCode, file: $file, dryRun: $dryRun) {
      dryRun
      rows
      changes
      errors {
        row
        column
        field
        rule
        message
      }
    }
  }
`);

export const ExportMszuStatusesQuery = graphql(`
  query ExportMszuStatuses($regionCode: String!) {
    exportMszuStatuses(regionCode: $regionCode)
  }
`);
