import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { verzoekenNaar } from '../test/arrangementApi';
import { koppeling, metKlembord, mockBeheerApi } from '../test/beheerApi';
import { FakeUserManager, testUser } from '../test/fakeUserManager';
import { jsonResponse, renderApp } from '../test/renderApp';

const aangemeld = () => new FakeUserManager(testUser());

const JWKS = { keys: [{ kty: 'EC', crv: 'P-256', x: 'eA', y: 'eQ', kid: 'sleutel-1' }] };

function api() {
  let lijst = [koppeling(), koppeling({ clientId: 'partner-x', naam: 'Partner X', scopes: ['aanbieders.lezen'], vestigingen: [], authenticatie: 'private_key_jwt' })];
  return mockBeheerApi(async (url, request) => {
    if (url.pathname === '/api/v1/koppelingen' && request.method === 'GET') return jsonResponse({ koppelingen: lijst });
    if (url.pathname === '/api/v1/koppelingen/export') return new Response('PK', { status: 200 });
    if (url.pathname === '/api/v1/koppelingen' && request.method === 'POST') {
      const body = (await request.clone().json()) as { naam: string; scopes: string[]; vestigingen: string[]; publiekeSleutels?: unknown };
      const met = body.publiekeSleutels !== undefined;
      const nieuw = koppeling({
        clientId: 'nieuw-1',
        naam: body.naam,
        scopes: body.scopes as never,
        vestigingen: body.vestigingen,
        authenticatie: met ? 'private_key_jwt' : 'client_secret_basic',
      });
      lijst = [...lijst, nieuw];
      return jsonResponse({ koppeling: nieuw, ...(!met && { clientSecret: 'geheim-eenmalig-abc' }) }, 201);
    }
    return jsonResponse({}, 404);
  });
}

