import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { AanmeldFout } from '../auth/AanmeldFout';
import { Aanmelder, type AanmeldRouter } from '../auth/Aanmelder';
import { FakeUserManager, testUser } from '../test/fakeUserManager';
import { beheerder, expertiseLijst, nietAangemeld } from '../test/fixtures';
import { jsonResponse, mockFetch } from '../test/renderApp';
import { api, koppelTokenBron } from './client';

/** An Aanmelder on `route` whose token the API client uses, as main.tsx wires them. */
function gekoppeld(userManager: FakeUserManager, route = '/ik?tab=rollen') {
  const url = new URL(route, window.location.origin);
  const router: AanmeldRouter = {
    state: { location: { pathname: url.pathname, search: url.search, hash: url.hash } },
    navigate: vi.fn(async () => {}),
  };
  const aanmelder = new Aanmelder(userManager, router);
  onTestFinished(koppelTokenBron(aanmelder));
  return aanmelder;
}

/** The API: GET /ik answers `ik`, every other path `overig`. */
function mockApi(ik: () => Response, overig: () => Response = () => jsonResponse(expertiseLijst('2026-2027'))) {
  return mockFetch((url) => (url.pathname === '/api/v1/ik' ? ik() : overig()));
}

const geweigerd = () => jsonResponse(nietAangemeld(), 401, 'application/problem+json');

describe('API client and sign-in', () => {
  it('sends the access token as a bearer token when signed in', async () => {
    const fetchMock = mockApi(() => jsonResponse(beheerder()));
    gekoppeld(new FakeUserManager(testUser('token-1')));

    await api.GET('/expertises');

    expect(fetchMock.mock.calls[0]?.[0].headers.get('Authorization')).toBe('Bearer token-1');
  });

  it('sends no Authorization header when signed out, and a 401 then changes nothing', async () => {
    const fetchMock = mockApi(geweigerd, geweigerd);
    const userManager = new FakeUserManager();
    gekoppeld(userManager);

    const { response } = await api.GET('/ik');

    expect(response.status).toBe(401);
    expect(fetchMock.mock.calls[0]?.[0].headers.has('Authorization')).toBe(false);
    expect(userManager.removeUser).not.toHaveBeenCalled();
    expect(userManager.signinRedirect).not.toHaveBeenCalled();
  });

  it('drops a token the API stops accepting and signs in again, back to the same route', async () => {
    mockApi(() => jsonResponse(beheerder()), geweigerd);
    const userManager = new FakeUserManager(testUser('token-1'));
    const aanmelder = gekoppeld(userManager);
    await aanmelder.start(); // GET /ik accepts token-1
    expect(aanmelder.getSnapshot().status).toBe('aangemeld');

    const { response } = await api.GET('/expertises');

    expect(response.status).toBe(401);
    expect(userManager.user).toBeNull();
    expect(await aanmelder.accessToken()).toBeUndefined();
    expect(aanmelder.getSnapshot()).toEqual({ status: 'bezig' });
    expect(userManager.signinRedirect).toHaveBeenCalledOnce();
    expect(userManager.signinRedirect).toHaveBeenCalledWith({
      state: { returnTo: '/ik?tab=rollen', herhaling: false },
      redirectMethod: 'replace',
    });
  });

  it('marks the new sign-in as a retry when the API refused a token it never accepted', async () => {
    mockApi(geweigerd);
    const userManager = new FakeUserManager(testUser('token-1', { returnTo: '/ik', herhaling: false }));
    const aanmelder = gekoppeld(userManager);

    await aanmelder.start();

    expect(userManager.user).toBeNull();
    expect(userManager.signinRedirect).toHaveBeenCalledOnce();
    expect(userManager.signinRedirect.mock.calls[0]?.[0]?.state).toEqual({
      returnTo: '/ik?tab=rollen',
      herhaling: true,
    });
    expect(aanmelder.getSnapshot()).toEqual({ status: 'bezig' });
  });

  it('stops, instead of looping through the OIDC provider, when the retry token is refused too', async () => {
    mockApi(geweigerd);
    const userManager = new FakeUserManager(testUser('token-2', { returnTo: '/ik', herhaling: true }));
    const aanmelder = gekoppeld(userManager);

    await aanmelder.start();

    expect(userManager.user).toBeNull();
    expect(userManager.signinRedirect).not.toHaveBeenCalled();
    const aanmelding = aanmelder.getSnapshot();
    expect(aanmelding.status).toBe('afgemeld');
    expect(aanmelding.status === 'afgemeld' && aanmelding.fout).toBeInstanceOf(AanmeldFout);
  });

  it('ignores a 401 for a token that has since been replaced', async () => {
    const userManager = new FakeUserManager(testUser('token-oud'));
    const aanmelder = gekoppeld(userManager);
    // The answer arrives after a new sign-in replaced the token the request carried.
    mockApi(geweigerd, () => {
      userManager.user = testUser('token-nieuw');
      return geweigerd();
    });

    await api.GET('/expertises');

    expect(userManager.removeUser).not.toHaveBeenCalled();
    expect(userManager.signinRedirect).not.toHaveBeenCalled();
    expect(await aanmelder.accessToken()).toBe('token-nieuw');
  });
});
