/**
 * Browser tests: Playwright (playwright-core) drives Debian's Chromium against the real production
 * server started as a child process on a fresh SQLite file. Runs after `turbo run build`.
 * @type {import('jest').Config}
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/e2e'],
  testMatch: ['**/*.e2e.ts'],
  transform: {
    '^.+\\.ts$': [
      'ts-jest',
      {
        tsconfig: {
          module: 'CommonJS',
          moduleResolution: 'node10',
          esModuleInterop: true,
          strict: true,
          isolatedModules: true,
        },
      },
    ],
  },
  testTimeout: 90000,
  // One demo-seeded database per run; every test's server starts on a copy (e2e/global-setup.ts).
  globalSetup: '<rootDir>/e2e/global-setup.ts',
  globalTeardown: '<rootDir>/e2e/global-teardown.ts',
  maxWorkers: 1,
};
