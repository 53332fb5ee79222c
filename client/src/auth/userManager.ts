import { InMemoryWebStorage, UserManager, WebStorageStateStore, type UserManagerSettings } from 'oidc-client-ts';

/** Where the OIDC provider sends the browser back with ?code=…&state=… after signing in. */
export const AANGEMELD_PAD = '/aangemeld';

/**
 * The SPA's settings for the API's own OIDC provider (same origin). The SPA is a public client:
 * authorization code flow with PKCE (S256, oidc-client-ts' only method), no client secret.
 */
export function userManagerSettings(origin: string): UserManagerSettings {
  return {
    authority: origin,
    client_id: 'passendonderwijs-spa',
    redirect_uri: `${origin}${AANGEMELD_PAD}`,
    post_logout_redirect_uri: `${origin}/`,
    response_type: 'code',
    scope: 'openid profile roles',
    // Tokens live in memory only, out of reach of anything that reads web storage; a reload loses
    // them, and a protected page then signs in again, which the server's session cookie makes quick.
    userStore: new WebStorageStateStore({ store: new InMemoryWebStorage() }),
    // The PKCE verifier, nonce and our returnTo must survive the round trip through the OIDC
    // provider, a full page load, so they go to sessionStorage (this tab only, not localStorage).
    // It holds no tokens, and the entry is removed when the callback uses it.
    stateStore: new WebStorageStateStore({ store: window.sessionStorage }),
    // Silent renew and session monitoring load the OIDC provider in a hidden iframe, and our pages
    // refuse to be framed (frame-ancestors 'none'). Without refresh tokens, an expired token means
    // a new top-level redirect, which the server's session cookie makes quick.
    automaticSilentRenew: false,
    monitorSession: false,
    // GET /api/v1/ik tells the SPA who the user is; the userinfo endpoint would add nothing.
    loadUserInfo: false,
  };
}

export function createUserManager(origin: string): UserManager {
  return new UserManager(userManagerSettings(origin));
}
