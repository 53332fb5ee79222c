import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { probleem, verzoekenNaar } from '../test/arrangementApi';
import { gebruiker, metKlembord, mockBeheerApi, zonderKlembord } from '../test/beheerApi';
import type { Gebruiker } from '../api/gebruikers';
import { FakeUserManager, testUser } from '../test/fakeUserManager';
import { jsonResponse, renderApp } from '../test/renderApp';

const aangemeld = () => new FakeUserManager(testUser());

const wachtend = gebruiker({
  id: 'g-2',
  naam: 'Wim Wachter',
  email: 'wim@swv.nl',
  rol: 'expert',
  vestigingen: [],
  status: 'wacht-op-activering',
  externeOrganisatie: { aanbiederCode: '202B001', naam: 'Klankkast Ambulante Dienst' },
});
const pim = gebruiker({
  id: 'g-3',
  naam: 'Pim Proces',
  email: 'pim@swv.nl',
  rol: 'swv-medewerker',
  vestigingen: [],
  functies: ['regionaal-procesbegeleider'],
});
const ikZelf = gebruiker({ id: 'gebruiker-1', naam: 'Bea Beheerder', email: 'bea@swv.nl', rol: 'swv-beheerder', vestigingen: [] });

function api(opties: { activatiecode?: () => Response; functies?: () => Response } = {}) {
  let lijst = [gebruiker(), wachtend, pim, ikZelf];
  return mockBeheerApi(async (url, request) => {
    if (url.pathname === '/api/v1/gebruikers' && request.method === 'GET') return jsonResponse({ gebruikers: lijst });
    if (url.pathname === '/api/v1/gebruikers' && request.method === 'POST') {
      const body = (await request.clone().json()) as { naam: string; email: string; rol: string; vestigingen: string[] };
      if (body.rol === null) {
        return probleem(
          {
            type: 'about:blank',
            title: 'De invoer klopt niet.',
            status: 400,
            traceId: 't',
            errors: [{ code: 'verplicht', detail: 'Kies een rol.', pointer: '#/rol' }],
          },
          400,
        );
      }
      const nieuw = gebruiker({ id: 'g-9', naam: body.naam, email: body.email, rol: 'school-medewerker', vestigingen: body.vestigingen, status: 'wacht-op-activering' });
      lijst = [...lijst, nieuw];
      return jsonResponse({ gebruiker: nieuw, activatiecode: 'eenmalige-code-123456789', activatieGeldigTot: '2027-03-21T09:15:00Z' }, 201);
    }
    if (url.pathname.endsWith('/activatiecode')) {
      return (
        opties.activatiecode?.() ??
        jsonResponse({ gebruiker: wachtend, activatiecode: 'vervangende-code-987654321', activatieGeldigTot: '2027-03-28T09:15:00Z' })
      );
    }
    if (url.pathname === '/api/v1/gebruikers/g-3/functies' && request.method === 'POST') {
      if (opties.functies) return opties.functies();
      const { functies } = (await request.clone().json()) as { functies: Gebruiker['functies'] };
      const gewijzigd = { ...pim, functies };
      lijst = lijst.map((g) => (g.id === gewijzigd.id ? gewijzigd : g));
      return jsonResponse(gewijzigd);
    }
    if (url.pathname.endsWith('/deactivering')) {
      const gestopt = { ...gebruiker(), status: 'gedeactiveerd' as const };
      lijst = lijst.map((g) => (g.id === gestopt.id ? gestopt : g));
      return jsonResponse(gestopt);
    }
    return jsonResponse({}, 404);
  });
}

