import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ExpertinzetWerkvoorraadItem } from '../api/expertinzet';
import type { components } from '../api/schema';
import { ARRANGEMENT_ID, expert, ibEr, LEERLING_ID, werkvoorraadItem, werkvoorraadPagina } from '../test/arrangementFixtures';
import { mockArrangementApi, verzoekenNaar } from '../test/arrangementApi';
import { FakeUserManager, testUser } from '../test/fakeUserManager';
import { medewerker } from '../test/fixtures';
import { jsonResponse, renderApp } from '../test/renderApp';

const aangemeld = () => new FakeUserManager(testUser());
const ARRANGEMENTEN = '/api/v1/arrangementen/werkvoorraad';
const INZETTEN = '/api/v1/expertinzetten/werkvoorraad';
const INZET_ID = '0197d3c4-9999-7a8b-9c0d-1e2f3a4b5c6d';
const ONDERZOEK_ID = '0197d3c4-aaaa-7a8b-9c0d-1e2f3a4b5c6d';
const cellen = (rij: HTMLElement) => [...rij.querySelectorAll('th, td')].map((cel) => cel.textContent);

/** Sam's inzet (gedrag) in voorbereiding with Eva Expert linked: the next phase waits for her. */
function inzetItem(overrides: Partial<ExpertinzetWerkvoorraadItem> = {}): ExpertinzetWerkvoorraadItem {
  return {
    expertinzetId: INZET_ID,
    tevredenheidsonderzoekId: null,
    leerlingId: LEERLING_ID,
    leerlingNaam: 'Sam de Vries',
    vestiging: '12AB00',
    expertisegebied: 'gedrag',
    status: 'voorbereiding',
    expertNaam: 'Eva Expert',
    actie: 'volgende-fase',
    voor: 'expert',
    omschrijving: 'Voorbereiding: maak met de school de vraag, verwachtingen en rollen helder en ga naar waarnemen',
    deadline: '2026-12-22',
    verlopen: false,
    ...overrides,
  };
}

/** The onderzoek after Sam's closed inzet, for the school: it names the expert, never the pupil, and has no phase. */
function onderzoekItem(overrides: Partial<ExpertinzetWerkvoorraadItem> = {}): ExpertinzetWerkvoorraadItem {
  const { status: _fase, ...zonderFase } = inzetItem({
    tevredenheidsonderzoekId: ONDERZOEK_ID,
    leerlingId: null,
    leerlingNaam: null,
    actie: 'tevredenheid-invullen',
    voor: 'school-medewerker',
    omschrijving: 'Vul het tevredenheidsonderzoek in over de inzet van Eva Expert',
    deadline: '2026-12-01',
    verlopen: true,
  });
  return { ...zonderFase, ...overrides };
}

const procesbegeleider = (): components['schemas']['Ik'] => ({ ...medewerker(), naam: 'Pim Procesbegeleider', functies: ['regionaal-procesbegeleider'] });

