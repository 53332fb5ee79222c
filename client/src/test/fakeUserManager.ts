import { User, type SigninRedirectArgs } from 'oidc-client-ts';
import { vi } from 'vitest';
import type { AanmeldClient } from '../auth/Aanmelder';
import type { AanmeldState } from '../auth/aanmeldState';

/**
 * Stands in for oidc-client-ts' UserManager: keeps the user in a field, as the real one keeps it
 * in memory, and records the redirects instead of leaving the page. Like the real redirects, they
 * never settle: the browser would be on its way to the OIDC provider.
 */
export class FakeUserManager implements AanmeldClient {
  user: User | null;

  constructor(user: User | null = null) {
    this.user = user;
  }

  getUser = vi.fn(async () => this.user);
  removeUser = vi.fn(async () => {
    this.user = null;
  });
  signinRedirect = vi.fn((_args?: SigninRedirectArgs) => new Promise<void>(() => {}));
  signinRedirectCallback = vi.fn(async (_url?: string): Promise<User> => {
    throw new Error('No state in response');
  });
  signoutRedirect = vi.fn(() => {
    this.user = null;
    return new Promise<void>(() => {});
  });
}

/** A signed-in user as the callback leaves it, with the state the sign-in sent along. */
export function testUser(accessToken = 'token-1', state?: AanmeldState): User {
  return new User({
    access_token: accessToken,
    token_type: 'Bearer',
    scope: 'openid profile roles',
    profile: { sub: 'gebruiker-1', iss: 'http://localhost:3000', aud: 'passendonderwijs-spa', exp: 0, iat: 0 },
    expires_at: Math.floor(Date.now() / 1000) + 3600,
    userState: state,
  });
}
