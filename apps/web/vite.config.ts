import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { colocateDocuments } from './build/colocateDocuments';
import { precompress } from './build/precompress';
import { splitTexts } from './build/splitTexts';
import { FIRST_PAGE_TEXTS } from './src/i18n/firstPage';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const rxjsDir = dirname(createRequire(import.meta.url).resolve('rxjs/package.json'));

// The server serves dist/index.html on `/` (SPA fallback) and dist/ide.html on
// `GET /graphql` for browsers, so assets use the absolute base `/`.
export default defineConfig({
  base: '/',
  plugins: [colocateDocuments(here('src/gql')), splitTexts(FIRST_PAGE_TEXTS), react(), precompress()],
  resolve: {
    // Read the domain package from source so the web app builds and type-checks
    // without a prior `packages/domain` build.
    alias: [
      { find: /^@tsifra\/domain\/(.*)$/, replacement: `${here('../../packages/domain/src')}/$1` },
      // rxjs (under Apollo Client) resolves to its ES5 build with tslib helpers by default; its ES2015 build is the
      // same code ~3 KB gzip smaller on the first page (issue 16). Every browser the app supports runs ES2022.
      { find: /^rxjs$/, replacement: join(rxjsDir, 'dist/esm/index.js') },
    ],
  },
  optimizeDeps: {
    // Its `?worker` imports must go through Vite's worker plugin, not the dependency optimizer.
    exclude: ['graphiql/setup-workers/vite', '@graphiql/react/setup-workers/vite'],
  },
  server: {
    proxy: {
      '/graphql': { target: 'http://127.0.0.1:4000', changeOrigin: false },
      '/health': { target: 'http://127.0.0.1:4000' },
      // Files only: the /opendata catalogue page itself is the app's route.
      '^/(opendata|documents)/.+': { target: 'http://127.0.0.1:4000' },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // scripts/bundle-budget.mjs reads the manifest to sum each page's initial JavaScript.
    manifest: true,
    rollupOptions: {
      input: {
        main: here('index.html'),
        ide: here('ide.html'),
      },
      onwarn(warning, warn) {
        // GraphiQL ships React-Compiler "use no memo" directives; dropping them when bundling is harmless.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  worker: { format: 'es' },
});
