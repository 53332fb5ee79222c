import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FakeUserManager, testUser } from '../test/fakeUserManager';
import { beheerder, nietAangemeld, platformBeheerder } from '../test/fixtures';
import { jsonResponse, mockFetch, renderApp } from '../test/renderApp';

describe('IkPage (Mijn gegevens)', () => {
  it('signs in first when nobody is signed in, replacing this history entry', async () => {
    const fetchMock = mockFetch(() => jsonResponse(beheerder()));

    const { userManager } = renderApp('/ik?tab=rollen');

    expect((await screen.findByRole('status')).textContent).toBe('Bezig met inloggen…');
    await waitFor(() => expect(userManager.signinRedirect).toHaveBeenCalledOnce());
    expect(userManager.signinRedirect).toHaveBeenCalledWith({
      state: { returnTo: '/ik?tab=rollen', herhaling: false },
      redirectMethod: 'replace',
    });
    expect(screen.queryByRole('heading', { name: 'Mijn gegevens' })).toBeNull();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('shows naam, samenwerkingsverband and the roles by their Dutch names', async () => {
    mockFetch(() =>
      jsonResponse({ ...beheerder(), rollen: ['swv-beheerder', 'swv-medewerker', 'school-medewerker', 'expert'] }),
    );

    const { userManager } = renderApp('/ik', new FakeUserManager(testUser()));

    expect(await screen.findByRole('heading', { level: 1, name: 'Mijn gegevens' })).toBeDefined();
    const gegevens = screen.getByRole('main');
    const waarde = (term: string) => within(gegevens).getByText(term).nextElementSibling?.textContent;
    expect(waarde('Naam')).toBe('Bea Beheerder');
    expect(waarde('E-mailadres')).toBe('bea@swv.example');
    // The samenwerkingsverband by its name; the code only in brackets.
    expect(waarde('Samenwerkingsverband')).toBe('Passend Onderwijs Utrecht (PO2705)');
    expect(within(gegevens).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Beheerder samenwerkingsverband',
      'Medewerker samenwerkingsverband',
      "Medewerker school (IB'er/KC)",
      'Expert',
    ]);
    expect(document.title).toBe('Mijn gegevens – PassendOnderwijs');
    expect(userManager.signinRedirect).not.toHaveBeenCalled();
  });

  it("names a school-medewerker's schools, and a vestiging the SWV has not registered by its code", async () => {
    mockFetch(() =>
      jsonResponse({
        ...beheerder(),
        rollen: ['school-medewerker'],
        vestigingen: ['12AB00', '99ZZ00'],
        scholen: [
          { vestiging: '12AB00', naam: 'Basisschool De Regenboog' },
          { vestiging: '99ZZ00', naam: null },
        ],
      }),
    );

    renderApp('/ik', new FakeUserManager(testUser()));

    await screen.findByRole('heading', { level: 1, name: 'Mijn gegevens' });
    const gegevens = screen.getByRole('main');
    const waarde = (term: string) => within(gegevens).getByText(term).nextElementSibling?.textContent;
    expect(waarde('Rol')).toBe("Medewerker school (IB'er/KC)");
    expect(within(gegevens).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Basisschool De Regenboog',
      'Vestiging 99ZZ00 (nog niet geregistreerd bij het samenwerkingsverband)',
    ]);
    expect(within(gegevens).queryByText('Betrokken bij')).toBeNull();
  });

  it('tells an expert for how many pupils they are betrokken, with a link to them', async () => {
    mockFetch(() => jsonResponse({ ...beheerder(), rollen: ['expert'], leerlingenBetrokken: 2 }));

    renderApp('/ik', new FakeUserManager(testUser()));

    await screen.findByRole('heading', { level: 1, name: 'Mijn gegevens' });
    const gegevens = screen.getByRole('main');
    expect(within(gegevens).getByText('Betrokken bij').nextElementSibling?.textContent).toBe('2 leerlingen');
    expect(within(gegevens).getByRole('link', { name: '2 leerlingen' }).getAttribute('href')).toBe('/leerlingen');
    expect(within(gegevens).queryByText('School')).toBeNull();
  });

  it('shows the platform-beheerder without a samenwerkingsverband', async () => {
    mockFetch(() => jsonResponse(platformBeheerder()));

    renderApp('/ik', new FakeUserManager(testUser()));

    await screen.findByRole('heading', { level: 1, name: 'Mijn gegevens' });
    const gegevens = screen.getByRole('main');
    expect(within(gegevens).getByText('Samenwerkingsverband').nextElementSibling?.textContent).toBe('Geen');
    expect(within(gegevens).getByText('Rol').nextElementSibling?.textContent).toBe('Beheerder platform');
  });

  it('shows the API problem, and does not loop through the sign-in, when /api/v1/ik fails', async () => {
    mockFetch(() =>
      jsonResponse(
        {
          type: 'about:blank',
          title: 'Internal Server Error',
          status: 500,
          detail: 'Er ging iets mis aan onze kant. Geef de traceId door aan de beheerder.',
          instance: '/api/v1/ik',
          traceId: 't-1',
        },
        500,
        'application/problem+json',
      ),
    );

    const { userManager } = renderApp('/ik', new FakeUserManager(testUser()));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Uw gegevens konden niet worden opgehaald.');
    // The API's Dutch detail, not the English status phrase that is the title of a plain HTTP failure.
    expect(alert.textContent).toContain('Er ging iets mis aan onze kant.');
    expect(alert.textContent).not.toContain('Internal Server Error');
    expect(userManager.removeUser).toHaveBeenCalled();
    expect(userManager.signinRedirect).not.toHaveBeenCalled();
    expect(within(screen.getByRole('banner')).getByRole('button', { name: 'Inloggen' })).toBeDefined();

    fireEvent.click(screen.getByRole('button', { name: 'Opnieuw inloggen' }));

    await waitFor(() => expect(userManager.signinRedirect).toHaveBeenCalledOnce());
    expect(userManager.signinRedirect.mock.calls[0]?.[0]?.state).toEqual({ returnTo: '/ik', herhaling: false });
  });

  it('signs in again, once, when the API refuses the token', async () => {
    mockFetch(() => jsonResponse(nietAangemeld(), 401, 'application/problem+json'));

    const { userManager } = renderApp('/ik', new FakeUserManager(testUser()));

    await waitFor(() => expect(userManager.signinRedirect).toHaveBeenCalled());
    // Give RequireAanmelding the chance to start a second redirect: it must join the first.
    expect((await screen.findByRole('status')).textContent).toBe('Bezig met inloggen…');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(userManager.signinRedirect).toHaveBeenCalledOnce();
    expect(userManager.signinRedirect.mock.calls[0]?.[0]).toEqual({
      state: { returnTo: '/ik', herhaling: true },
      redirectMethod: 'replace',
    });
    expect(userManager.user).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
