import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FakeUserManager, testUser } from '../test/fakeUserManager';
import { beheerder, expertiseLijst } from '../test/fixtures';
import { jsonResponse, mockFetch, renderApp } from '../test/renderApp';

function apiMetBeheerder() {
  return mockFetch((url) =>
    url.pathname === '/api/v1/ik' ? jsonResponse(beheerder()) : jsonResponse(expertiseLijst('2026-2027')),
  );
}

describe('header sign-in corner', () => {
  it('offers "Inloggen" when signed out, which signs in and comes back to this page', async () => {
    apiMetBeheerder();
    const { userManager } = renderApp('/expertises?leerjaar=2026-2027');
    const header = screen.getByRole('banner');

    fireEvent.click(await within(header).findByRole('button', { name: 'Inloggen' }));

    expect(userManager.signinRedirect).toHaveBeenCalledOnce();
    expect(userManager.signinRedirect).toHaveBeenCalledWith({
      state: { returnTo: '/expertises?leerjaar=2026-2027', herhaling: false },
      redirectMethod: 'assign',
    });
    // On its way to the OIDC provider: no second click possible.
    expect(within(header).queryByRole('button', { name: /^(Inloggen|Uitloggen)$/ })).toBeNull();
    expect(within(header).queryByText('Uitloggen')).toBeNull();
  });

  it("shows the user's naam from /api/v1/ik and \"Uitloggen\" when signed in", async () => {
    const fetchMock = apiMetBeheerder();
    const { userManager } = renderApp('/expertises', new FakeUserManager(testUser('token-1')));
    const header = screen.getByRole('banner');

    const uitloggen = await within(header).findByRole('button', { name: 'Uitloggen' });
    expect(header.textContent).toContain('Ingelogd als Bea Beheerder');
    expect(within(header).queryByRole('button', { name: 'Inloggen' })).toBeNull();
    const ikVraag = fetchMock.mock.calls.map(([request]) => request).find((r) => r.url.endsWith('/api/v1/ik'));
    expect(ikVraag?.headers.get('Authorization')).toBe('Bearer token-1');

    fireEvent.click(uitloggen);

    expect(userManager.signoutRedirect).toHaveBeenCalledOnce();
    expect(userManager.signinRedirect).not.toHaveBeenCalled();
  });

  it('offers neither button while it does not yet know who is signed in', async () => {
    mockFetch(() => new Promise<Response>(() => {}));
    renderApp('/expertises', new FakeUserManager(testUser()));
    const header = screen.getByRole('banner');

    await screen.findByRole('heading', { level: 1, name: 'Expertises' });

    expect(within(header).queryByRole('button', { name: /^(Inloggen|Uitloggen)$/ })).toBeNull();
  });
});