describe('GebruikersPage', () => {
  it('lists the accounts with role and status labels and the names of their schools', async () => {
    api();
    renderApp('/gebruikers', aangemeld());

    const tabel = await screen.findByRole('table', { name: 'Accounts van uw samenwerkingsverband' });
    const iris = within(tabel).getByRole('row', { name: /Iris Bakker/ });
    expect(within(iris).getByText("Medewerker school (IB'er/KC)")).toBeDefined();
    expect(within(iris).getByText('Actief')).toBeDefined();
    await within(iris).findByText('Basisschool De Regenboog (12AB00)');
    const wim = within(tabel).getByRole('row', { name: /Wim Wachter/ });
    expect(within(wim).getByText('Wacht op activering')).toBeDefined();
    expect(wim.textContent).toContain('(extern: Klankkast Ambulante Dienst)');
    // A forgotten password: an active account gets a new code too.
    expect(within(iris).getByRole('button', { name: 'Nieuwe activeringscode voor Iris Bakker' })).toBeDefined();
    // The beheerder cannot deactivate themselves (the API refuses it), so the page does not offer it.
    expect(screen.queryByRole('button', { name: 'Bea Beheerder deactiveren' })).toBeNull();
    expect(screen.getByRole('heading', { name: 'Wachtwoord vergeten' }).nextElementSibling?.textContent).toContain(
      'Geef het account een Nieuwe activeringscode en geef die door. Daarmee kiest de persoon op Account activeren een nieuw wachtwoord.',
    );
  });

  it('creates a school-medewerker with schools chosen by name and shows the code once with a copy button', async () => {
    const fetchMock = api();
    const writeText = metKlembord();
    renderApp('/gebruikers', aangemeld());
    const formulier = await screen.findByRole('form', { name: 'Nieuw account' });

    fireEvent.change(within(formulier).getByLabelText('Naam'), { target: { value: 'Nina Nieuw' } });
    fireEvent.change(within(formulier).getByLabelText('E-mailadres'), { target: { value: 'nina@anker.nl' } });
    expect(within(formulier).queryByRole('group', { name: /Scholen/ })).toBeNull();
    fireEvent.click(within(formulier).getByLabelText("Medewerker school (IB'er/KC)"));
    fireEvent.click(await within(formulier).findByLabelText('OBS Het Anker (34CD00)'));
    fireEvent.click(within(formulier).getByRole('button', { name: 'Account aanmaken' }));

    const code = await screen.findByRole('region', { name: 'Activeringscode voor Nina Nieuw' });
    expect(within(code).getByText('eenmalige-code-123456789')).toBeDefined();
    expect(document.activeElement).toBe(within(code).getByRole('heading', { name: 'Activeringscode voor Nina Nieuw' }));
    expect(code.textContent).toContain('U ziet de code maar één keer: kopieer hem nu.');
    expect(code.textContent).toContain('Geldig tot 21 maart 2027 om 10:15.');
    const [verzoek] = verzoekenNaar(fetchMock, '/api/v1/gebruikers').filter((v) => v.method === 'POST');
    expect(await verzoek?.clone().json()).toEqual({ naam: 'Nina Nieuw', email: 'nina@anker.nl', rol: 'school-medewerker', vestigingen: ['34CD00'] });

    fireEvent.click(within(code).getByRole('button', { name: 'Kopieer de activeringscode' }));
    expect(await within(code).findByText('Gekopieerd.')).toBeDefined();
    expect(writeText).toHaveBeenCalledWith('eenmalige-code-123456789');
  });

  it('creates an external expert of an aanbieder from the register', async () => {
    const fetchMock = api();
    renderApp('/gebruikers', aangemeld());
    const formulier = await screen.findByRole('form', { name: 'Nieuw account' });

    fireEvent.change(within(formulier).getByLabelText('Naam'), { target: { value: 'Bas Bakker' } });
    fireEvent.change(within(formulier).getByLabelText('E-mailadres'), { target: { value: 'bas@klankkast.nl' } });
    expect(within(formulier).queryByRole('group', { name: 'Organisatie' })).toBeNull();
    fireEvent.click(within(formulier).getByRole('radio', { name: /^Expert/ }));
    fireEvent.click(within(formulier).getByLabelText('Een onderwijsbegeleidingsaanbieder uit het register'));
    fireEvent.change(within(formulier).getByLabelText(/Code van de aanbieder/), { target: { value: '202B001' } });
    fireEvent.click(within(formulier).getByRole('button', { name: 'Account aanmaken' }));

    await screen.findByRole('region', { name: 'Activeringscode voor Bas Bakker' });
    const [verzoek] = verzoekenNaar(fetchMock, '/api/v1/gebruikers').filter((v) => v.method === 'POST');
    expect(await verzoek?.clone().json()).toEqual({
      naam: 'Bas Bakker',
      email: 'bas@klankkast.nl',
      rol: 'expert',
      vestigingen: [],
      externeOrganisatie: { aanbiederCode: '202B001' },
    });
  });

  it('gives a medewerker of the samenwerkingsverband functies, offered only for that role', async () => {
    const fetchMock = api();
    renderApp('/gebruikers', aangemeld());
    const formulier = await screen.findByRole('form', { name: 'Nieuw account' });

    fireEvent.change(within(formulier).getByLabelText('Naam'), { target: { value: 'Pim Proces' } });
    fireEvent.change(within(formulier).getByLabelText('E-mailadres'), { target: { value: 'pim@swv.nl' } });
    fireEvent.click(within(formulier).getByRole('radio', { name: /^Expert/ }));
    expect(within(formulier).queryByRole('group', { name: /Functies/ })).toBeNull();
    fireEvent.click(within(formulier).getByRole('radio', { name: /^Medewerker samenwerkingsverband/ }));
    const functies = within(formulier).getByRole('group', { name: /Functies/ });
    fireEvent.click(within(functies).getByRole('checkbox', { name: /Beleidsmedewerker/ }));
    fireEvent.click(within(functies).getByRole('checkbox', { name: /Regionaal procesbegeleider/ }));
    fireEvent.click(within(formulier).getByRole('button', { name: 'Account aanmaken' }));

    await screen.findByRole('region', { name: 'Activeringscode voor Pim Proces' });
    const [verzoek] = verzoekenNaar(fetchMock, '/api/v1/gebruikers').filter((v) => v.method === 'POST');
    expect(await verzoek?.clone().json()).toEqual({
      naam: 'Pim Proces',
      email: 'pim@swv.nl',
      rol: 'swv-medewerker',
      vestigingen: [],
      functies: ['regionaal-procesbegeleider', 'beleidsmedewerker'],
    });
  });

  it('tells how to copy by hand when the browser has no clipboard', async () => {
    api();
    zonderKlembord();
    renderApp('/gebruikers', aangemeld());
    const tabel = await screen.findByRole('table', { name: 'Accounts van uw samenwerkingsverband' });

    fireEvent.click(within(tabel).getByRole('button', { name: 'Nieuwe activeringscode voor Wim Wachter' }));
    const code = await screen.findByRole('region', { name: 'Nieuwe activeringscode voor Wim Wachter' });
    fireEvent.click(within(code).getByRole('button', { name: 'Kopieer de activeringscode' }));

    expect((await within(code).findByRole('status')).textContent).toContain('Kopiëren lukt niet in deze browser.');
  });

  it('puts the API messages at the fields of the form', async () => {
    api();
    renderApp('/gebruikers', aangemeld());
    const formulier = await screen.findByRole('form', { name: 'Nieuw account' });

    fireEvent.click(within(formulier).getByRole('button', { name: 'Account aanmaken' }));

    const rol = await within(formulier).findByRole('group', { name: 'Rol' });
    expect(within(rol).getByText('Kies een rol.')).toBeDefined();
  });

  it('gives an account that waits for activation a new code, shown once', async () => {
    const fetchMock = api();
    renderApp('/gebruikers', aangemeld());
    const tabel = await screen.findByRole('table', { name: 'Accounts van uw samenwerkingsverband' });

    fireEvent.click(within(tabel).getByRole('button', { name: 'Nieuwe activeringscode voor Wim Wachter' }));

    const code = await screen.findByRole('region', { name: 'Nieuwe activeringscode voor Wim Wachter' });
    expect(within(code).getByText('vervangende-code-987654321')).toBeDefined();
    expect(code.textContent).toContain('De vorige code werkt niet meer.');
    expect(verzoekenNaar(fetchMock, '/api/v1/gebruikers/g-2/activatiecode')).toHaveLength(1);
  });

  it("shows the API's message when it refuses a new code", async () => {
    api({
      activatiecode: () =>
        probleem(
          {
            type: 'about:blank',
            title: 'Conflict',
            status: 409,
            detail: 'Dit account is gedeactiveerd; een activeringscode opent het niet weer.',
            traceId: 't',
          },
          409,
        ),
    });
    renderApp('/gebruikers', aangemeld());
    const tabel = await screen.findByRole('table', { name: 'Accounts van uw samenwerkingsverband' });

    fireEvent.click(within(tabel).getByRole('button', { name: 'Nieuwe activeringscode voor Wim Wachter' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Er is geen nieuwe activeringscode gemaakt.');
    expect(alert.textContent).toContain('Dit account is gedeactiveerd; een activeringscode opent het niet weer.');
  });

  it('deactivates an account only after a confirmation', async () => {
    const fetchMock = api();
    renderApp('/gebruikers', aangemeld());
    const tabel = await screen.findByRole('table', { name: 'Accounts van uw samenwerkingsverband' });

    fireEvent.click(within(tabel).getByRole('button', { name: 'Iris Bakker deactiveren' }));
    const vraag = screen.getByRole('group', { name: 'Iris Bakker deactiveren?' });
    expect(document.activeElement?.textContent).toBe('Iris Bakker deactiveren?');
    fireEvent.click(within(vraag).getByRole('button', { name: 'Annuleren' }));
    expect(verzoekenNaar(fetchMock, '/api/v1/gebruikers/g-1/deactivering')).toHaveLength(0);

    fireEvent.click(within(tabel).getByRole('button', { name: 'Iris Bakker deactiveren' }));
    fireEvent.click(within(screen.getByRole('group', { name: 'Iris Bakker deactiveren?' })).getByRole('button', { name: 'Ja, deactiveren' }));

    expect(await screen.findByText('Het account van Iris Bakker is gedeactiveerd.')).toBeDefined();
    expect(verzoekenNaar(fetchMock, '/api/v1/gebruikers/g-1/deactivering').map((v) => v.method)).toEqual(['POST']);
    const iris = await within(tabel).findByRole('row', { name: /Gedeactiveerd/ });
    expect(within(iris).queryByRole('button', { name: 'Iris Bakker deactiveren' })).toBeNull();
    expect(within(iris).queryByRole('button', { name: 'Nieuwe activeringscode voor Iris Bakker' })).toBeNull();
  });

  it('shows the functies of a medewerker of the samenwerkingsverband in words, and offers to change them for that role only', async () => {
    api();
    renderApp('/gebruikers', aangemeld());
    const tabel = await screen.findByRole('table', { name: 'Accounts van uw samenwerkingsverband' });

    const rij = within(tabel).getByRole('row', { name: /Pim Proces/ });
    expect(within(rij).getByText('Medewerker samenwerkingsverband, regionaal procesbegeleider')).toBeDefined();
    expect(within(rij).getByRole('button', { name: 'Functies wijzigen voor Pim Proces' })).toBeDefined();
    // No other role can hold a functie, so the school, the expert and the beheerder get no such button.
    expect(within(tabel).getAllByRole('button', { name: /^Functies wijzigen voor / })).toHaveLength(1);
  });

  it('changes the functies of a medewerker as one set and says that the person must sign in again', async () => {
    const fetchMock = api();
    renderApp('/gebruikers', aangemeld());
    const tabel = await screen.findByRole('table', { name: 'Accounts van uw samenwerkingsverband' });
    const knop = within(tabel).getByRole('button', { name: 'Functies wijzigen voor Pim Proces' });

    fireEvent.click(knop);
    const formulier = screen.getByRole('form', { name: 'Functies wijzigen voor Pim Proces' });
    expect(document.activeElement).toBe(within(formulier).getByRole('heading', { name: 'Functies wijzigen voor Pim Proces' }));
    expect(knop.getAttribute('aria-expanded')).toBe('true');
    expect(formulier.textContent).toContain('Pim Proces moet daarna opnieuw inloggen. Pas dan gelden de nieuwe functies.');
    const functies = within(formulier).getByRole('group', { name: /Functies/ });
    expect((within(functies).getByRole('checkbox', { name: /Regionaal procesbegeleider/ }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(within(functies).getByRole('checkbox', { name: /Manager ondersteuning/ }));
    fireEvent.click(within(functies).getByRole('checkbox', { name: /Regionaal procesbegeleider/ }));
    fireEvent.click(within(functies).getByRole('checkbox', { name: /Beleidsmedewerker/ }));
    fireEvent.click(within(formulier).getByRole('button', { name: 'Functies opslaan' }));

    expect(await screen.findByText('Pim Proces is nu beleidsmedewerker en manager ondersteuning. Pim Proces moet opnieuw inloggen.')).toBeDefined();
    const [verzoek, ...meer] = verzoekenNaar(fetchMock, '/api/v1/gebruikers/g-3/functies');
    expect(meer).toHaveLength(0);
    expect(verzoek?.method).toBe('POST');
    expect(await verzoek?.clone().json()).toEqual({ functies: ['beleidsmedewerker', 'manager-ondersteuning'] });
    // The list is read again and shows the new set; the form closed and the focus is back on its button.
    await within(tabel).findByText('Medewerker samenwerkingsverband, beleidsmedewerker en manager ondersteuning');
    expect(screen.queryByRole('form', { name: 'Functies wijzigen voor Pim Proces' })).toBeNull();
    expect(document.activeElement).toBe(within(tabel).getByRole('button', { name: 'Functies wijzigen voor Pim Proces' }));
  });

  it("puts the API's 400 at the functies and names what failed", async () => {
    const fetchMock = api({
      functies: () =>
        probleem(
          {
            type: 'about:blank',
            title: 'De invoer klopt niet.',
            status: 400,
            traceId: 't',
            errors: [{ code: 'functie-alleen-swv-medewerker', detail: 'Alleen een medewerker van het samenwerkingsverband kan een functie hebben.', pointer: '#/functies' }],
          },
          400,
        ),
    });
    renderApp('/gebruikers', aangemeld());
    const tabel = await screen.findByRole('table', { name: 'Accounts van uw samenwerkingsverband' });

    fireEvent.click(within(tabel).getByRole('button', { name: 'Functies wijzigen voor Pim Proces' }));
    const formulier = screen.getByRole('form', { name: 'Functies wijzigen voor Pim Proces' });
    fireEvent.click(within(formulier).getByRole('button', { name: 'Functies opslaan' }));

    const alert = await within(formulier).findByRole('alert');
    expect(alert.textContent).toContain('De functies zijn niet gewijzigd.');
    const functies = within(formulier).getByRole('group', { name: /Functies/ });
    expect(within(functies).getByText('Alleen een medewerker van het samenwerkingsverband kan een functie hebben.')).toBeDefined();
    expect(verzoekenNaar(fetchMock, '/api/v1/gebruikers/g-3/functies')).toHaveLength(1);
    // Nothing changed, so the form stays open with the choice as it was.
    expect((within(functies).getByRole('checkbox', { name: /Regionaal procesbegeleider/ }) as HTMLInputElement).checked).toBe(true);
  });
});
