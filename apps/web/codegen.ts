import type { CodegenConfig } from '@graphql-codegen/cli';

// Types for the operations in src/, from the server's committed printed schema.
// The output (src/gql/) is committed, so builds and tests need no server.
const config: CodegenConfig = {
  schema: '../server/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: false,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: {
        fragmentMasking: { unmaskFunctionName: 'useFragment' },
        gqlTagName: 'graphql',
      },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
      },
    },
  },
};

export default config;
