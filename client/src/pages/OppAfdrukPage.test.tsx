import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Opp } from '../api/ontwikkelingsperspectiefplannen';
import { ibEr, ILSE } from '../test/arrangementFixtures';
import { mockArrangementApi, probleem } from '../test/arrangementApi';
import { FakeUserManager, testUser } from '../test/fakeUserManager';
import { instemming, opp, OPP_ID, versie } from '../test/oppFixtures';
import { jsonResponse, renderApp } from '../test/renderApp';

const overleg = { datum: '2027-01-04', deelnemers: 'Anna de Vries, Ilse de IB\'er', uitkomst: 'Eens over de doelen.', vastgelegdDoor: ILSE, vastgelegdOp: '2027-01-04T12:00:00Z' };

function api(plan: Opp | 'niet-gevonden') {
  return mockArrangementApi((url) => {
    if (url.pathname === `/api/v1/ontwikkelingsperspectiefplannen/${OPP_ID}`) {
      return plan === 'niet-gevonden'
        ? probleem({ type: 'about:blank', title: 'Not Found', status: 404, detail: 'Dit plan bestaat niet.' }, 404)
        : jsonResponse(plan);
    }
    return new Response(null, { status: 404 });
  }, ibEr());
}

async function open(nummer: number) {
  renderApp(`/ontwikkelingsperspectiefplannen/${OPP_ID}/versies/${nummer}/afdrukken`, new FakeUserManager(testUser()));
  return screen.findByRole('heading', { level: 1, name: 'Ontwikkelingsperspectiefplan van Sam de Vries' });
}

describe('OppAfdrukPage', () => {
  it('shows one version as a document: pupil, school, content, overleg, hoorrecht and instemming, with lines to sign', async () => {
    api(opp({ versies: [versie({ overleg, hoorrecht: { gehoord: false, toelichting: 'Sam is vier jaar.', vastgelegdDoor: ILSE, vastgelegdOp: '2027-01-04T12:00:00Z' } })] }));
    await open(1);

    expect(screen.getByText(/^Versie 1 · Concept/)).toBeTruthy();
    expect(screen.getAllByRole('heading', { level: 2 }).map((kop) => kop.textContent)).toEqual([
      'Leerling en school',
      'Inhoud van het plan',
      'Overleg met de ouders',
      'Hoorrecht van de leerling',
      'Instemming van de ouders',
      'Ondertekening',
    ]);
    const gegevens = screen.getByRole('region', { name: 'Leerling en school' });
    expect(within(gegevens).getByText('Basisonderwijs')).toBeTruthy();
    expect(within(gegevens).getByText('2 november 2026')).toBeTruthy();
    expect(within(gegevens).getByText('Nog niet vastgesteld')).toBeTruthy();
    await within(gegevens).findByText(/\(12AB00\)$/);
    expect(within(screen.getByRole('region', { name: 'Inhoud van het plan' })).getByText('Vmbo kaderberoepsgerichte leerweg')).toBeTruthy();
    expect(within(screen.getByRole('region', { name: 'Overleg met de ouders' })).getByText('Eens over de doelen.')).toBeTruthy();
    const hoorrecht = screen.getByRole('region', { name: 'Hoorrecht van de leerling' });
    expect(within(hoorrecht).getByText('Nee')).toBeTruthy();
    expect(within(hoorrecht).getByText('Sam is vier jaar.')).toBeTruthy();
    expect(within(screen.getByRole('region', { name: 'Instemming van de ouders' })).getByText('Nog niet gevraagd')).toBeTruthy();

    const ondertekening = screen.getByRole('region', { name: 'Ondertekening' });
    expect(within(ondertekening).getAllByRole('heading', { level: 3 }).map((kop) => kop.textContent)).toEqual(['Ouders of verzorgers', 'School']);
    expect(within(ondertekening).getAllByText('Handtekening')).toHaveLength(2);
    expect(screen.getByRole('button', { name: 'Afdrukken' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Terug naar het plan' }).getAttribute('href')).toBe(`/ontwikkelingsperspectiefplannen/${OPP_ID}`);
  });

  it('has no lines to sign once the ouders agreed to exactly this version', async () => {
    api(
      opp({
        status: 'vastgesteld',
        conceptversie: null,
        geldendeVersie: 1,
        versies: [versie({ status: 'vastgesteld', vastgesteldOp: '2027-01-10', vastgesteldDoor: ILSE, handelingsdeelVastgesteld: true, overleg, instemming: instemming() })],
      }),
    );
    await open(1);
    expect(screen.getByText('Gegeven op 5 januari 2027 door Anna de Vries, op papier ondertekend')).toBeTruthy();
    expect(screen.getByText("10 januari 2027 door Ilse de IB'er")).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Ondertekening' })).toBeNull();
    expect(screen.queryByText('Handtekening')).toBeNull();
  });

  it('still has lines to sign when the ouders agreed to an older text', async () => {
    api(opp({ versies: [versie({ instemming: instemming({ geldig: false }) })] }));
    await open(1);
    expect(screen.getByText(/^Gegeven op een oudere tekst/)).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Ondertekening' })).toBeTruthy();
  });

  it('says so when the plan has no such version', async () => {
    api(opp());
    await open(7);
    expect(screen.getByText('Dit plan heeft geen versie 7.')).toBeTruthy();
  });

  it('says so when the plan cannot be found', async () => {
    api('niet-gevonden');
    renderApp(`/ontwikkelingsperspectiefplannen/${OPP_ID}/versies/1/afdrukken`, new FakeUserManager(testUser()));
    expect(await screen.findByText('Dit ontwikkelingsperspectiefplan bestaat niet, of u mag het niet zien.')).toBeTruthy();
  });
});
