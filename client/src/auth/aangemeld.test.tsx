import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FakeUserManager, testUser } from '../test/fakeUserManager';
import { beheerder, expertiseLijst } from '../test/fixtures';
import { jsonResponse, mockFetch, renderApp } from '../test/renderApp';

/** A UserManager whose callback succeeds, as after a real round trip with `returnTo` in the state. */
function terugVanInloggen(returnTo: string) {
  const userManager = new FakeUserManager();
  userManager.signinRedirectCallback.mockImplementation(async () => {
    userManager.user = testUser('token-na-inloggen', { returnTo, herhaling: false });
    return userManager.user;
  });
  return userManager;
}

describe('/aangemeld (the OIDC callback)', () => {
  it('completes the sign-in and replaces the callback URL with the remembered route', async () => {
    const fetchMock = mockFetch(() => jsonResponse(beheerder()));
    const userManager = terugVanInloggen('/ik?tab=rollen');

    const { router } = renderApp('/aangemeld?code=de-code&state=de-state', userManager);

    expect(await screen.findByRole('heading', { level: 1, name: 'Mijn gegevens' })).toBeDefined();
    expect(userManager.signinRedirectCallback).toHaveBeenCalledOnce();
    expect(userManager.signinRedirectCallback).toHaveBeenCalledWith(
      'http://localhost:3000/aangemeld?code=de-code&state=de-state',
    );
    expect(router.state.location.pathname).toBe('/ik');
    expect(router.state.location.search).toBe('?tab=rollen');
    // Replaced, not pushed: Back must not lead to the spent code.
    expect(router.state.historyAction).toBe('REPLACE');
    expect(fetchMock.mock.calls[0]?.[0].headers.get('Authorization')).toBe('Bearer token-na-inloggen');
    expect(userManager.signinRedirect).not.toHaveBeenCalled();
  });

  it('goes to the start page when the state names no route', async () => {
    mockFetch((url) =>
      url.pathname === '/api/v1/ik' ? jsonResponse(beheerder()) : jsonResponse(expertiseLijst('2026-2027')),
    );
    const userManager = new FakeUserManager();
    userManager.signinRedirectCallback.mockImplementation(async () => (userManager.user = testUser()));

    const { router } = renderApp('/aangemeld?code=c&state=s', userManager);

    await screen.findByRole('button', { name: 'Uitloggen' });
    // The start page of the swv-beheerder.
    await waitFor(() => expect(router.state.location.pathname).toBe('/beheer'));
  });

  it('says in Dutch when the sign-in cannot be completed, and lets the user try again', async () => {
    const fetchMock = mockFetch(() => jsonResponse(beheerder()));
    const userManager = new FakeUserManager(); // its callback fails: "No state in response"

    const { router } = renderApp('/aangemeld', userManager);

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Inloggen is niet gelukt.');
    expect(alert.textContent).toContain('Het inloggen kon niet worden afgerond.');
    expect(router.state.location.pathname).toBe('/aangemeld');
    expect(fetchMock).not.toHaveBeenCalled();
    expect(userManager.signinRedirect).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('button', { name: 'Opnieuw inloggen' }));

    await waitFor(() => expect(userManager.signinRedirect).toHaveBeenCalledOnce());
    expect(userManager.signinRedirect.mock.calls[0]?.[0]?.state).toEqual({ returnTo: '/', herhaling: false });
  });
});
