import { OidcClient } from 'oidc-client-ts';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { maakAanmeldState } from './aanmeldState';
import { createUserManager, userManagerSettings } from './userManager';

// The real oidc-client-ts against a fake OIDC provider behind fetch: the settings must give a
// PKCE code flow for our client, and tokens that never reach web storage.
const ORIGIN = window.location.origin;

function base64url(bytes: Uint8Array | string): string {
  const binary = typeof bytes === 'string' ? bytes : String.fromCharCode(...bytes);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function idToken(): string {
  const now = Math.floor(Date.now() / 1000);
  const header = base64url(JSON.stringify({ alg: 'RS256', typ: 'JWT' }));
  const payload = base64url(
    JSON.stringify({ iss: `${ORIGIN}/`, sub: 'gebruiker-1', aud: 'passendonderwijs-spa', iat: now, exp: now + 300 }),
  );
  return `${header}.${payload}.handtekening`;
}

function json(body: unknown): Response {
  return new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
}

/** A fake OIDC provider on this origin; returns the token requests it received. */
function fakeProvider() {
  const tokenVragen: URLSearchParams[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = new URL(input instanceof Request ? input.url : input.toString());
      if (url.pathname === '/.well-known/openid-configuration') {
        return json({
          issuer: `${ORIGIN}/`,
          authorization_endpoint: `${ORIGIN}/connect/authorize`,
          token_endpoint: `${ORIGIN}/connect/token`,
          end_session_endpoint: `${ORIGIN}/connect/endsession`,
          jwks_uri: `${ORIGIN}/.well-known/jwks`,
          response_types_supported: ['code'],
          code_challenge_methods_supported: ['S256'],
        });
      }
      if (url.pathname === '/connect/token' && init?.method === 'POST') {
        tokenVragen.push(new URLSearchParams(String(init.body)));
        return json({
          access_token: 'het-access-token',
          token_type: 'Bearer',
          expires_in: 3600,
          id_token: idToken(),
          scope: 'openid profile roles',
        });
      }
      return new Response('niet gevonden', { status: 404 });
    }),
  );
  return tokenVragen;
}

afterEach(() => {
  window.sessionStorage.clear();
  window.localStorage.clear();
});

describe('the UserManager settings', () => {
  it('are for the public SPA client, with nothing that needs an iframe or userinfo', () => {
    const { settings } = createUserManager(ORIGIN);

    expect(settings.authority).toBe(ORIGIN);
    expect(settings.client_id).toBe('passendonderwijs-spa');
    expect(settings.client_secret).toBeUndefined();
    expect(settings.redirect_uri).toBe(`${ORIGIN}/aangemeld`);
    expect(settings.post_logout_redirect_uri).toBe(`${ORIGIN}/`);
    expect(settings.response_type).toBe('code');
    expect(settings.scope).toBe('openid profile roles');
    expect(settings.disablePKCE).toBe(false);
    expect(settings.automaticSilentRenew).toBe(false);
    expect(settings.monitorSession).toBe(false);
    expect(settings.loadUserInfo).toBe(false);
  });

  it('complete a PKCE round trip and keep the tokens in memory only', async () => {
    const tokenVragen = fakeProvider();

    // What signinRedirect sends the browser to (it uses the same OidcClient step before navigating).
    const verzoek = await new OidcClient(userManagerSettings(ORIGIN)).createSigninRequest({
      state: maakAanmeldState('/ik'),
    });
    const authorize = new URL(verzoek.url);
    expect(`${authorize.origin}${authorize.pathname}`).toBe(`${ORIGIN}/connect/authorize`);
    expect(Object.fromEntries(authorize.searchParams)).toMatchObject({
      client_id: 'passendonderwijs-spa',
      redirect_uri: `${ORIGIN}/aangemeld`,
      response_type: 'code',
      scope: 'openid profile roles',
      code_challenge_method: 'S256',
    });
    const state = authorize.searchParams.get('state') ?? '';
    // Only the round-trip state (with the PKCE verifier) is in sessionStorage, and nothing else.
    expect(window.localStorage.length).toBe(0);
    expect(window.sessionStorage.length).toBe(1);
    const bewaard = JSON.parse(window.sessionStorage.getItem(`oidc.${state}`) ?? '{}') as { code_verifier?: string };
    const verifier = bewaard.code_verifier ?? '';
    const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
    expect(authorize.searchParams.get('code_challenge')).toBe(base64url(hash));

    // The OIDC provider sends the browser back to /aangemeld.
    const userManager = createUserManager(ORIGIN);
    const user = await userManager.signinRedirectCallback(`${ORIGIN}/aangemeld?code=de-code&state=${state}`);

    expect(user.access_token).toBe('het-access-token');
    expect(user.state).toEqual({ returnTo: '/ik', herhaling: false });
    expect(tokenVragen).toHaveLength(1);
    expect(Object.fromEntries(tokenVragen[0] ?? [])).toMatchObject({
      grant_type: 'authorization_code',
      code: 'de-code',
      code_verifier: verifier,
      redirect_uri: `${ORIGIN}/aangemeld`,
      client_id: 'passendonderwijs-spa',
    });
    expect(tokenVragen[0]?.has('client_secret')).toBe(false);
    expect((await userManager.getUser())?.access_token).toBe('het-access-token');
    // No token in web storage, and the spent state is gone.
    expect(window.sessionStorage.length).toBe(0);
    expect(window.localStorage.length).toBe(0);
    // A reload starts without a user.
    expect(await createUserManager(ORIGIN).getUser()).toBeNull();
  });
});
