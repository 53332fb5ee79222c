import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Middelentoekenning, Verantwoording } from '../api/middelen';
import { ibEr } from '../test/arrangementFixtures';
import { beschrijving, mockArrangementApi, probleem, verzoekenNaar } from '../test/arrangementApi';
import { FakeUserManager, testUser } from '../test/fakeUserManager';
import { medewerker } from '../test/fixtures';
import { jsonResponse, renderApp } from '../test/renderApp';

const aangemeld = () => new FakeUserManager(testUser());

/** The OPP's Ilse may see, as GET /ontwikkelingsperspectiefplannen lists them. */
const oppLijst = () => ({
  ontwikkelingsperspectiefplannen: [
    {
      id: 'opp-sanne',
      leerling: { id: 'leerling-sanne', naam: 'Sanne Jansen' },
      vestiging: '12AB00',
      soortSchool: 'BAO',
      aanleiding: 'extra-ondersteuning',
      status: 'vastgesteld',
      startdatum: '2024-01-12',
      vaststellenUiterlijk: '2024-02-23',
      wachtOpInstemming: false,
    },
  ],
  totaal: 1,
});

/** Opens the 2024 verantwoording of Stichting Primair and its form to edit the lines. */
async function openRegelsBewerken() {
  const jaar = await screen.findByRole('combobox', { name: 'Jaar' });
  await screen.findByRole('option', { name: '2024' });
  fireEvent.change(jaar, { target: { value: '2024' } });
  fireEvent.click(await screen.findByRole('button', { name: 'Verantwoording bekijken: Stichting Primair 2024' }));
  const sectie = await screen.findByRole('region', { name: 'Verantwoording Stichting Primair over 2024' });
  fireEvent.click(await within(sectie).findByRole('button', { name: 'Regels bewerken' }));
  return within(sectie).findByRole('form', { name: 'Regels van de verantwoording Stichting Primair over 2024 bewerken' });
}

/** Adds a pupil line with Sanne's OPP (chosen by its label), "1.250,50" and a note. */
async function voegSannesRegelToe(formulier: HTMLElement) {
  fireEvent.click(within(formulier).getByRole('button', { name: 'Leerlingregel toevoegen' }));
  const regel = within(formulier).getByRole('group', { name: 'Leerlingregel 1' });
  const opp = within(regel).getByLabelText('OPP van de leerling');
  const keuze = await within(regel).findByRole('option', { name: 'Sanne Jansen (Basisschool De Regenboog): OPP vastgesteld, gestart op 12 januari 2024' });
  fireEvent.change(opp, { target: { value: keuze.getAttribute('value') } });
  fireEvent.change(within(regel).getByLabelText(/Besteed bedrag/), { target: { value: '1.250,50' } });
  fireEvent.change(within(regel).getByLabelText(/Toelichting/), { target: { value: 'Leesbegeleiding' } });
  return regel;
}
const ilse = () => ({ ...ibEr(), scholen: [{ vestiging: '12AB00', naam: 'Basisschool De Regenboog' }] });

function toekenning(overrides: Partial<Middelentoekenning> = {}): Middelentoekenning {
  return {
    id: 'toekenning-1',
    schoolbestuurId: 'bestuur-1',
    schoolbestuurNaam: 'Stichting Primair',
    jaar: 2024,
    bedrag: 90000,
    verdeelsleutel: 'per-leerling-op-teldatum',
    scholen: [],
    geschiedenis: [],
    versie: 1,
    ...overrides,
  };
}

