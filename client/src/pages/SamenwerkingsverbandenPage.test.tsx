import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { probleem, verzoekenNaar } from '../test/arrangementApi';
import { FakeUserManager, testUser } from '../test/fakeUserManager';
import { platformBeheerder, tenant } from '../test/fixtures';
import { jsonResponse, mockFetch, renderApp } from '../test/renderApp';

const aangemeld = () => new FakeUserManager(testUser());

function api() {
  return mockFetch(async (url, request) => {
    if (url.pathname === '/api/v1/ik') return jsonResponse(platformBeheerder());
    if (url.pathname === '/api/v1/samenwerkingsverbanden' && request.method === 'POST') {
      const body = (await request.clone().json()) as { code: string; naam: string };
      if (body.code === 'PO2801') {
        return probleem({ type: 'urn:passendonderwijs:probleem:samenwerkingsverband-bestaat', title: 'Conflict', status: 409, detail: 'Er is al een samenwerkingsverband met code PO2801.' }, 409);
      }
      return jsonResponse(tenant({ code: body.code, naam: body.naam, accountsActief: 0, accountsWachtOpActivering: 0, koppelingen: 0, laatsteActiviteit: null }), 201);
    }
    if (url.pathname.endsWith('/beheerders')) return jsonResponse({ gebruikers: [] });
    if (url.pathname === '/api/v1/samenwerkingsverbanden') {
      return jsonResponse({ samenwerkingsverbanden: [tenant(), tenant({ code: 'VO2301', naam: 'Passend VO', sector: 'VO', status: 'opgeschort', laatsteActiviteit: null })] });
    }
    return jsonResponse(tenant({ code: 'PO2802', naam: 'Passend PO West', laatsteActiviteit: null }));
  });
}

describe('SamenwerkingsverbandenPage', () => {
  it('is where a platform-beheerder lands, with every tenant, its status in words and its figures', async () => {
    api();

    const { router } = renderApp('/', aangemeld());

    const tabel = await screen.findByRole('table', { name: 'Alle samenwerkingsverbanden' });
    expect(router.state.location.pathname).toBe('/samenwerkingsverbanden');
    const oost = within(tabel).getByRole('row', { name: /Passend PO Oost/ });
    expect(within(oost).getAllByRole('cell').map((cel) => cel.textContent)).toEqual(['Actief', '3', '1', '2', '14 maart 2027 om 10:15']);
    const vo = within(tabel).getByRole('row', { name: /Passend VO/ });
    expect(within(vo).getAllByRole('cell').map((cel) => cel.textContent)).toEqual(['Opgeschort', '3', '1', '2', 'Nog niets gebeurd']);
    expect(screen.getByRole('link', { name: 'Samenwerkingsverbanden' })).toBeDefined();
  });

  it('registers a samenwerkingsverband and opens its page', async () => {
    const fetchMock = api();
    const { router } = renderApp('/samenwerkingsverbanden', aangemeld());
    const formulier = await screen.findByRole('form', { name: 'Samenwerkingsverband registreren' });

    fireEvent.change(within(formulier).getByLabelText('Code'), { target: { value: 'po2802' } });
    fireEvent.change(within(formulier).getByLabelText('Naam'), { target: { value: 'Passend PO West' } });
    fireEvent.click(within(formulier).getByRole('button', { name: 'Registreren' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Passend PO West' })).toBeDefined();
    expect(router.state.location.pathname).toBe('/samenwerkingsverbanden/PO2802');
    // The page's sections may still say "Laden…" in their own status lines; the message is the one that says so.
    expect(screen.getAllByRole('status').map((status) => status.textContent)).toContain('Passend PO West is geregistreerd.');
    const [verzoek] = verzoekenNaar(fetchMock, '/api/v1/samenwerkingsverbanden').filter((v) => v.method === 'POST');
    expect(await verzoek?.clone().json()).toEqual({ code: 'PO2802', naam: 'Passend PO West', sector: 'PO' });
  });

  it('says why a registration was refused', async () => {
    api();
    renderApp('/samenwerkingsverbanden', aangemeld());
    const formulier = await screen.findByRole('form', { name: 'Samenwerkingsverband registreren' });

    fireEvent.change(within(formulier).getByLabelText('Code'), { target: { value: 'PO2801' } });
    fireEvent.change(within(formulier).getByLabelText('Naam'), { target: { value: 'Nog eens' } });
    fireEvent.click(within(formulier).getByRole('button', { name: 'Registreren' }));

    const fout = await within(formulier).findByRole('alert');
    expect(fout.textContent).toContain('Het samenwerkingsverband is niet geregistreerd.');
    expect(fout.textContent).toContain('Er is al een samenwerkingsverband met code PO2801.');
  });
});