describe('WerkvoorraadPage with inzetten van experts', () => {
  it("merges the expert's inzet lines with the arrangementen by deadline, each leading to the inzet", async () => {
    const fetchMock = mockArrangementApi((url) => {
      if (url.pathname === ARRANGEMENTEN) return jsonResponse(werkvoorraadPagina([werkvoorraadItem({ actie: 'evalueren', voor: 'expert', status: 'actief', deadline: '2026-12-10' })]));
      if (url.pathname === INZETTEN) {
        return jsonResponse(werkvoorraadPagina([inzetItem(), inzetItem({ actie: 'afsluiten', status: 'evaluatie', deadline: '2026-12-02', verlopen: true, omschrijving: 'Evaluatie: sluit de inzet af' })]));
      }
      return jsonResponse({ items: [] });
    }, expert());

    renderApp('/werkvoorraad', aangemeld());

    const tabel = await screen.findByRole('table', { name: 'Wat op uw actie wacht als expert (3)' });
    expect(screen.getByText('Er wachten 3 acties op u; bij 1 is de deadline verlopen.')).toBeDefined();
    expect(within(tabel).getAllByRole('row').slice(1).map(cellen)).toEqual([
      ['Sam de VriesBasisschool De Regenboog (12AB00)', 'Inzet van een expert', 'Inzet afsluitenEvaluatie: sluit de inzet af', 'Gedrag', 'Evaluatie', '2 december 2026Verlopen'],
      ['Sam de VriesBasisschool De Regenboog (12AB00)', 'Arrangement', expect.stringMatching(/^Evalueren/), 'Onderwijsarrangement', 'Actief', '10 december 2026'],
      [
        'Sam de VriesBasisschool De Regenboog (12AB00)',
        'Inzet van een expert',
        'Naar de volgende faseVoorbereiding: maak met de school de vraag, verwachtingen en rollen helder en ga naar waarnemen',
        'Gedrag',
        'Voorbereiding',
        '22 december 2026',
      ],
    ]);
    expect(within(tabel).getAllByRole('link').map((link) => link.getAttribute('href'))).toEqual([
      `/expertinzetten/${INZET_ID}`,
      `/arrangementen/${ARRANGEMENT_ID}`,
      `/expertinzetten/${INZET_ID}`,
    ]);
    // An expert has no OPP lines: that werkvoorraad is not asked for.
    expect(verzoekenNaar(fetchMock, '/api/v1/ontwikkelingsperspectiefplannen')).toEqual([]);
  });

  it("shows the school its plan van aanpak and the open tevredenheidsonderzoek, which names the expert and leads to the onderzoeken", async () => {
    mockArrangementApi((url) => {
      if (url.pathname === INZETTEN) {
        return jsonResponse(
          werkvoorraadPagina([
            onderzoekItem(),
            inzetItem({ actie: 'plan-vastleggen', voor: 'school-medewerker', status: 'plannen', omschrijving: 'Plannen: leg het plan van aanpak vast' }),
          ]),
        );
      }
      return jsonResponse({ items: [], aanvragen: [], totaal: 0 });
    }, ibEr());

    renderApp('/werkvoorraad', aangemeld());

    const tabel = await screen.findByRole('table', { name: 'Wat op uw actie wacht als intern begeleider (2)' });
    expect(within(tabel).getAllByRole('row').slice(1).map(cellen)).toEqual([
      [
        'Inzet van Eva ExpertBasisschool De Regenboog (12AB00)',
        'Tevredenheidsonderzoek',
        'Tevredenheidsonderzoek invullenVul het tevredenheidsonderzoek in over de inzet van Eva Expert',
        'Gedrag',
        'Nog niet ingevuld',
        '1 december 2026Verlopen',
      ],
      ['Sam de VriesBasisschool De Regenboog (12AB00)', 'Inzet van een expert', 'Plan van aanpak vastleggenPlannen: leg het plan van aanpak vast', 'Gedrag', 'Plannen', '22 december 2026'],
    ]);
    expect(within(tabel).getByRole('link', { name: 'Inzet van Eva Expert' }).getAttribute('href')).toBe('/tevredenheid');
    expect(within(tabel).getByRole('link', { name: 'Sam de Vries' }).getAttribute('href')).toBe(`/expertinzetten/${INZET_ID}`);
    expect(screen.getByText(/Ook de inzetten van experts: koppelen, de volgende fase, het plan van aanpak, afsluiten en het tevredenheidsonderzoek\./)).toBeDefined();
  });

  it('shows the regionaal procesbegeleider the inzetten that wait for an expert, each leading to the inzet', async () => {
    mockArrangementApi((url) => {
      if (url.pathname === INZETTEN) {
        return jsonResponse(
          werkvoorraadPagina([
            inzetItem({
              actie: 'expert-koppelen',
              voor: 'swv-medewerker',
              status: 'wacht-op-expert',
              expertNaam: null,
              omschrijving: 'De school wacht op een expert: koppel er een aan de inzet',
            }),
          ]),
        );
      }
      return jsonResponse({ items: [] });
    }, procesbegeleider());

    renderApp('/werkvoorraad', aangemeld());

    const tabel = await screen.findByRole('table', { name: 'Wat op uw actie wacht als SWV-medewerker (1)' });
    expect(within(tabel).getByText('Expert koppelen')).toBeDefined();
    expect(within(tabel).getByText('Wacht op expert')).toBeDefined();
    expect(within(tabel).getByRole('link', { name: 'Sam de Vries' }).getAttribute('href')).toBe(`/expertinzetten/${INZET_ID}`);
  });

  it('does not ask an SWV medewerker without that functie for inzet lines', async () => {
    const fetchMock = mockArrangementApi(() => jsonResponse({ items: [] }), medewerker());

    renderApp('/werkvoorraad', aangemeld());

    expect(await screen.findByText('Er wacht nu niets op uw actie.')).toBeDefined();
    expect(verzoekenNaar(fetchMock, INZETTEN)).toEqual([]);
  });

  it('keeps the other lines when the inzet lines fail to load, and says which part failed', async () => {
    mockArrangementApi((url) => {
      if (url.pathname === ARRANGEMENTEN) return jsonResponse(werkvoorraadPagina([werkvoorraadItem({ voor: 'expert' })]));
      if (url.pathname === INZETTEN) return new Response(null, { status: 503 });
      return jsonResponse({ items: [] });
    }, expert());

    renderApp('/werkvoorraad', aangemeld());

    expect(await screen.findByText('Wat op u wacht bij inzetten van experts kon niet worden geladen.')).toBeDefined();
    await waitFor(() => expect(screen.getByRole('table', { name: 'Wat op uw actie wacht als expert (1)' })).toBeDefined());
  });
});
