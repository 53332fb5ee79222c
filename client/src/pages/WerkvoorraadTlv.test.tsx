import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ARRANGEMENT_ID, ibEr, werkvoorraadItem, werkvoorraadPagina } from '../test/arrangementFixtures';
import { mockArrangementApi, probleem, verzoekenNaar } from '../test/arrangementApi';
import { FakeUserManager, testUser } from '../test/fakeUserManager';
import { medewerker } from '../test/fixtures';
import { jsonResponse, renderApp } from '../test/renderApp';
import { deskundige, TLV_ID, tlvWerkvoorraadItem } from '../test/tlvFixtures';

const aangemeld = () => new FakeUserManager(testUser());
const ARRANGEMENTEN = '/api/v1/arrangementen/werkvoorraad';
const TLVS = '/api/v1/toelaatbaarheidsverklaringen/werkvoorraad';
const cellen = (rij: HTMLElement) => [...rij.querySelectorAll('th, td')].map((cel) => cel.textContent);

describe('WerkvoorraadPage with toelaatbaarheidsverklaringen', () => {
  it('merges the TLV lines into the list per role, earliest deadline first, each saying its zaak and opening its page', async () => {
    mockArrangementApi((url) => {
      if (url.pathname === ARRANGEMENTEN) return jsonResponse(werkvoorraadPagina([werkvoorraadItem({ deadline: '2026-12-22' })]));
      if (url.pathname === TLVS) {
        return jsonResponse({
          items: [
            tlvWerkvoorraadItem({ deadline: '2026-12-10', verlopen: true }),
            tlvWerkvoorraadItem({
              status: 'in-bezwaar',
              actie: 'lbt-advies-vragen',
              omschrijving: 'Bezwaar ontvangen: stuur de stukken naar de LBT en vraag advies (binnen 14 dagen)',
              deadline: '2027-01-05',
            }),
          ],
        });
      }
      return jsonResponse({ items: [] });
    }, medewerker());

    renderApp('/werkvoorraad', aangemeld());

    const tabel = await screen.findByRole('table', { name: 'Wat op uw actie wacht als SWV-medewerker (3)' });
    expect(screen.getByText('Er wachten 3 acties op u; bij 1 is de deadline verlopen.')).toBeDefined();
    const rijen = within(tabel).getAllByRole('row').slice(1);
    expect(rijen.map(cellen)).toEqual([
      [
        'Sam de VriesBasisschool De Regenboog (12AB00)',
        'Toelaatbaarheidsverklaring',
        'BesluitenBeide adviezen zijn binnen: neem een besluit',
        'Speciaal onderwijs (SO)',
        'In advisering',
        '10 december 2026Verlopen',
      ],
      [
        'Sam de VriesBasisschool De Regenboog (12AB00)',
        'Arrangement',
        'In behandeling nemenNieuwe aanvraag: neem haar in behandeling',
        'Onderwijsarrangement',
        'Aangevraagd',
        '22 december 2026',
      ],
      [
        'Sam de VriesBasisschool De Regenboog (12AB00)',
        'Toelaatbaarheidsverklaring',
        'LBT om advies vragenBezwaar ontvangen: stuur de stukken naar de LBT en vraag advies (binnen 14 dagen)',
        'Speciaal onderwijs (SO)',
        'In bezwaar',
        '5 januari 2027',
      ],
    ]);
    const links = within(tabel).getAllByRole('link').map((link) => link.getAttribute('href'));
    expect(links).toEqual([`/toelaatbaarheidsverklaringen/${TLV_ID}`, `/arrangementen/${ARRANGEMENT_ID}`, `/toelaatbaarheidsverklaringen/${TLV_ID}`]);
    expect(screen.getByText('De export bevat alleen de acties bij arrangementen.')).toBeDefined();
  });

  it("gives a deskundige the werkvoorraad from the menu and the start page, with the advices asked of them and nothing of arrangementen or schools", async () => {
    const fetchMock = mockArrangementApi(
      (url) =>
        url.pathname === TLVS
          ? jsonResponse({
              items: [
                tlvWerkvoorraadItem({ actie: 'adviseren', voor: 'deskundige', omschrijving: 'U bent gevraagd om advies over deze aanvraag' }),
              ],
            })
          : probleem({ type: 'about:blank', title: 'Forbidden', status: 403 }, 403),
      deskundige(),
    );

    const { router } = renderApp('/', aangemeld());

    const tabel = await screen.findByRole('table', { name: 'Wat op uw actie wacht als deskundige (1)' });
    expect(router.state.location.pathname).toBe('/werkvoorraad');
    expect(within(tabel).getByRole('link', { name: 'Sam de Vries' }).getAttribute('href')).toBe(`/toelaatbaarheidsverklaringen/${TLV_ID}`);
    expect(within(tabel).getByText('Advies uitbrengen')).toBeDefined();
    expect(screen.getByText(/waarover u om advies bent gevraagd/)).toBeDefined();
    const menu = within(screen.getByRole('navigation', { name: 'Hoofdmenu' })).getAllByRole('link');
    expect(menu.map((link) => link.textContent)).toEqual(['Mijn werkvoorraad', 'Toelaatbaarheidsverklaringen', 'Expertises', 'Mijn gegevens']);
    expect(screen.queryByRole('group', { name: 'Exporteren' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Arrangement aanvragen' })).toBeNull();
    expect(verzoekenNaar(fetchMock, ARRANGEMENTEN)).toEqual([]);
    expect(verzoekenNaar(fetchMock, '/api/v1/scholen')).toEqual([]);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('keeps the arrangementen when the TLV lines fail to load, and says which part failed', async () => {
    mockArrangementApi((url) => {
      if (url.pathname === ARRANGEMENTEN) return jsonResponse(werkvoorraadPagina([werkvoorraadItem()]));
      if (url.pathname === TLVS) return new Response(null, { status: 503 });
      return jsonResponse({ items: [], aanvragen: [], totaal: 0 });
    }, ibEr());

    renderApp('/werkvoorraad', aangemeld());

    expect(await screen.findByText('Wat op u wacht bij toelaatbaarheidsverklaringen kon niet worden geladen.')).toBeDefined();
    await waitFor(() => expect(screen.getByRole('table', { name: 'Wat op uw actie wacht als SWV-medewerker (1)' })).toBeDefined());
    expect(screen.queryByText('Er wacht nu niets op uw actie.')).toBeNull();
  });
});
