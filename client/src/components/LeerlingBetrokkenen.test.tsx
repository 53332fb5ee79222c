import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Betrokkene } from '../api/betrokkenen';
import { actiefArrangement, expert, ibEr, leerling, LEERLING_ID, MO } from '../test/arrangementFixtures';
import { beschrijving, mockArrangementApi, probleem, verzoekenNaar } from '../test/arrangementApi';
import { FakeUserManager, testUser } from '../test/fakeUserManager';
import { medewerker, ongeldigeInvoer } from '../test/fixtures';
import { jsonResponse, renderApp } from '../test/renderApp';

const PAD = `/api/v1/leerlingen/${LEERLING_ID}`;
const EVA = '0197d3c4-2222-7a8b-9c0d-1e2f3a4b5c6d';
const BAS = '0197d3c4-3333-7a8b-9c0d-1e2f3a4b5c6d';

function betrokkene(overrides: Partial<Betrokkene> = {}): Betrokkene {
  return {
    id: '0197d3c4-4444-7a8b-9c0d-1e2f3a4b5c6d',
    leerlingId: LEERLING_ID,
    expertId: EVA,
    expertNaam: 'Eva Expert',
    reden: 'Observatie in de klas.',
    tot: '2027-01-31',
    actief: true,
    toegevoegdDoor: MO,
    toegevoegdOp: '2026-11-24T09:15:00Z',
    ...overrides,
  };
}

const beeindigd = betrokkene({
  id: '0197d3c4-5555-7a8b-9c0d-1e2f3a4b5c6d',
  expertId: BAS,
  expertNaam: 'Bas Gedrag',
  reden: 'Advies over gedrag.',
  tot: '2026-12-31',
  actief: false,
  beeindigdDoor: MO,
  beeindigdOp: '2026-11-20T08:00:00Z',
});

/** The pupil page's API with the betrokkenen of the pupil in `lijst`, which the test changes as the server would. */
function api(lijst: Betrokkene[], toevoegen: (request: Request) => Response | Promise<Response>, ik = medewerker()) {
  return mockArrangementApi((url, request) => {
    if (url.pathname === PAD) return jsonResponse(leerling());
    if (url.pathname === '/api/v1/arrangementen/overzicht') return jsonResponse({ arrangementen: [actiefArrangement()] });
    if (url.pathname === '/api/v1/experts') return jsonResponse({ experts: [{ id: BAS, naam: 'Bas Gedrag' }, { id: EVA, naam: 'Eva Expert' }] });
    if (url.pathname === `${PAD}/betrokkenen` && request.method === 'GET') return jsonResponse({ betrokkenen: lijst });
    if (url.pathname === `${PAD}/betrokkenen` && request.method === 'POST') return toevoegen(request);
    if (url.pathname.endsWith('/beeindiging')) {
      const [eerste] = lijst.splice(0, 1, { ...lijst[0]!, actief: false, beeindigdDoor: MO, beeindigdOp: '2026-11-24T10:00:00Z' });
      return jsonResponse(eerste);
    }
    return new Response(null, { status: 404 });
  }, ik);
}

async function openLeerling() {
  renderApp(`/leerlingen/${LEERLING_ID}`, new FakeUserManager(testUser()));
  await screen.findByRole('heading', { level: 1, name: 'Sam de Vries' });
}

