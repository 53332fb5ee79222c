import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockArrangementApi, verzoekenNaar } from '../test/arrangementApi';
import { FakeUserManager, testUser } from '../test/fakeUserManager';
import { medewerker } from '../test/fixtures';
import { jsonResponse, renderApp } from '../test/renderApp';

const aangemeld = () => new FakeUserManager(testUser());
const bella = { ...medewerker(), naam: 'Bella Beleid', functies: ['beleidsmedewerker' as const] };
const cijfers = (teldatum: string, regulier: number, sbo: number, so: number, percentage: number) => ({
  teldatum,
  regulier,
  sbo,
  so,
  percentage,
  geteldeScholen: 2,
  scholen: 2,
});

function api() {
  return mockArrangementApi((url, request) => {
    if (url.pathname === '/api/v1/leerlingaantallen') {
      return jsonResponse({ streefpercentage: 96.5, teldata: [cijfers('2025-10-01', 190, 10, 0, 95), cijfers('2026-10-01', 196, 4, 0, 98)] });
    }
    if (request.method === 'GET' && url.pathname.startsWith('/api/v1/leerlingaantallen/')) {
      return jsonResponse({
        cijfers: cijfers(url.pathname.slice(-10), 196, 4, 0, 98),
        scholen: [
          { vestiging: '12AB00', naam: 'De Regenboog', soort: 'BAO', onderwijsvorm: 'regulier', aantal: 196 },
          { vestiging: '34CD00', naam: 'De Brug', soort: 'SBO', onderwijsvorm: 'sbo' },
        ],
      });
    }
    if (request.method === 'PUT') return jsonResponse({ vestiging: '34CD00', naam: 'De Brug', soort: 'SBO', onderwijsvorm: 'sbo', aantal: 4 });
    return jsonResponse({}, 404);
  }, bella);
}

describe('LeerlingaantallenPage', () => {
  it('shows the deelnamepercentage per teldatum against the target in a table behind the chart', async () => {
    api();
    renderApp('/leerlingaantallen', aangemeld());

    const tabel = await screen.findByRole('table', { name: 'Deelnamepercentage per teldatum' });
    const rij = within(tabel).getByRole('row', { name: /1 oktober 2025/ });
    expect(rij.textContent).toContain('95 %');
    expect(rij.textContent).toContain('1,5 procentpunt onder het streefpercentage');
    expect(screen.getByText(/Het streefpercentage uit het ondersteuningsplan is 96,5 %/)).toBeDefined();
  });

  it('saves only the numbers that changed and refuses a count that is not a whole number', async () => {
    const fetchMock = api();
    renderApp('/leerlingaantallen', aangemeld());

    const brug = await screen.findByLabelText('De Brug (34CD00)');
    fireEvent.change(brug, { target: { value: 'vier' } });
    fireEvent.click(screen.getByRole('button', { name: 'Aantallen opslaan' }));
    expect(await screen.findByText('Vul een heel getal in, 0 of meer.')).toBeDefined();
    expect(verzoekenNaar(fetchMock, '/api/v1/leerlingaantallen/').filter((r) => r.method === 'PUT')).toHaveLength(0);

    fireEvent.change(brug, { target: { value: '4' } });
    fireEvent.click(screen.getByRole('button', { name: 'Aantallen opslaan' }));
    await waitFor(() => expect(verzoekenNaar(fetchMock, '/api/v1/leerlingaantallen/').filter((r) => r.method === 'PUT')).toHaveLength(1));
    const put = verzoekenNaar(fetchMock, '/api/v1/leerlingaantallen/').find((r) => r.method === 'PUT')!;
    expect(new URL(put.url).pathname).toMatch(/\/leerlingaantallen\/\d{4}-10-01\/34CD00$/);
    expect(await put.clone().json()).toEqual({ aantal: 4 });
  });

  it('tells other staff that only the beleidsinformatie functies work with it', async () => {
    mockArrangementApi(() => jsonResponse({}), medewerker());
    renderApp('/leerlingaantallen', aangemeld());
    expect((await screen.findByRole('alert')).textContent).toContain('Alleen de beleidsmedewerker en de manager ondersteuning');
  });
});
