import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Dossierimport } from '../api/dossiers';
import type { Ik } from '../api/ik';
import { expert, ibEr, leerling, LEERLING_ID } from '../test/arrangementFixtures';
import { mockArrangementApi, verzoekenNaar } from '../test/arrangementApi';
import { DOSSIER_ID, dossier } from '../test/dossierFixtures';
import { FakeUserManager, testUser } from '../test/fakeUserManager';
import { medewerker } from '../test/fixtures';
import { jsonResponse, renderApp } from '../test/renderApp';

const DOSSIERS = `/api/v1/leerlingen/${LEERLING_ID}/dossiers`;
const cellen = (rij: HTMLElement) => [...rij.querySelectorAll('th, td')].map((cel) => cel.textContent);

function api(dossiers: Dossierimport[] | Response, ik: Ik = ibEr(), lasSleutel: string | null = 'LN094837') {
  return mockArrangementApi((url) => {
    if (url.pathname === `/api/v1/leerlingen/${LEERLING_ID}`) return jsonResponse(leerling({ lasSleutel }));
    if (url.pathname === DOSSIERS) return dossiers instanceof Response ? dossiers : jsonResponse({ dossiers });
    return jsonResponse({ arrangementen: [], toelaatbaarheidsverklaringen: [], ontwikkelingsperspectiefplannen: [], totaal: 0, betrokkenen: [], toestemmingen: [], mogelijkeOntvangers: [] });
  }, ik);
}

async function openLeerling() {
  renderApp(`/leerlingen/${LEERLING_ID}`, new FakeUserManager(testUser()));
  return screen.findByRole('heading', { level: 1, name: 'Sam de Vries' });
}

describe('Overdrachtsdossiers on the pupil page', () => {
  it("lists the pupil's dossiers, current first, each opening its page, and shows the LAS key; the school may deliver one", async () => {
    const fetchMock = api([
      dossier(),
      dossier({ id: '0197e0a1-2222-7a8b-9c0d-1e2f3a4b5c6d', status: 'vervangen', dossierdatum: '2026-09-01', ontvangen: '2026-09-02T07:05:00Z' }),
    ]);
    await openLeerling();

    const gegevens = screen.getByRole('region', { name: 'Gegevens' });
    expect(within(gegevens).getByText('Leerlingnummer in het LAS').nextElementSibling?.textContent).toBe('LN094837');
    const sectie = screen.getByRole('region', { name: 'Overdrachtsdossiers' });
    const tabel = await within(sectie).findByRole('table', { name: 'Overdrachtsdossiers van Sam de Vries (2)' });
    expect(within(tabel).getAllByRole('row').slice(1).map(cellen)).toEqual([
      ['Dossier van 14 maart 2027', '15 maart 2027 om 10:30', 'Actueel'],
      ['Dossier van 1 september 2026', '2 september 2026 om 09:05', 'Vervangen door een nieuwer dossier'],
    ]);
    expect(within(tabel).getAllByRole('link')[0]?.getAttribute('href')).toBe(`/dossiers/${DOSSIER_ID}`);
    expect(within(sectie).getByRole('link', { name: 'Dossier aanleveren' }).getAttribute('href')).toBe('/dossiers/nieuw');
    expect(verzoekenNaar(fetchMock, DOSSIERS)).toHaveLength(1);
  });

  it('says there is no dossier yet; SWV staff read the list but deliver from the pupils list', async () => {
    api([], medewerker(), null);
    await openLeerling();

    const sectie = screen.getByRole('region', { name: 'Overdrachtsdossiers' });
    expect(await within(sectie).findByText('Voor Sam de Vries is nog geen overdrachtsdossier (OSO) ontvangen.')).toBeDefined();
    expect(within(sectie).queryByRole('link', { name: 'Dossier aanleveren' })).toBeNull();
    expect(screen.queryByText('Leerlingnummer in het LAS')).toBeNull();
  });

  it('says so when the dossiers cannot be loaded', async () => {
    api(new Response(null, { status: 503 }));
    await openLeerling();

    const sectie = screen.getByRole('region', { name: 'Overdrachtsdossiers' });
    expect(await within(sectie).findByText('De overdrachtsdossiers van deze leerling konden niet worden geladen.')).toBeDefined();
  });

  it('is not there for an expert, who may not read dossiers', async () => {
    const fetchMock = api([dossier()], expert());
    await openLeerling();

    await screen.findByRole('region', { name: 'Arrangementen' });
    expect(screen.queryByRole('region', { name: 'Overdrachtsdossiers' })).toBeNull();
    expect(verzoekenNaar(fetchMock, DOSSIERS)).toEqual([]);
  });

  it("lists the current dossier's TLV's and arrangementen under this SWV's own, as history from elsewhere", async () => {
    const huidig = dossier();
    const metGeschiedenis = dossier({
      gegevens: {
        ...huidig.gegevens,
        tlvs: [{ ingangsdatum: '2016-04-04', einddatum: '2018-07-31', samenwerkingsverband: 'PO00YY', categorie: 'L', beschikkingsnummer: '55667788abcd' }],
      },
    });
    const vervangen = dossier({
      id: '0197e0a1-2222-7a8b-9c0d-1e2f3a4b5c6d',
      status: 'vervangen',
      gegevens: { ...huidig.gegevens, arrangementen: [{ soort: 'Oud', ingangsdatum: '2020-01-01', einddatum: null, kenmerk: null, beschikkingsnummer: null }] },
    });
    api([metGeschiedenis, vervangen], medewerker());
    await openLeerling();

    const tlvSectie = screen.getByRole('region', { name: 'Toelaatbaarheidsverklaringen' });
    const tlvs = await within(tlvSectie).findByRole('table', { name: 'Eerdere toelaatbaarheidsverklaringen van Sam de Vries uit het overdrachtsdossier (1)' });
    expect(within(tlvs).getAllByRole('row').slice(1).map(cellen)).toEqual([
      ['55667788abcd', 'PO00YY', 'Laag (categorie 1)', '4 april 2016', '31 juli 2018'],
    ]);
    expect(within(tlvSectie).getByText(/het zijn geen besluiten van dit samenwerkingsverband/)).toBeDefined();
    expect(within(tlvSectie).getByRole('link', { name: 'overdrachtsdossier van 14 maart 2027' }).getAttribute('href')).toBe(`/dossiers/${DOSSIER_ID}`);

    // Only the current dossier counts: the replaced one's arrangement is not listed.
    const arrangementSectie = screen.getByRole('region', { name: 'Arrangementen' });
    const arrangementen = await within(arrangementSectie).findByRole('table', { name: 'Eerdere arrangementen van Sam de Vries uit het overdrachtsdossier (1)' });
    expect(within(arrangementen).getAllByRole('row').slice(1).map(cellen)).toEqual([
      ['Ambulante begeleiding', 'AB-12', '–', '1 september 2025', '31 juli 2026'],
    ]);
  });

  it('adds nothing to the TLV and arrangement sections without a current dossier', async () => {
    api([dossier({ status: 'vervangen' })], medewerker());
    await openLeerling();
    await screen.findByText('Dossier van 14 maart 2027');
    expect(screen.queryByRole('heading', { name: 'Uit het overdrachtsdossier' })).toBeNull();
  });
});
