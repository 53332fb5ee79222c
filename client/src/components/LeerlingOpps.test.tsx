import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Ik } from '../api/ik';
import type { OppRij } from '../api/ontwikkelingsperspectiefplannen';
import { expert, ibEr, leerling, LEERLING_ID } from '../test/arrangementFixtures';
import { mockArrangementApi, verzoekenNaar } from '../test/arrangementApi';
import { FakeUserManager, testUser } from '../test/fakeUserManager';
import { medewerker } from '../test/fixtures';
import { OPP_ID, oppRij } from '../test/oppFixtures';
import { jsonResponse, renderApp } from '../test/renderApp';

const OPPS = '/api/v1/ontwikkelingsperspectiefplannen';
const cellen = (rij: HTMLElement) => [...rij.querySelectorAll('th, td')].map((cel) => cel.textContent);

function api(opps: OppRij[] | Response, ik: Ik = ibEr()) {
  return mockArrangementApi((url) => {
    if (url.pathname === `/api/v1/leerlingen/${LEERLING_ID}`) return jsonResponse(leerling());
    if (url.pathname === OPPS) return opps instanceof Response ? opps : jsonResponse({ ontwikkelingsperspectiefplannen: opps, totaal: opps.length });
    return jsonResponse({ arrangementen: [], toelaatbaarheidsverklaringen: [], totaal: 0, betrokkenen: [], dossiers: [], toestemmingen: [], mogelijkeOntvangers: [] });
  }, ik);
}

async function openSectie() {
  renderApp(`/leerlingen/${LEERLING_ID}`, new FakeUserManager(testUser()));
  await screen.findByRole('heading', { level: 1, name: 'Sam de Vries' });
  return screen.getByRole('region', { name: 'Ontwikkelingsperspectiefplan' });
}

describe('LeerlingOpps on the pupil page', () => {
  it("lists the pupil's plans with status, the version that holds and the terms, each opening its page", async () => {
    const fetchMock = api([
      oppRij(),
      oppRij({
        id: '0197d3c4-8888-7a8b-9c0d-1e2f3a4b5c99',
        vestiging: '34CD00',
        status: 'in-herziening',
        geldendeVersie: 2,
        conceptversie: 3,
        startdatum: '2025-01-06',
        vaststellenUiterlijk: '2025-02-17',
        eersteVaststelling: '2025-02-01',
        evaluatieUiterlijk: '2027-07-31',
      }),
    ]);

    const sectie = await openSectie();

    const tabel = await within(sectie).findByRole('table', { name: 'Ontwikkelingsperspectiefplannen van Sam de Vries (2)' });
    expect(within(sectie).getByRole('heading', { level: 2, name: 'Ontwikkelingsperspectiefplan' })).toBeDefined();
    expect(within(tabel).getAllByRole('row').slice(1).map(cellen)).toEqual([
      ['OPP gestart op 01-11-2026Basisschool De Regenboog (12AB00)', 'Concept, nog niet vastgesteld', 'Nog geen', '13-12-2026', '–'],
      ['OPP gestart op 06-01-202534CD00', 'Vastgesteld, nieuwe versie in concept', 'Versie 2; versie 3 in concept', 'Vastgesteld op 01-02-2025', '31-07-2027'],
    ]);
    expect(within(tabel).getAllByRole('link')[0]?.getAttribute('href')).toBe(`/ontwikkelingsperspectiefplannen/${OPP_ID}`);
    expect(verzoekenNaar(fetchMock, OPPS).map((r) => new URL(r.url).searchParams.get('leerlingId'))).toEqual([LEERLING_ID]);
    // An open plan at the pupil's school: there is nothing to start.
    expect(within(sectie).queryByRole('link', { name: 'OPP starten' })).toBeNull();
  });

  it('offers the school to start a plan when the pupil has no open one at its school', async () => {
    api([oppRij({ status: 'afgesloten', geldendeVersie: 1, conceptversie: null, einddatum: '2026-10-01' })]);

    const sectie = await openSectie();

    const starten = await within(sectie).findByRole('link', { name: 'OPP starten' });
    expect(starten.getAttribute('href')).toBe(`/ontwikkelingsperspectiefplannen/nieuw?leerling=${LEERLING_ID}`);
  });

  it('says there is no plan yet; only the school starts one', async () => {
    api([], medewerker());

    const sectie = await openSectie();

    expect(await within(sectie).findByText('Sam de Vries heeft nog geen ontwikkelingsperspectiefplan (OPP).')).toBeDefined();
    expect(within(sectie).queryByRole('link', { name: 'OPP starten' })).toBeNull();
  });

  it('says so when the plans cannot be loaded, and offers nothing to start', async () => {
    api(new Response(null, { status: 503 }));

    const sectie = await openSectie();

    expect(await within(sectie).findByText('De ontwikkelingsperspectiefplannen van deze leerling konden niet worden geladen.')).toBeDefined();
    expect(within(sectie).queryByRole('link', { name: 'OPP starten' })).toBeNull();
  });

  it('shows an expert the section without a way to start a plan', async () => {
    api([oppRij()], expert());

    const sectie = await openSectie();

    expect(await within(sectie).findByRole('table', { name: 'Ontwikkelingsperspectiefplannen van Sam de Vries (1)' })).toBeDefined();
    expect(within(sectie).queryByRole('link', { name: 'OPP starten' })).toBeNull();
  });
});