describe('LeerlingBetrokkenen', () => {
  it('shows SWV staff who may see the pupil, why, until when and who decided it', async () => {
    api([betrokkene(), beeindigd], () => new Response(null, { status: 500 }));
    await openLeerling();

    const sectie = screen.getByRole('region', { name: 'Betrokken experts' });
    const tabel = await within(sectie).findByRole('table', { name: 'Betrokken experts bij Sam de Vries (2)' });
    const rijen = within(tabel).getAllByRole('row').slice(1).map((rij) => within(rij).getAllByRole('cell').map((cel) => cel.textContent));
    expect(rijen[0]?.slice(0, 3)).toEqual(['Observatie in de klas.', '31 januari 2027', 'Mo Medewerker, 24 november 2026 om 10:15']);
    expect(rijen[0]?.[3]).toContain('Actief');
    expect(rijen[1]?.[3]).toBe('Beëindigd door Mo Medewerker, 20 november 2026 om 09:00');
    expect(within(tabel).getAllByRole('button').map((knop) => knop.getAttribute('aria-label'))).toEqual(['Beëindig de betrokkenheid van Eva Expert']);
  });

  it('adds an expert chosen from the SWV’s experts, showing the API’s problems at their fields first', async () => {
    const lijst: Betrokkene[] = [];
    let pogingen = 0;
    const fetchMock = api(lijst, async (request) => {
      pogingen += 1;
      if (pogingen === 1) {
        return probleem(
          ongeldigeInvoer(
            [
              { code: 'expert-vereist', detail: 'Kies de expert die de leerling mag zien.', pointer: '#/expertId' },
              { code: 'reden-vereist', detail: 'Schrijf op waarom de expert deze leerling moet kunnen zien.', pointer: '#/reden' },
              { code: 'einddatum-vereist', detail: 'Geef de laatste dag waarop de expert de leerling mag zien.', pointer: '#/tot' },
            ],
            `${PAD}/betrokkenen`,
          ),
          400,
        );
      }
      const nieuw = betrokkene(await request.clone().json());
      lijst.push(nieuw);
      return jsonResponse(nieuw, 201);
    });
    await openLeerling();
    const sectie = screen.getByRole('region', { name: 'Betrokken experts' });
    await within(sectie).findByText('Er is nog geen expert bij Sam de Vries betrokken.');

    fireEvent.click(within(sectie).getByRole('button', { name: 'Expert betrekken' }));
    const formulier = within(sectie).getByRole('form', { name: 'Expert betrekken' });
    const opslaan = () => fireEvent.click(within(formulier).getByRole('button', { name: 'Expert betrekken' }));
    opslaan();
    await within(formulier).findByText('De expert is niet betrokken.');
    expect(beschrijving(within(formulier).getByLabelText('Expert'))).toContain('Kies de expert die de leerling mag zien.');
    expect(beschrijving(within(formulier).getByLabelText('Reden'))).toContain('Schrijf op waarom');
    expect(beschrijving(within(formulier).getByLabelText('Tot en met'))).toContain('Geef de laatste dag');

    await within(formulier).findByRole('option', { name: 'Eva Expert' });
    fireEvent.change(within(formulier).getByLabelText('Expert'), { target: { value: EVA } });
    fireEvent.change(within(formulier).getByLabelText('Reden'), { target: { value: 'Observatie in de klas.' } });
    fireEvent.change(within(formulier).getByLabelText('Tot en met'), { target: { value: '2027-01-31' } });
    opslaan();

    expect(await within(sectie).findByText('Eva Expert mag de leerling zien tot en met 31 januari 2027.')).toBeDefined();
    const verzoeken = verzoekenNaar(fetchMock, `${PAD}/betrokkenen`).filter((r) => r.method === 'POST');
    expect(await verzoeken[1]?.clone().json()).toEqual({ expertId: EVA, reden: 'Observatie in de klas.', tot: '2027-01-31' });
    await within(sectie).findByRole('table', { name: 'Betrokken experts bij Sam de Vries (1)' });
  });

  it('ends an expert’s access before its end date', async () => {
    const lijst = [betrokkene()];
    const fetchMock = api(lijst, () => new Response(null, { status: 500 }));
    await openLeerling();
    const sectie = screen.getByRole('region', { name: 'Betrokken experts' });

    fireEvent.click(await within(sectie).findByRole('button', { name: 'Beëindig de betrokkenheid van Eva Expert' }));

    expect(await within(sectie).findByText('Eva Expert ziet Sam de Vries niet meer.')).toBeDefined();
    expect(verzoekenNaar(fetchMock, `${PAD}/betrokkenen/${betrokkene().id}/beeindiging`).map((r) => r.method)).toEqual(['POST']);
    await within(sectie).findByText(/^Beëindigd door Mo Medewerker/);
    expect(within(sectie).queryByRole('button', { name: /^Beëindig/ })).toBeNull();
  });

  it('is not there for school staff or the expert, who do not manage access', async () => {
    for (const ik of [ibEr(), expert()]) {
      const fetchMock = api([betrokkene()], () => new Response(null, { status: 500 }), ik);
      await openLeerling();
      await screen.findByRole('table', { name: 'Arrangementen van Sam de Vries (1)' });
      expect(screen.queryByRole('region', { name: 'Betrokken experts' })).toBeNull();
      expect(verzoekenNaar(fetchMock, `${PAD}/betrokkenen`)).toEqual([]);
      cleanup();
    }
  });
});
