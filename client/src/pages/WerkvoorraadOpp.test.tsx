import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ARRANGEMENT_ID, expert, ibEr, LEERLING_ID, werkvoorraadItem, werkvoorraadPagina } from '../test/arrangementFixtures';
import { mockArrangementApi, verzoekenNaar } from '../test/arrangementApi';
import { FakeUserManager, testUser } from '../test/fakeUserManager';
import { medewerker } from '../test/fixtures';
import { OPP_ID, oppOntbreektItem, oppWerkvoorraadItem } from '../test/oppFixtures';
import { jsonResponse, renderApp } from '../test/renderApp';

const aangemeld = () => new FakeUserManager(testUser());
const ARRANGEMENTEN = '/api/v1/arrangementen/werkvoorraad';
const OPPS = '/api/v1/ontwikkelingsperspectiefplannen/werkvoorraad';
const cellen = (rij: HTMLElement) => [...rij.querySelectorAll('th, td')].map((cel) => cel.textContent);

describe('WerkvoorraadPage with ontwikkelingsperspectiefplannen', () => {
  it('merges the OPP lines by deadline; a line with a plan opens it, "OPP ontbreekt" without one leads to starting it', async () => {
    mockArrangementApi((url) => {
      if (url.pathname === ARRANGEMENTEN) return jsonResponse(werkvoorraadPagina([werkvoorraadItem({ deadline: '2026-12-20', voor: 'school-medewerker' })]));
      if (url.pathname === OPPS) {
        return jsonResponse(werkvoorraadPagina([oppWerkvoorraadItem({ deadline: '2026-11-20', verlopen: true }), oppOntbreektItem({ deadline: '2026-12-22' })]));
      }
      return jsonResponse({ items: [], aanvragen: [], totaal: 0 });
    }, ibEr());

    renderApp('/werkvoorraad', aangemeld());

    const tabel = await screen.findByRole('table', { name: 'Wat op uw actie wacht als intern begeleider (3)' });
    expect(screen.getByText('Er wachten 3 acties op u; bij 1 is de deadline verlopen.')).toBeDefined();
    const rijen = within(tabel).getAllByRole('row').slice(1);
    expect(rijen.map(cellen)).toEqual([
      [
        'Sam de VriesBasisschool De Regenboog (12AB00)',
        'Ontwikkelingsperspectiefplan',
        'OPP vaststellenStel het OPP vast: de wettelijke termijn van zes weken loopt',
        '–',
        'Concept, nog niet vastgesteld',
        '20 november 2026Verlopen',
      ],
      [
        'Sam de VriesBasisschool De Regenboog (12AB00)',
        'Arrangement',
        'In behandeling nemenNieuwe aanvraag: neem haar in behandeling',
        'Onderwijsarrangement',
        'Aangevraagd',
        '20 december 2026',
      ],
      [
        'Sam de VriesBasisschool De Regenboog (12AB00)',
        'Ontwikkelingsperspectiefplan',
        'OPP ontbreektEr loopt een arrangement, maar de leerling heeft nog geen OPP: start het en stel het binnen zes weken vast',
        '–',
        'Nog geen OPP',
        '22 december 2026',
      ],
    ]);
    const links = within(tabel).getAllByRole('link').map((link) => link.getAttribute('href'));
    expect(links).toEqual([
      `/ontwikkelingsperspectiefplannen/${OPP_ID}`,
      `/arrangementen/${ARRANGEMENT_ID}`,
      `/ontwikkelingsperspectiefplannen/nieuw?leerling=${LEERLING_ID}`,
    ]);
  });

  it('shows the SWV the missing plan under its own role, opening the concept the school started', async () => {
    mockArrangementApi((url) => {
      if (url.pathname === OPPS) return jsonResponse(werkvoorraadPagina([oppOntbreektItem({ oppId: OPP_ID, status: 'concept', voor: 'swv-medewerker' })]));
      return jsonResponse({ items: [] });
    }, medewerker());

    renderApp('/werkvoorraad', aangemeld());

    const tabel = await screen.findByRole('table', { name: 'Wat op uw actie wacht als SWV-medewerker (1)' });
    expect(within(tabel).getByRole('link', { name: 'Sam de Vries' }).getAttribute('href')).toBe(`/ontwikkelingsperspectiefplannen/${OPP_ID}`);
    expect(within(tabel).getByText('OPP ontbreekt')).toBeDefined();
    expect(within(tabel).getByText('Concept, nog niet vastgesteld')).toBeDefined();
  });

  it('shows the first page of OPP lines with the total and loads the next with Meer laden, saying so when that fails', async () => {
    let mislukt = true;
    const fetchMock = mockArrangementApi((url) => {
      if (url.pathname !== OPPS) return jsonResponse({ items: [], aanvragen: [], totaal: 0 });
      if (url.searchParams.get('cursor') !== 'opp-2') {
        return jsonResponse(werkvoorraadPagina([oppWerkvoorraadItem({ deadline: '2026-12-13' })], { totaal: 2, volgendeCursor: 'opp-2' }));
      }
      if (mislukt) return new Response(null, { status: 503 });
      return jsonResponse(werkvoorraadPagina([oppOntbreektItem({ deadline: '2026-12-22' })], { totaal: 2 }));
    }, ibEr());

    renderApp('/werkvoorraad', aangemeld());

    expect(await screen.findByText('Er wachten 2 acties op u; u ziet de eerste 1, de vroegste deadline eerst.')).toBeDefined();
    fireEvent.click(screen.getByRole('button', { name: 'Meer laden' }));
    expect(await screen.findByText('Meer acties laden is niet gelukt.')).toBeDefined();
    expect(screen.getByRole('table', { name: 'Wat op uw actie wacht als intern begeleider (1)' })).toBeDefined();

    mislukt = false;
    fireEvent.click(screen.getByRole('button', { name: 'Meer laden' }));
    const tabel = await screen.findByRole('table', { name: 'Wat op uw actie wacht als intern begeleider (2)' });
    expect(within(tabel).getAllByRole('link').map((link) => link.getAttribute('href'))).toEqual([
      `/ontwikkelingsperspectiefplannen/${OPP_ID}`,
      `/ontwikkelingsperspectiefplannen/nieuw?leerling=${LEERLING_ID}`,
    ]);
    expect(screen.queryByText('Meer acties laden is niet gelukt.')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Meer laden' })).toBeNull();
    expect(verzoekenNaar(fetchMock, OPPS).map((r) => new URL(r.url).search)).toEqual(['', '?cursor=opp-2', '?cursor=opp-2']);
  });

  it('keeps the other lines when the OPP lines fail to load, and says which part failed', async () => {
    mockArrangementApi((url) => {
      if (url.pathname === ARRANGEMENTEN) return jsonResponse(werkvoorraadPagina([werkvoorraadItem()]));
      if (url.pathname === OPPS) return new Response(null, { status: 503 });
      return jsonResponse({ items: [], aanvragen: [], totaal: 0 });
    }, ibEr());

    renderApp('/werkvoorraad', aangemeld());

    expect(await screen.findByText('Wat op u wacht bij ontwikkelingsperspectiefplannen kon niet worden geladen.')).toBeDefined();
    await waitFor(() => expect(screen.getByRole('table', { name: 'Wat op uw actie wacht als SWV-medewerker (1)' })).toBeDefined());
  });

  it('does not ask an expert for OPP lines: the school and the SWV have them', async () => {
    const fetchMock = mockArrangementApi(() => jsonResponse({ items: [] }), expert());

    renderApp('/werkvoorraad', aangemeld());

    expect(await screen.findByText('Er wacht nu niets op uw actie.')).toBeDefined();
    expect(verzoekenNaar(fetchMock, OPPS)).toEqual([]);
  });
});
