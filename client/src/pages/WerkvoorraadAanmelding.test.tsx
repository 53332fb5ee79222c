import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AANMELDING_ID, aanmeldingWerkvoorraadItem } from '../test/aanmeldingFixtures';
import { ARRANGEMENT_ID, ibEr, werkvoorraadItem, werkvoorraadPagina } from '../test/arrangementFixtures';
import { mockArrangementApi, verzoekenNaar } from '../test/arrangementApi';
import { FakeUserManager, testUser } from '../test/fakeUserManager';
import { beheerder, medewerker } from '../test/fixtures';
import { jsonResponse, renderApp } from '../test/renderApp';

const aangemeld = () => new FakeUserManager(testUser());
const ARRANGEMENTEN = '/api/v1/arrangementen/werkvoorraad';
const AANMELDINGEN = '/api/v1/aanmeldingen/werkvoorraad';
const cellen = (rij: HTMLElement) => [...rij.querySelectorAll('th, td')].map((cel) => cel.textContent);

describe('WerkvoorraadPage with aanmeldingen', () => {
  it("merges the school's besluiten line by deadline, opening the aanmelding", async () => {
    mockArrangementApi((url) => {
      if (url.pathname === ARRANGEMENTEN) return jsonResponse(werkvoorraadPagina([werkvoorraadItem({ deadline: '2027-04-20', voor: 'school-medewerker' })]));
      if (url.pathname === AANMELDINGEN) return jsonResponse(werkvoorraadPagina([aanmeldingWerkvoorraadItem()]));
      return jsonResponse({ items: [], aanvragen: [], totaal: 0 });
    }, ibEr());

    renderApp('/werkvoorraad', aangemeld());

    const tabel = await screen.findByRole('table', { name: 'Wat op uw actie wacht als intern begeleider (2)' });
    const rijen = within(tabel).getAllByRole('row').slice(1);
    expect(rijen.map(cellen)[0]).toEqual([
      'Sam de VriesBasisschool De Regenboog (12AB00)',
      'Aanmelding',
      'Besluiten over de toelatingBesluit over de toelating: de zorgplicht loopt',
      '–',
      'Ontvangen, besluit volgt',
      '12 april 2027',
    ]);
    expect(within(tabel).getAllByRole('link').map((link) => link.getAttribute('href'))).toEqual([`/aanmeldingen/${AANMELDING_ID}`, `/arrangementen/${ARRANGEMENT_ID}`]);
  });

  it('shows the SWV its zorgplicht-bewaken line, an overdue one marked', async () => {
    mockArrangementApi((url) => {
      if (url.pathname === AANMELDINGEN) {
        return jsonResponse(
          werkvoorraadPagina([
            aanmeldingWerkvoorraadItem({ actie: 'zorgplicht-bewaken', voor: 'swv-medewerker', verlopen: true, deadline: '2027-03-30', omschrijving: 'Termijn verlopen: 3 dagen te laat' }),
          ]),
        );
      }
      return jsonResponse({ items: [], totaal: 0 });
    }, medewerker());

    renderApp('/werkvoorraad', aangemeld());

    const tabel = await screen.findByRole('table', { name: 'Wat op uw actie wacht als SWV-medewerker (1)' });
    expect(within(tabel).getByText('Zorgplicht bewaken')).toBeDefined();
    expect(within(tabel).getByText('Verlopen')).toBeDefined();
    expect(within(tabel).getByRole('link', { name: 'Sam de Vries' }).getAttribute('href')).toBe(`/aanmeldingen/${AANMELDING_ID}`);
  });

  it('does not ask for aanmeldingen for whom does not work with them', async () => {
    const fetchMock = mockArrangementApi(() => jsonResponse({ items: [], totaal: 0 }), beheerder());

    renderApp('/werkvoorraad', aangemeld());

    await screen.findByRole('heading', { level: 1, name: 'Mijn werkvoorraad' });
    expect(verzoekenNaar(fetchMock, AANMELDINGEN)).toEqual([]);
  });
});
