import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Beleidsinstellingen } from '../api/beleid';
import { beschrijving, mockArrangementApi, probleem, verzoekenNaar } from '../test/arrangementApi';
import { FakeUserManager, testUser } from '../test/fakeUserManager';
import { beheerder, ongeldigeInvoer } from '../test/fixtures';
import { jsonResponse, renderApp } from '../test/renderApp';

const aangemeld = () => new FakeUserManager(testUser());

const instellingen: Beleidsinstellingen = {
  op: '2026-12-05',
  ingangsdatum: '2026-09-01',
  versienummer: 1,
  versie: 4,
  waarden: {
    behandeltermijnWeken: 6,
    evaluatietermijnMaanden: 6,
    tlvduur: { sbo: 2, so: 2, vso: 2 },
    herindicatiesignaalWeken: 26,
    kleineAantallenDrempel: 5,
    naam: 'SWV De Vallei',
    arrangementinhoud: [{ soort: 'inzet-expert', soortLabel: 'Inzet van een expert', niveaus: { expertise: 3 } }],
  },
};

describe('BeleidsinstellingenPage: wat uw arrangementen bieden', () => {
  it('shows a level select per soort and field, named by row and column, and sends only the rows with a level', async () => {
    const fetchMock = mockArrangementApi((url, request) => {
      if (url.pathname === '/api/v1/beleidsinstellingen') return jsonResponse(instellingen);
      if (url.pathname === '/api/v1/beleidsinstellingen/versies' && request.method === 'POST') {
        return jsonResponse({ nummer: 2, ingangsdatum: '2026-12-05', waarden: instellingen.waarden, vastgelegdOp: '2026-12-05T10:00:00Z', vastgelegdDoor: 'b', versie: 5 }, 201);
      }
      return jsonResponse({}, 404);
    }, beheerder());

    renderApp('/beleidsinstellingen', aangemeld());

    const tabel = await screen.findByRole('table', { name: 'Niveau per soort arrangement' });
    expect(within(tabel).getByRole('rowheader', { name: 'Arrangement cluster 1 en 2' })).toBeTruthy();
    expect(within(tabel).queryByText('arrangement-cluster-1-2')).toBeNull();
    expect(screen.getByText(/wat het toevoegt aan wat een school zelf biedt/)).toBeTruthy();
    const expert = screen.getByRole('combobox', { name: 'Inzet van een expert: Expertise' });
    expect((expert as HTMLSelectElement).value).toBe('3');
    expect((screen.getByRole('combobox', { name: 'Middelen: Aandacht en tijd' }) as HTMLSelectElement).value).toBe('');

    fireEvent.change(screen.getByRole('combobox', { name: 'Middelen: Onderwijsmaterialen' }), { target: { value: '2' } });
    fireEvent.click(screen.getByRole('button', { name: 'Vastleggen' }));

    await screen.findByText(/zijn vastgelegd/);
    const [verzoek] = verzoekenNaar(fetchMock, '/api/v1/beleidsinstellingen/versies');
    const body = (await verzoek!.json()) as { arrangementinhoud: unknown[]; naam: string };
    expect(body.naam).toBe('SWV De Vallei');
    expect(body.arrangementinhoud).toEqual([
      {
        soort: 'inzet-expert',
        niveaus: { aandachtEnTijd: null, onderwijsmaterialen: null, ruimtelijkeOmgeving: null, expertise: 3, samenwerkingMetAndereInstanties: null },
      },
      {
        soort: 'middelen',
        niveaus: { aandachtEnTijd: null, onderwijsmaterialen: 2, ruimtelijkeOmgeving: null, expertise: null, samenwerkingMetAndereInstanties: null },
      },
    ]);
  });

  it("marks the select of the API's problem by the row's place in what was sent", async () => {
    mockArrangementApi((url, request) => {
      if (url.pathname === '/api/v1/beleidsinstellingen') return jsonResponse(instellingen);
      if (request.method === 'POST') {
        return probleem(
          ongeldigeInvoer(
            [{ code: 'niveau-ongeldig', detail: "Kies voor 'Onderwijsmaterialen' een niveau van 0 (geen) tot en met 3 (zeer intensief).", pointer: '#/arrangementinhoud/1/niveaus/onderwijsmaterialen' }],
            '/api/v1/beleidsinstellingen/versies',
          ),
          400,
        );
      }
      return jsonResponse({}, 404);
    }, beheerder());

    renderApp('/beleidsinstellingen', aangemeld());
    fireEvent.change(await screen.findByRole('combobox', { name: 'Middelen: Onderwijsmaterialen' }), { target: { value: '2' } });
    fireEvent.click(screen.getByRole('button', { name: 'Vastleggen' }));

    const middelen = screen.getByRole('combobox', { name: 'Middelen: Onderwijsmaterialen' });
    await waitFor(() => expect(middelen.getAttribute('aria-invalid')).toBe('true'));
    expect(beschrijving(middelen)).toContain("Kies voor 'Onderwijsmaterialen' een niveau");
    expect(screen.getByRole('combobox', { name: 'Inzet van een expert: Expertise' }).getAttribute('aria-invalid')).toBeNull();
  });
});
