import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './schema';

// The spec's paths are relative to its server URL /api/v1; the API serves this SPA itself, so
// calls stay same-origin (CSP connect-src 'self'). The base is absolute because Request() outside a
// browser (Node's fetch under jsdom in tests) rejects relative URLs.
// The SPA reads JSON (and problem+json); files come as blobs (parseAs). Naming that here keeps a second
// representation of a list (the aanbieders as application/x-ndjson, for LAS systems) out of the response types.
export const api = createClient<paths, `${string}/json` | `${string}/${string}+json`>({
  baseUrl: `${window.location.origin}/api/v1`,
  // Look fetch up per call rather than once at import, so tests and polyfills can replace it.
  fetch: (request) => globalThis.fetch(request),
});

/** Where the API client gets its access token, and whom it tells when the API refuses one. */
export interface TokenBron {
  /** The signed-in user's access token; undefined when nobody is signed in. */
  accessToken(): Promise<string | undefined>;
  /** The API answered 401 to a request that carried `token`. */
  tokenGeweigerd(token: string): Promise<void>;
}

const BEARER = 'Bearer ';

/** Sends the access token as `Authorization: Bearer …` and reports a 401 on it. */
export function bearerToken(bron: TokenBron): Middleware {
  return {
    async onRequest({ request }) {
      const token = await bron.accessToken();
      if (token === undefined) return undefined;
      request.headers.set('Authorization', `${BEARER}${token}`);
      return request;
    },
    async onResponse({ request, response }) {
      const authorization = request.headers.get('Authorization');
      // Awaited, so the sign-in has reacted before the caller sees the 401.
      if (response.status === 401 && authorization?.startsWith(BEARER)) {
        await bron.tokenGeweigerd(authorization.slice(BEARER.length));
      }
      return undefined;
    },
  };
}

/** Lets every API call carry the token of `bron`; returns how to undo that. */
export function koppelTokenBron(bron: TokenBron): () => void {
  const middleware = bearerToken(bron);
  api.use(middleware);
  return () => api.eject(middleware);
}