describe('KoppelingenPage', () => {
  it('exports the koppelingen as an Excel file with the bearer token', async () => {
    const fetchMock = api();
    const klik = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:koppelingen'), revokeObjectURL: vi.fn() }));
    renderApp('/koppelingen', aangemeld());
    await screen.findByRole('table', { name: 'Koppelingen van uw samenwerkingsverband' });

    fireEvent.click(screen.getByRole('button', { name: 'Exporteren als Excel' }));

    await waitFor(() => expect(klik).toHaveBeenCalledTimes(1));
    expect((klik.mock.contexts[0] as HTMLAnchorElement).download).toMatch(/^koppelingen-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const [verzoek] = verzoekenNaar(fetchMock, '/api/v1/koppelingen/export');
    expect(verzoek!.headers.get('Accept')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(verzoek!.headers.get('Authorization')).toBe('Bearer token-1');
    klik.mockRestore();
  });

  it('lists the koppelingen with what they may, by label, and the names of their schools', async () => {
    api();
    renderApp('/koppelingen', aangemeld());

    const tabel = await screen.findByRole('table', { name: 'Koppelingen van uw samenwerkingsverband' });
    const parnassys = within(tabel).getByRole('row', { name: /ParnasSys/ });
    expect(within(parnassys).getByText('Aanbieders lezen, Leerlingen lezen')).toBeDefined();
    expect(within(parnassys).getByText('Geheim (client secret)')).toBeDefined();
    await within(parnassys).findByText('Basisschool De Regenboog (12AB00)');
    expect(within(parnassys).getByRole('link', { name: 'ParnasSys' }).getAttribute('href')).toBe('/koppelingen/las-parnassys');
    expect(within(within(tabel).getByRole('row', { name: /Partner X/ })).getByText('Publieke sleutel (JWKS)')).toBeDefined();
  });

  it('registers a koppeling with scopes and schools chosen from labels and shows the secret once', async () => {
    const fetchMock = api();
    const writeText = metKlembord();
    renderApp('/koppelingen', aangemeld());
    const formulier = await screen.findByRole('form', { name: 'Nieuwe koppeling' });

    fireEvent.change(within(formulier).getByLabelText('Naam'), { target: { value: 'Magister' } });
    fireEvent.click(within(formulier).getByRole('checkbox', { name: /Arrangementen lezen/ }));
    fireEvent.click(await within(formulier).findByRole('checkbox', { name: 'Basisschool De Regenboog (12AB00)' }));
    fireEvent.click(within(formulier).getByRole('button', { name: 'Koppeling registreren' }));

    const geheim = await screen.findByRole('region', { name: 'Geheim van koppeling Magister' });
    expect(within(geheim).getByText('geheim-eenmalig-abc')).toBeDefined();
    expect(geheim.textContent).toContain('U ziet het geheim maar één keer');
    expect(within(geheim).getByText('nieuw-1')).toBeDefined();
    const [verzoek] = verzoekenNaar(fetchMock, '/api/v1/koppelingen').filter((v) => v.method === 'POST');
    expect(await verzoek?.clone().json()).toEqual({ naam: 'Magister', scopes: ['arrangementen.lezen'], vestigingen: ['12AB00'] });

    fireEvent.click(within(geheim).getByRole('button', { name: 'Kopieer het geheim' }));
    expect(await within(geheim).findByText('Gekopieerd.')).toBeDefined();
    expect(writeText).toHaveBeenCalledWith('geheim-eenmalig-abc');
  });

  it('says so at the field when the pasted JWKS is no JSON, and sends nothing', async () => {
    const fetchMock = api();
    renderApp('/koppelingen', aangemeld());
    const formulier = await screen.findByRole('form', { name: 'Nieuwe koppeling' });

    fireEvent.change(within(formulier).getByLabelText('Naam'), { target: { value: 'Partner Y' } });
    fireEvent.click(within(formulier).getByLabelText(/Met een eigen sleutel/));
    const veld = within(formulier).getByLabelText('Publieke sleutels (JWKS)');
    fireEvent.change(veld, { target: { value: '{ "keys": [ ' } });
    fireEvent.click(within(formulier).getByRole('button', { name: 'Koppeling registreren' }));

    expect(await within(formulier).findByText(/De publieke sleutels zijn geen geldige JSON/)).toBeDefined();
    expect(veld.getAttribute('aria-invalid')).toBe('true');
    expect(verzoekenNaar(fetchMock, '/api/v1/koppelingen').filter((v) => v.method === 'POST')).toHaveLength(0);
  });

  it('registers a koppeling with a JWKS read from a file, and has no secret to show', async () => {
    const fetchMock = api();
    renderApp('/koppelingen', aangemeld());
    const formulier = await screen.findByRole('form', { name: 'Nieuwe koppeling' });

    fireEvent.change(within(formulier).getByLabelText('Naam'), { target: { value: 'Partner Y' } });
    fireEvent.click(within(formulier).getByRole('checkbox', { name: /Aanbieders lezen/ }));
    fireEvent.click(within(formulier).getByLabelText(/Met een eigen sleutel/));
    const bestand = new File([JSON.stringify(JWKS)], 'partner-y.jwks.json', { type: 'application/json' });
    fireEvent.change(within(formulier).getByLabelText('Of kies een JWKS-bestand'), { target: { files: [bestand] } });
    await within(formulier).findByDisplayValue(/sleutel-1/);
    fireEvent.click(within(formulier).getByRole('button', { name: 'Koppeling registreren' }));

    const klaar = await screen.findByRole('region', { name: 'Koppeling Partner Y is geregistreerd' });
    expect(klaar.textContent).toContain('er is geen geheim');
    const [verzoek] = verzoekenNaar(fetchMock, '/api/v1/koppelingen').filter((v) => v.method === 'POST');
    expect(await verzoek?.clone().json()).toEqual({ naam: 'Partner Y', scopes: ['aanbieders.lezen'], vestigingen: [], publiekeSleutels: JWKS });
  });
});
