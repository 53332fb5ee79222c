import { defineConfig } from 'vitest/config';

// The API runs on :8080 in development; the SPA calls it same-origin, as in production where the
// API serves dist/ itself: under /api, and its OIDC provider (discovery, /connect/*) with its
// sign-in page. For those the Host header passes unchanged, so the OIDC provider names the dev
// server as its origin and the browser stays here (the dev origin must be in Spa:Herkomsten).
const API = 'http://localhost:8080';
const oidc = { target: API, changeOrigin: false };
const apiProxy = { '/api': API, '/.well-known': oidc, '/connect': oidc, '/inloggen': oidc };

export default defineConfig({
  server: { proxy: apiProxy },
  preview: { proxy: apiProxy },
  build: {
    outDir: 'dist',
    // The production CSP has no 'unsafe-inline': keep every asset a separate file.
    assetsInlineLimit: 0,
    rolldownOptions: {
      // The API's own pages (sign-in, activation) take the product's look from one stylesheet with a fixed name.
      input: { index: 'index.html', serverpagina: 'src/serverpagina.css' },
      // The libraries change less often than the app: their own chunks stay cached across releases. React itself
      // (react-dom alone is a third of the libraries) is a chunk of its own, so no chunk passes the size warning.
      output: {
        assetFileNames: (asset) => (asset.names.includes('serverpagina.css') ? '[name][extname]' : 'assets/[name]-[hash][extname]'),
        codeSplitting: {
          groups: [
            { name: 'react', test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 2 },
            { name: 'bibliotheken', test: /[\\/]node_modules[\\/]/, priority: 1 },
          ],
        },
      },
      onwarn(warning, warn) {
        // Libraries mark modules "use client" for React Server Components; a plain SPA has none.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test/setup.ts'],
    // A limit per test is a hang detector, not a speed check. Vitest's 5 s default made the request-form test fail
    // on a busy 2-core machine: it fills a large form through ~40 DOM queries, and the first test of a file also pays
    // for the cold start (1.1-1.6 s when idle, 5.4 s with the cores busy).
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
