import { defineConfig } from 'vitest/config';

// The API runs on :8080 in development; the SPA calls it same-origin under /api, as in production
// where the API serves dist/ itself.
const apiProxy = { '/api': 'http://localhost:8080' };

export default defineConfig({
  server: { proxy: apiProxy },
  preview: { proxy: apiProxy },
  build: {
    outDir: 'dist',
    // The production CSP has no 'unsafe-inline': keep every asset a separate file.
    assetsInlineLimit: 0,
    rolldownOptions: {
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
  },
});
