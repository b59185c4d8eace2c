/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src'],
  testMatch: ['**/__tests__/**/*.test.ts'],
  // ts-jest (not an esbuild runner) so decorator metadata is emitted for type-graphql and TypeORM.
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json', diagnostics: { warnOnly: false } }] },
  // Tests read the domain package from source, so they do not depend on its build.
  moduleNameMapper: { '^@tsifra/domain/(.*)$': '<rootDir>/../../packages/domain/src/$1' },
  testTimeout: 60000,
};
