// One lint config for the whole repository (flat config). It enforces the layering of docs/conventions.md
// and a small set of correctness rules; formatting is not its business.
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// Zone paths are resolved from here, not from the folder ESLint runs in (turbo runs it inside each package).
const REPO_ROOT = fileURLToPath(new URL('.', import.meta.url));

// Web features: each folder of apps/web/src/features is one feature (read here, so a new folder is covered).
const WEB_FEATURES = readdirSync(new URL('./apps/web/src/features', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

const GRAPHQL_AT_THE_EDGE = 'Services, db code and jobs do not import GraphQL (docs/conventions.md).';
const FRAMEWORKS = [
  'typeorm',
  'type-graphql',
  'graphql',
  'react',
  'react-dom',
  'express',
  'better-sqlite3',
  'pg',
  'dataloader',
];

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      '**/coverage/**',
      'apps/web/src/gql/**',
      '**/*.cjs',
      '**/bench/**',
      '**/reliability/**',
    ],
  },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      // Tests and GraphQL test helpers read loosely typed JSON.
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      eqeqeq: ['error', 'smart'],
      'no-console': ['error', { allow: ['error', 'warn'] }],
    },
  },
  {
    // The domain is pure TypeScript: no framework, no driver, no Node built-in (the web bundle uses it).
    files: ['packages/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [...FRAMEWORKS, ...FRAMEWORKS.map((f) => `${f}/*`), '@apollo/*', 'node:*'],
              message: 'packages/domain stays framework-free (docs/conventions.md).',
            },
            { group: ['@tsifra/*', '**/apps/**'], message: 'packages/domain imports nothing of the workspace.' },
          ],
        },
      ],
    },
  },
  {
    // The web app talks to the server only over GraphQL.
    files: ['apps/web/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/apps/server/**', '@tsifra/server', '@tsifra/server/*'],
              message: 'apps/web never imports the server.',
            },
          ],
        },
      ],
    },
  },
  {
    // Web layers (docs/conventions.md): no import circles; a feature imports only shared/, app/, gql/
    // and the domain — never another feature's files; shared/ imports no feature.
    files: ['apps/web/src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })],
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': [
        'error',
        {
          basePath: REPO_ROOT,
          zones: [
            ...WEB_FEATURES.map((feature) => ({
              target: `./apps/web/src/features/${feature}`,
              from: './apps/web/src/features',
              except: [`./${feature}`],
              message: `A feature imports only shared/, app/, gql/ and the domain: move what "${feature}" needs from another feature into apps/web/src/shared/.`,
            })),
            {
              target: './apps/web/src/shared',
              from: './apps/web/src/features',
              message: 'shared/ is below the features: it imports none of them.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['apps/server/**/*.ts', 'scripts/**/*.mjs'],
    languageOptions: { globals: globals.node },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/apps/web/**', '@tsifra/web', '@tsifra/web/*'],
              message: 'The server never imports the web app.',
            },
          ],
        },
      ],
    },
  },
  {
    // Import cycles are refused in the server: a cycle is a layering fault and, with decorators, a crash waiting
    // for the wrong load order (typeorm#6018).
    files: ['apps/server/src/**/*.ts'],
    ignores: ['**/__tests__/**', '**/*.test.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    // Services, persistence and jobs know nothing of GraphQL: transport stays at the edge (docs/conventions.md).
    // A service may name an input or object type's shape (a type-only import), never import its runtime.
    files: [
      'apps/server/src/**/*.service.ts',
      'apps/server/src/db/**/*.ts',
      'apps/server/src/**/*.jobs.ts',
      'apps/server/src/jobs/**/*.ts',
    ],
    ignores: ['**/__tests__/**', '**/*.test.ts'],
    rules: {
      'no-restricted-imports': 'off',
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'type-graphql', message: GRAPHQL_AT_THE_EDGE },
            { name: 'graphql', message: GRAPHQL_AT_THE_EDGE },
          ],
          patterns: [
            { group: ['**/graphql/**', '../graphql', './graphql', '**/*.resolver'], message: GRAPHQL_AT_THE_EDGE },
            { group: ['**/*.type', '**/*.inputs'], allowTypeImports: true, message: GRAPHQL_AT_THE_EDGE },
            {
              group: ['**/apps/web/**', '@tsifra/web', '@tsifra/web/*'],
              message: 'The server never imports the web app.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.test.ts', '**/*.test.tsx', '**/__tests__/**', '**/e2e/**', '**/testing/**'],
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
  },
);
