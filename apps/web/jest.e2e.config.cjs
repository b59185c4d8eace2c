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
  maxWorkers: 1,
};
