/**
 * Component tests: jsdom + ts-jest (transpile only; `pnpm typecheck` checks types).
 * @type {import('jest').Config}
 */
export default {
  testEnvironment: 'jsdom',
  roots: ['<rootDir>/src'],
  testMatch: ['**/__tests__/**/*.test.{ts,tsx}'],
  setupFiles: ['<rootDir>/src/test/polyfills.cjs'],
  setupFilesAfterEnv: ['<rootDir>/src/test/setup.ts'],
  transform: {
    '^.+\\.tsx?$': [
      'ts-jest',
      {
        tsconfig: {
          jsx: 'react-jsx',
          module: 'CommonJS',
          moduleResolution: 'node10',
          esModuleInterop: true,
          resolveJsonModule: true,
          isolatedModules: true,
          verbatimModuleSyntax: false,
          strict: true,
        },
      },
    ],
  },
  moduleNameMapper: {
    // Tests read the domain package from source: no build of packages/domain needed.
    '^@tsifra/domain/(.*)$': '<rootDir>/../../packages/domain/src/$1',
    // A part of a language file (build/splitTexts.ts): tests keep the whole file in memory.
    '^(.*\\.json)\\?texts=(first|rest)$': '$1',
    '\\.(css|svg|png)$': '<rootDir>/src/test/styleStub.cjs',
  },
};
