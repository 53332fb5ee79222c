import { fireEvent, screen, waitFor, within } from '@testing-library/react';
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
        return jsonResponse(
          werkvoorraadPagina([
            tlvWerkvoorraadItem({ deadline: '2026-12-10', verlopen: true }),
            tlvWerkvoorraadItem({
              status: 'in-bezwaar',
              actie: 'lbt-advies-vragen',
              omschrijving: 'Bezwaar ontvangen: stuur de stukken naar de LBT en vraag advies (binnen 14 dagen)',
              deadline: '2027-01-05',
            }),
          ]),
        );
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
          ? jsonResponse(
              werkvoorraadPagina([
                tlvWerkvoorraadItem({ actie: 'adviseren', voor: 'deskundige', omschrijving: 'U bent gevraagd om advies over deze aanvraag' }),
              ]),
            )
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

  it('shows the lines up to where every werkvoorraad is loaded, with the total of all, and loads the next TLV page with Meer laden', async () => {
    const fetchMock = mockArrangementApi((url) => {
      if (url.pathname === ARRANGEMENTEN) return jsonResponse(werkvoorraadPagina([werkvoorraadItem({ deadline: '2026-12-22' })]));
      if (url.pathname === TLVS) {
        return url.searchParams.get('cursor') === 'tlv-2'
          ? jsonResponse(werkvoorraadPagina([tlvWerkvoorraadItem({ actie: 'bekendmaken', status: 'besloten', deadline: '2027-01-05' })], { totaal: 2 }))
          : jsonResponse(werkvoorraadPagina([tlvWerkvoorraadItem({ deadline: '2026-12-10' })], { totaal: 2, volgendeCursor: 'tlv-2' }));
      }
      return jsonResponse({ items: [] });
    }, medewerker());

    renderApp('/werkvoorraad', aangemeld());

    // The arrangement (22 December) may come after TLV lines not loaded yet, so it waits for them.
    expect(await screen.findByText('Er wachten 3 acties op u; u ziet de eerste 1, de vroegste deadline eerst.')).toBeDefined();
    const eerst = screen.getByRole('table', { name: 'Wat op uw actie wacht als SWV-medewerker (1)' });
    expect(within(eerst).getAllByRole('row').slice(1).map((rij) => cellen(rij)[2])).toEqual(['BesluitenBeide adviezen zijn binnen: neem een besluit']);
    fireEvent.click(screen.getByRole('button', { name: 'Meer laden' }));

    const tabel = await screen.findByRole('table', { name: 'Wat op uw actie wacht als SWV-medewerker (3)' });
    expect(within(tabel).getAllByRole('row').slice(1).map((rij) => [cellen(rij)[1], cellen(rij)[5]])).toEqual([
      ['Toelaatbaarheidsverklaring', '10 december 2026'],
      ['Arrangement', '22 december 2026'],
      ['Toelaatbaarheidsverklaring', '5 januari 2027'],
    ]);
    expect(screen.getByText('Er wachten 3 acties op u.')).toBeDefined();
    expect(screen.queryByRole('button', { name: 'Meer laden' })).toBeNull();
    expect(verzoekenNaar(fetchMock, TLVS).map((r) => new URL(r.url).search)).toEqual(['', '?cursor=tlv-2']);
    expect(verzoekenNaar(fetchMock, ARRANGEMENTEN).map((r) => new URL(r.url).search)).toEqual(['']);
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
