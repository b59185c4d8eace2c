/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src'],
  testMatch: ['**/__tests__/**/*.test.ts'],
  // ts-jest (not an esbuild runner) so decorator metadata is emitted for type-graphql and TypeORM.
  // Transpile only: `pnpm typecheck` type-checks; this keeps each test file fast on a 2-core machine.
  // @tsifra/domain is used from its build, as in production (turbo builds it before tests).
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json', diagnostics: { ignoreCodes: [151002] } }],
  },
  testTimeout: 60000,
  // One demo-seeded database per run, copied for each test server (src/testing/seed-template.ts).
  globalSetup: '<rootDir>/src/testing/jest-global-setup.ts',
  globalTeardown: '<rootDir>/src/testing/jest-global-teardown.ts',
};