function verantwoording(overrides: Partial<Verantwoording> = {}): Verantwoording {
  return {
    id: 'verantwoording-1',
    toekenningId: 'toekenning-1',
    schoolbestuurId: 'bestuur-1',
    schoolbestuurNaam: 'Stichting Primair',
    jaar: 2024,
    status: 'concept',
    regels: [
      { niveau: 'groep', vestiging: '12AB00', schoolNaam: 'Basisschool De Regenboog', groep: '6', doel: 'Lezen', interventies: 'Leesgroep', besteed: 100000, resultaten: 'Beter' },
    ],
    leerlingregels: [],
    toegekend: 90000,
    besteed: 100000,
    overschreden: true,
    waarschuwing: 'Er is € 10.000,00 meer besteed dan toegekend.',
    toegestaneStappen: ['indiening'],
    geschiedenis: [],
    versie: 1,
    ...overrides,
  };
}

describe('MiddelenPage', () => {
  it("lets the IB'er start her bestuur's verantwoording and shows the warning when more is spent", async () => {
    const fetchMock = mockArrangementApi((url, request) => {
      if (url.pathname === '/api/v1/middelentoekenningen') return jsonResponse({ toekenningen: [toekenning()] });
      if (url.pathname === '/api/v1/middelentoekenningen/toekenning-1/verantwoording' && request.method === 'POST') return jsonResponse(verantwoording(), 201);
      if (url.pathname === '/api/v1/verantwoordingen/verantwoording-1') return jsonResponse(verantwoording());
      return jsonResponse({});
    }, ilse());

    renderApp('/middelen', aangemeld());

    const jaar = await screen.findByRole('combobox', { name: 'Jaar' });
    await screen.findByRole('option', { name: '2024' });
    fireEvent.change(jaar, { target: { value: '2024' } });
    const rij = await screen.findByRole('row', { name: /Stichting Primair/ });
    expect(rij.textContent).toContain('€ 90.000,00');
    expect(rij.textContent).toContain('Per leerling op de teldatum');
    expect(rij.textContent).toContain('Nog niet begonnen');
    expect(screen.queryByRole('button', { name: /Toekenning wijzigen/ })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Verantwoording beginnen: Stichting Primair 2024' }));
    const formulier = await screen.findByRole('form', { name: 'Verantwoording Stichting Primair over 2024 beginnen' });
    const regel = within(formulier).getByRole('group', { name: 'Regel 1' });
    fireEvent.change(within(regel).getByLabelText('Niveau'), { target: { value: 'groep' } });
    fireEvent.change(within(regel).getByLabelText('School'), { target: { value: '12AB00' } });
    fireEvent.change(within(regel).getByLabelText('Groep'), { target: { value: '6' } });
    fireEvent.change(within(regel).getByLabelText('Doel'), { target: { value: 'Lezen' } });
    fireEvent.change(within(regel).getByLabelText('Interventies'), { target: { value: 'Leesgroep' } });
    fireEvent.change(within(regel).getByLabelText(/Besteed bedrag/), { target: { value: '100.000,00' } });
    fireEvent.change(within(regel).getByLabelText('Resultaten'), { target: { value: 'Beter' } });
    fireEvent.click(within(formulier).getByRole('button', { name: 'Verantwoording opslaan' }));

    const sectie = await screen.findByRole('region', { name: 'Verantwoording Stichting Primair over 2024' });
    await within(sectie).findByText('€ 100.000,00 van € 90.000,00 toegekend');
    expect(within(sectie).getByRole('alert').textContent).toContain('meer besteed dan toegekend');
    expect(within(sectie).getByRole('button', { name: 'Indienen' })).toBeDefined();
    expect(within(sectie).queryByRole('button', { name: 'Terugsturen voor correctie' })).toBeNull();
    await waitFor(() => expect(verzoekenNaar(fetchMock, '/api/v1/middelentoekenningen/toekenning-1/verantwoording')).toHaveLength(1));
    const [post] = verzoekenNaar(fetchMock, '/api/v1/middelentoekenningen/toekenning-1/verantwoording');
    expect(await post!.clone().json()).toEqual({
      regels: [{ niveau: 'groep', vestiging: '12AB00', groep: '6', doel: 'Lezen', interventies: 'Leesgroep', besteed: 100000, resultaten: 'Beter' }],
      leerlingregels: [],
    });
  });

  it('lets the beleidsmedewerker record a grant, with every problem of a 400 at its field', async () => {
    const bella = { ...medewerker(), naam: 'Bella Beleid', functies: ['beleidsmedewerker' as const] };
    const fetchMock = mockArrangementApi((url, request) => {
      if (url.pathname === '/api/v1/middelentoekenningen' && request.method === 'POST')
        return probleem(
          {
            type: 'https://passendonderwijs.nl/problemen/ongeldige-invoer',
            title: 'De invoer klopt niet.',
            status: 400,
            errors: [{ code: 'toelichting-vereist', detail: 'Beschrijf bij een andere verdeling hoe het bedrag is verdeeld.', pointer: '#/toelichting' }],
          },
          400,
        );
      if (url.pathname === '/api/v1/middelentoekenningen') return jsonResponse({ toekenningen: [toekenning({ jaar: new Date().getFullYear() })] });
      if (url.pathname === '/api/v1/schoolbesturen') return jsonResponse({ schoolbesturen: [{ id: 'bestuur-1', nummer: '41234', naam: 'Stichting Primair' }] });
      return jsonResponse({});
    }, bella);

    renderApp('/middelen', aangemeld());

    expect(await screen.findByRole('button', { name: `Toekenning wijzigen: Stichting Primair ${new Date().getFullYear()}` })).toBeDefined();
    fireEvent.click(screen.getByRole('button', { name: 'Toekenning vastleggen' }));
    const formulier = await screen.findByRole('form', { name: 'Toekenning vastleggen' });
    await within(formulier).findByRole('option', { name: 'Stichting Primair (41234)' });
    fireEvent.change(within(formulier).getByLabelText('Schoolbestuur'), { target: { value: 'bestuur-1' } });
    fireEvent.change(within(formulier).getByLabelText(/Kalenderjaar/), { target: { value: '2031' } });
    fireEvent.change(within(formulier).getByLabelText(/Bedrag in euro/), { target: { value: '90.000,00' } });
    fireEvent.change(within(formulier).getByLabelText('Verdeelsleutel'), { target: { value: 'anders' } });
    fireEvent.click(within(formulier).getByRole('button', { name: 'Toekenning opslaan' }));

    await within(formulier).findByText('De toekenning is niet opgeslagen.');
    expect(beschrijving(within(formulier).getByLabelText(/^Toelichting/))).toContain('Beschrijf bij een andere verdeling hoe het bedrag is verdeeld.');
    const [post] = verzoekenNaar(fetchMock, '/api/v1/middelentoekenningen').filter((r) => r.method === 'POST');
    expect(await post!.clone().json()).toEqual({ schoolbestuurId: 'bestuur-1', jaar: 2031, bedrag: 90000, verdeelsleutel: 'anders' });
  });

  it("lets the IB'er add a pupil line with the pupil's OPP and sends it with the school lines", async () => {
    let huidig = verantwoording({ overschreden: false, waarschuwing: null });
    const fetchMock = mockArrangementApi((url, request) => {
      if (url.pathname === '/api/v1/middelentoekenningen') return jsonResponse({ toekenningen: [toekenning({ verantwoordingId: 'verantwoording-1', verantwoordingStatus: 'concept' })] });
      if (url.pathname === '/api/v1/ontwikkelingsperspectiefplannen') return jsonResponse(oppLijst());
      if (url.pathname === '/api/v1/verantwoordingen/verantwoording-1' && request.method === 'PUT') {
        huidig = verantwoording({
          versie: 2,
          besteed: 101250.5,
          leerlingregels: [
            { oppId: 'opp-sanne', leerlingId: 'leerling-sanne', leerlingNaam: 'Sanne Jansen', vestiging: '12AB00', schoolNaam: 'Basisschool De Regenboog', besteed: 1250.5, toelichting: 'Leesbegeleiding' },
          ],
        });
        return jsonResponse(huidig);
      }
      if (url.pathname === '/api/v1/verantwoordingen/verantwoording-1') return jsonResponse(huidig);
      return jsonResponse({});
    }, ilse());

    renderApp('/middelen', aangemeld());

    const formulier = await openRegelsBewerken();
    expect(verzoekenNaar(fetchMock, '/api/v1/ontwikkelingsperspectiefplannen')).toHaveLength(0);
    await voegSannesRegelToe(formulier);
    fireEvent.click(within(formulier).getByRole('button', { name: 'Verantwoording opslaan' }));

    const sectie = await screen.findByRole('region', { name: 'Verantwoording Stichting Primair over 2024' });
    const tabel = await within(sectie).findByRole('table', { name: /Regels op leerlingniveau/ });
    expect(within(tabel).getByRole('row', { name: /Sanne Jansen.*Basisschool De Regenboog.*€ 1\.250,50.*Leesbegeleiding/ })).toBeDefined();
    const [put] = verzoekenNaar(fetchMock, '/api/v1/verantwoordingen/verantwoording-1').filter((r) => r.method === 'PUT');
    expect(put!.headers.get('If-Match')).toBe('"1"');
    expect(await put!.clone().json()).toEqual({
      regels: [{ niveau: 'groep', vestiging: '12AB00', groep: '6', doel: 'Lezen', interventies: 'Leesgroep', besteed: 100000, resultaten: 'Beter' }],
      leerlingregels: [{ oppId: 'opp-sanne', besteed: 1250.5, toelichting: 'Leesbegeleiding' }],
    });
  });

  it("shows the API's problems with a pupil line at that line's fields", async () => {
    const fetchMock = mockArrangementApi((url, request) => {
      if (url.pathname === '/api/v1/middelentoekenningen') return jsonResponse({ toekenningen: [toekenning({ verantwoordingId: 'verantwoording-1', verantwoordingStatus: 'concept' })] });
      if (url.pathname === '/api/v1/ontwikkelingsperspectiefplannen') return jsonResponse(oppLijst());
      if (url.pathname === '/api/v1/verantwoordingen/verantwoording-1' && request.method === 'PUT')
        return probleem(
          {
            type: 'https://passendonderwijs.nl/problemen/ongeldige-invoer',
            title: 'De invoer klopt niet.',
            status: 400,
            errors: [
              { code: 'opp-van-ander-bestuur', detail: 'Dit OPP is van een leerling van een school van een ander schoolbestuur.', pointer: '#/leerlingregels/0/oppId' },
              { code: 'bedrag-te-hoog', detail: 'Een bedrag is hoogstens 100.000.000 euro.', pointer: '#/leerlingregels/0/besteed' },
            ],
          },
          400,
        );
      if (url.pathname === '/api/v1/verantwoordingen/verantwoording-1') return jsonResponse(verantwoording());
      return jsonResponse({});
    }, ilse());

    renderApp('/middelen', aangemeld());

    const formulier = await openRegelsBewerken();
    const regel = await voegSannesRegelToe(formulier);
    fireEvent.click(within(formulier).getByRole('button', { name: 'Verantwoording opslaan' }));

    await within(formulier).findByText('De verantwoording is niet opgeslagen.');
    expect(beschrijving(within(regel).getByLabelText('OPP van de leerling'))).toContain('van een school van een ander schoolbestuur');
    expect(beschrijving(within(regel).getByLabelText(/Besteed bedrag/))).toContain('hoogstens 100.000.000 euro');
    expect(within(regel).getByLabelText(/Toelichting/).getAttribute('aria-invalid')).toBeNull();
    expect(within(formulier).getByRole('group', { name: 'Regel 1' }).querySelector('[aria-invalid="true"]')).toBeNull();
    expect(verzoekenNaar(fetchMock, '/api/v1/verantwoordingen/verantwoording-1').filter((r) => r.method === 'PUT')).toHaveLength(1);
  });
});
