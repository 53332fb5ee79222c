import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FakeUserManager, testUser } from '../test/fakeUserManager';
import { beheerder, expertiseLijst } from '../test/fixtures';
import { jsonResponse, mockFetch, renderApp } from '../test/renderApp';

describe('StartPage', () => {
  it('tells a visitor who is not signed in what the product is, and offers sign-in and activation', async () => {
    const fetchMock = mockFetch(() => jsonResponse(expertiseLijst('2026-2027')));

    const { router, userManager } = renderApp('/');

    expect(await screen.findByRole('heading', { level: 1, name: 'Welkom bij PassendOnderwijs' })).toBeDefined();
    expect(router.state.location.pathname).toBe('/');
    expect(document.title).toBe('Welkom – PassendOnderwijs');
    const inhoud = screen.getByRole('main');
    expect(within(inhoud).getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Voor wie?',
      'Inloggen',
      'Zonder inloggen',
    ]);
    expect(inhoud.textContent).toContain('Scholen');
    expect(inhoud.textContent).toContain('Het samenwerkingsverband');
    expect(inhoud.textContent).toContain('De school nodigt u uit met een activeringscode.');
    // The activation page is the API's own page: a plain link that leaves the SPA.
    expect(within(inhoud).getByRole('link', { name: 'Activeer uw account' }).getAttribute('href')).toBe('/activeren');
    expect(within(inhoud).getByRole('link', { name: 'expertises' }).getAttribute('href')).toBe('/expertises');
    expect(fetchMock).not.toHaveBeenCalled();

    fireEvent.click(within(inhoud).getByRole('button', { name: 'Inloggen' }));

    await waitFor(() => expect(userManager.signinRedirect).toHaveBeenCalledOnce());
    expect(userManager.signinRedirect.mock.calls[0]?.[0]?.state).toEqual({ returnTo: '/', herhaling: false });
  });

  it('sends a signed-in beheerder on to their beheer overview, not to the welcome text', async () => {
    mockFetch(() => jsonResponse(beheerder()));

    const { router } = renderApp('/', new FakeUserManager(testUser()));

    await waitFor(() => expect(router.state.location.pathname).toBe('/beheer'));
    expect(screen.queryByRole('heading', { name: 'Welkom bij PassendOnderwijs' })).toBeNull();
  });
});
