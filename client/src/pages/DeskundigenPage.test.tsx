import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Deskundige } from '../api/deskundigen';
import { probleem, verzoekenNaar } from '../test/arrangementApi';
import { FakeUserManager, testUser } from '../test/fakeUserManager';
import { beheerder, medewerker } from '../test/fixtures';
import { jsonResponse, mockFetch, renderApp } from '../test/renderApp';

const aangemeld = () => new FakeUserManager(testUser());

function deskundige(overrides: Partial<Deskundige> = {}): Deskundige {
  return {
    id: 'd1',
    naam: 'Dirk Deskundige',
    discipline: 'orthopedagoog',
    beroepsregister: 'NVO',
    registratienummer: '123456',
    werkgever: 'Praktijk De Linde',
    schoolbestuurId: null,
    schoolbestuurNaam: null,
    vestiging: null,
    schoolNaam: null,
    accountId: 'a1',
    accountNaam: 'Dirk Deskundige',
    actief: true,
    magEersteAdviesGeven: true,
    versie: 7,
    ...overrides,
  };
}

function api(ik = medewerker()) {
  return mockFetch(async (url, request) => {
    if (url.pathname === '/api/v1/ik') return jsonResponse(ik);
    if (url.pathname === '/api/v1/schoolbesturen') return jsonResponse({ schoolbesturen: [{ id: 'b1', nummer: '41234', naam: 'Stichting Primair' }] });
    if (url.pathname === '/api/v1/scholen') return jsonResponse({ scholen: [], totaal: 0 });
    if (url.pathname === '/api/v1/deskundigen/accounts') return jsonResponse({ accounts: [{ id: 'a1', naam: 'Dirk Deskundige', deskundigeId: 'd1' }] });
    if (url.pathname === '/api/v1/deskundigen' && request.method === 'POST') {
      return probleem(
        {
          type: 'urn:passendonderwijs:probleem:ongeldige-invoer',
          title: 'Ongeldige invoer',
          status: 400,
          detail: 'De invoer klopt niet.',
          instance: '/api/v1/deskundigen',
          traceId: 't',
          errors: [
            { code: 'naam-vereist', detail: 'Geef de naam van de deskundige.', pointer: '#/naam' },
            { code: 'werkgever-vereist', detail: 'Geef de werkgever van de deskundige, zoals de naam van de praktijk of zelfstandig.', pointer: '#/werkgever' },
          ],
        },
        400,
      );
    }
    if (url.pathname === '/api/v1/deskundigen/d1' && request.method === 'PUT') return jsonResponse(deskundige({ naam: 'Dirk de Deskundige', versie: 8 }));
    if (url.pathname === '/api/v1/deskundigen') {
      return jsonResponse({ deskundigen: [deskundige(), deskundige({ id: 'd2', naam: 'Petra Peters', discipline: 'psycholoog', beroepsregister: 'NIP', accountId: null, accountNaam: null })], totaal: 2 });
    }
    return jsonResponse({}, 404);
  });
}

describe('DeskundigenPage', () => {
  it('lists the register with Dutch labels and sends search, filters and order to the API', async () => {
    const fetchMock = api();
    renderApp('/deskundigen', aangemeld());

    const tabel = await screen.findByRole('table', { name: 'Gevonden deskundigen' });
    expect(screen.getByText('2 deskundigen gevonden.')).toBeDefined();
    const rij = within(tabel).getAllByRole('row')[1]!;
    expect(within(rij).getByText('Orthopedagoog')).toBeDefined();
    expect(within(rij).getByText('NVO 123456')).toBeDefined();

    const zoeken = screen.getByRole('search', { name: 'Deskundigen zoeken' });
    fireEvent.change(within(zoeken).getByRole('searchbox', { name: /Naam/ }), { target: { value: 'dirk' } });
    fireEvent.change(within(zoeken).getByRole('combobox', { name: 'Discipline' }), { target: { value: 'orthopedagoog' } });
    fireEvent.click(within(zoeken).getByRole('button', { name: 'Zoeken' }));
    fireEvent.click(await within(await screen.findByRole('table', { name: 'Gevonden deskundigen' })).findByRole('button', { name: /Werkgever/ }));

    const laatste = () => verzoekenNaar(fetchMock, '/api/v1/deskundigen').map((r) => new URL(r.url)).filter((u) => u.pathname === '/api/v1/deskundigen').at(-1)!;
    await vi.waitFor(() => expect(laatste().searchParams.get('sorteer')).toBe('werkgever'));
    expect(laatste().searchParams.get('zoek')).toBe('dirk');
    expect(laatste().searchParams.get('discipline')).toBe('orthopedagoog');
    expect(laatste().searchParams.get('actief')).toBe('true');
  });

  it('shows every problem of a registration in the error summary and at its field', async () => {
    api();
    renderApp('/deskundigen', aangemeld());

    const formulier = await screen.findByRole('form', { name: 'Deskundige registreren' });
    fireEvent.click(within(formulier).getByRole('button', { name: 'Deskundige registreren' }));

    expect(await within(formulier).findByText('De deskundige is niet geregistreerd.')).toBeDefined();
    expect(within(formulier).getAllByText('Geef de naam van de deskundige.').length).toBeGreaterThan(0);
    expect(within(formulier).getAllByText(/Geef de werkgever van de deskundige/).length).toBeGreaterThan(0);
  });

  it('changes a deskundige with the version it showed in If-Match', async () => {
    const fetchMock = api();
    renderApp('/deskundigen', aangemeld());

    fireEvent.click(await screen.findByRole('button', { name: 'Wijzigen: Dirk Deskundige' }));
    const formulier = await screen.findByRole('form', { name: 'Wijzigingen opslaan' });
    fireEvent.change(within(formulier).getByLabelText('Naam'), { target: { value: 'Dirk de Deskundige' } });
    fireEvent.click(within(formulier).getByRole('button', { name: 'Wijzigingen opslaan' }));

    expect(await screen.findByText('De gegevens van Dirk de Deskundige zijn opgeslagen.')).toBeDefined();
    const put = verzoekenNaar(fetchMock, '/api/v1/deskundigen/d1').find((r) => r.method === 'PUT')!;
    expect(put.headers.get('If-Match')).toBe('"7"');
  });

  it('is in the menu of SWV staff', async () => {
    api(beheerder());
    renderApp('/', aangemeld());
    expect(await screen.findByRole('link', { name: 'Deskundigen' })).toBeDefined();
  });

  it('is not in the menu of a deskundige, whose Mijn gegevens shows their discipline and werkgever', async () => {
    api({ ...medewerker(), rollen: ['deskundige'], deskundige: deskundige() });
    renderApp('/ik', aangemeld());

    expect(await screen.findByRole('heading', { level: 1, name: 'Mijn gegevens' })).toBeDefined();
    expect(screen.getByText('Orthopedagoog')).toBeDefined();
    expect(screen.getByText('Praktijk De Linde')).toBeDefined();
    expect(screen.queryByRole('link', { name: 'Deskundigen' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Scholen' })).toBeNull();
  });
});
