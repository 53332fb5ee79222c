import createClient from 'openapi-fetch';
import type { paths } from './schema';

// The spec's paths are relative to its server URL /api/v1; the API serves this SPA itself, so
// calls stay same-origin (CSP connect-src 'self'). The base is absolute because Request() outside a
// browser (Node's fetch under jsdom in tests) rejects relative URLs.
export const api = createClient<paths>({
  baseUrl: `${window.location.origin}/api/v1`,
  // Look fetch up per call rather than once at import, so tests and polyfills can replace it.
  fetch: (request) => globalThis.fetch(request),
});
