import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { beschrijving, probleem, verzoekenNaar } from '../test/arrangementApi';
import { koppeling, mockBeheerApi } from '../test/beheerApi';
import { FakeUserManager, testUser } from '../test/fakeUserManager';
import { jsonResponse, renderApp } from '../test/renderApp';

const aangemeld = () => new FakeUserManager(testUser());

function api() {
  let ingetrokken = false;
  let pogingen = 0;
  let huidig = koppeling();
  return mockBeheerApi(async (url, request) => {
    if (url.pathname === '/api/v1/koppelingen/las-parnassys' && request.method === 'PUT') {
      // The first attempt is refused, to show the API's message at its field; the second goes through.
      if (pogingen++ === 0) {
        return probleem(
          { type: 'about:blank', title: 'De invoer klopt niet.', status: 400, traceId: 't', errors: [{ code: 'naam-vereist', detail: 'Geef de koppeling een naam.', pointer: '#/naam' }] },
          400,
        );
      }
      const body = (await request.clone().json()) as { naam: string; scopes: never; vestigingen: string[] };
      huidig = koppeling({ naam: body.naam, scopes: body.scopes, vestigingen: body.vestigingen });
      return jsonResponse(huidig);
    }
    if (url.pathname === '/api/v1/koppelingen/las-parnassys' && request.method === 'DELETE') {
      ingetrokken = true;
      return new Response(null, { status: 204 });
    }
    if (url.pathname === '/api/v1/koppelingen/las-parnassys') return jsonResponse(huidig);
    if (url.pathname === '/api/v1/koppelingen/las-parnassys/geheimen') {
      return jsonResponse({ clientId: 'las-parnassys', clientSecret: 'nieuw-geheim-xyz' }, 201);
    }
    if (url.pathname === '/api/v1/koppelingen') return jsonResponse({ koppelingen: ingetrokken ? [] : [koppeling()] });
    return jsonResponse({}, 404);
  });
}

describe('KoppelingPage', () => {
  it('shows the koppeling with labels', async () => {
    api();
    renderApp('/koppelingen/las-parnassys', aangemeld());

    await screen.findByRole('heading', { level: 1, name: 'Koppeling ParnasSys' });
    expect(screen.getByText('Mag').nextElementSibling?.textContent).toBe('Aanbieders lezen, Leerlingen lezen');
    expect(await screen.findByText('Basisschool De Regenboog (12AB00)')).toBeDefined();
    expect(screen.getByText('Inloggen met').nextElementSibling?.textContent).toBe('Geheim (client secret)');
  });

  it('changes what the koppeling may and for which schools, with the API messages at the fields', async () => {
    const fetchMock = api();
    renderApp('/koppelingen/las-parnassys', aangemeld());
    await screen.findByRole('heading', { level: 1, name: 'Koppeling ParnasSys' });

    fireEvent.click(screen.getByRole('button', { name: 'Koppeling wijzigen' }));
    const formulier = screen.getByRole('form', { name: 'Wat mag deze koppeling?' });
    expect(document.activeElement?.textContent).toBe('Wijzig de naam, de rechten en de scholen, en sla op.');
    const scopes = within(formulier).getByRole('group', { name: 'Wat mag deze koppeling?' });
    expect((within(scopes).getByRole('checkbox', { name: /Leerlingen lezen/ }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(within(scopes).getByRole('checkbox', { name: /Leerlingen lezen/ }));
    fireEvent.click(within(scopes).getByRole('checkbox', { name: /Arrangementen lezen/ }));
    fireEvent.click(await within(formulier).findByRole('checkbox', { name: 'OBS Het Anker (34CD00)' }));
    fireEvent.click(within(formulier).getByRole('button', { name: 'Wijzigingen opslaan' }));

    const naam = await within(formulier).findByLabelText('Naam');
    expect(beschrijving(naam)).toContain('Geef de koppeling een naam.');
    fireEvent.click(within(formulier).getByRole('button', { name: 'Wijzigingen opslaan' }));

    expect(await screen.findByText(/Koppeling ParnasSys is gewijzigd\./)).toBeDefined();
    expect(screen.queryByRole('form', { name: 'Wat mag deze koppeling?' })).toBeNull();
    expect(screen.getByText('Mag').nextElementSibling?.textContent).toBe('Aanbieders lezen, Arrangementen lezen');
    const puts = verzoekenNaar(fetchMock, '/api/v1/koppelingen/las-parnassys').filter((v) => v.method === 'PUT');
    expect(await puts[1]?.clone().json()).toEqual({
      naam: 'ParnasSys',
      scopes: ['aanbieders.lezen', 'arrangementen.lezen'],
      vestigingen: ['12AB00', '34CD00'],
    });
  });

  it('renews the secret after a confirmation and shows the new one once', async () => {
    const fetchMock = api();
    renderApp('/koppelingen/las-parnassys', aangemeld());
    await screen.findByRole('heading', { level: 1, name: 'Koppeling ParnasSys' });

    fireEvent.click(screen.getByRole('button', { name: 'Nieuw geheim maken' }));
    expect(verzoekenNaar(fetchMock, '/api/v1/koppelingen/las-parnassys/geheimen')).toHaveLength(0);
    fireEvent.click(screen.getByRole('button', { name: 'Ja, maak een nieuw geheim' }));

    const geheim = await screen.findByRole('region', { name: 'Nieuw geheim van koppeling ParnasSys' });
    expect(within(geheim).getByText('nieuw-geheim-xyz')).toBeDefined();
    expect(within(geheim).getByRole('button', { name: 'Kopieer het geheim' })).toBeDefined();
    expect(verzoekenNaar(fetchMock, '/api/v1/koppelingen/las-parnassys/geheimen').map((v) => v.method)).toEqual(['POST']);
  });

  it('revokes the koppeling after a confirmation and returns to the list', async () => {
    const fetchMock = api();
    const { router } = renderApp('/koppelingen/las-parnassys', aangemeld());
    await screen.findByRole('heading', { level: 1, name: 'Koppeling ParnasSys' });

    fireEvent.click(screen.getByRole('button', { name: 'Koppeling intrekken' }));
    fireEvent.click(screen.getByRole('button', { name: 'Annuleren' }));
    expect(verzoekenNaar(fetchMock, '/api/v1/koppelingen/las-parnassys').filter((v) => v.method === 'DELETE')).toHaveLength(0);
    fireEvent.click(screen.getByRole('button', { name: 'Koppeling intrekken' }));
    fireEvent.click(screen.getByRole('button', { name: 'Ja, intrekken' }));

    expect(await screen.findByText('Koppeling ParnasSys is ingetrokken.')).toBeDefined();
    expect(router.state.location.pathname).toBe('/koppelingen');
    expect(await screen.findByText('Uw samenwerkingsverband heeft nog geen koppelingen.')).toBeDefined();
  });

  it('offers no new secret to a koppeling that signs in with its own key', async () => {
    mockBeheerApi((url) =>
      url.pathname.endsWith('/abonnementen') ? jsonResponse({ abonnementen: [] }) : jsonResponse(koppeling({ authenticatie: 'private_key_jwt' })),
    );
    renderApp('/koppelingen/las-parnassys', aangemeld());

    await screen.findByRole('heading', { level: 1, name: 'Koppeling ParnasSys' });
    expect(screen.queryByRole('button', { name: 'Nieuw geheim maken' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Koppeling intrekken' })).toBeDefined();
  });
});
