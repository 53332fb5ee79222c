import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Kind, KindArrangement, KindTlv } from '../../api/ouders';
import { FakeUserManager, testUser } from '../../test/fakeUserManager';
import { beheerder } from '../../test/fixtures';
import { jsonResponse, mockFetch, renderApp } from '../../test/renderApp';

const SANNE = '0197d3c4-7777-7a8b-9c0d-1e2f3a4b5c6d';
const TLV = '0197d3c4-8888-7a8b-9c0d-1e2f3a4b5c6d';
const PAD = `/api/v1/ouderportaal/kinderen/${SANNE}`;
const karin = { ...beheerder(), id: 'gebruiker-9', naam: 'Karin de Vries', rollen: ['ouder'] };
const kind: Kind = { id: SANNE, voornaam: 'Sanne', achternaam: 'de Vries', geboortedatum: '2017-05-01', school: 'De Regenboog', groep: '6' };

function besluit(overrides: Partial<KindTlv> = {}): KindTlv {
  return {
    id: TLV,
    stand: 'Het samenwerkingsverband heeft besloten dat uw kind naar het speciaal onderwijs (SO) mag.',
    besluitBekend: true,
    aangevraagdOp: '2026-10-01',
    toelaatbaar: true,
    onderwijs: 'Speciaal onderwijs (SO), categorie midden',
    school: 'De Brug',
    vanaf: '2027-01-01',
    totEnMet: '2029-07-31',
    bekendgemaaktOp: '2026-11-20',
    beschikkingsnummer: 'TLV-2026-014',
    bezwaarMogelijkTotEnMet: '2027-01-01',
    kanBezwaarMaken: true,
    bezwaren: [],
    ...overrides,
  };
}

const arrangement: KindArrangement = {
  id: 'arr-1',
  wat: 'Extra ondersteuning op school',
  ondersteuning: ['Extra tijd en aandacht: Twee keer per week een half uur extra instructie.'],
  doelen: ['Leest op AVI E5.'],
  hoeVeel: '40 uur',
  wie: 'De school van uw kind',
  vanaf: '2026-11-10',
  totEnMet: '2027-07-15',
  stand: 'Uw kind krijgt deze ondersteuning nu.',
};

/** The portal's API for Sanne; a bezwaar POST answers as the server would, or with `probleem`. */
function api(tlv: KindTlv, probleem?: object) {
  const verzoeken: { toelichting: string }[] = [];
  let huidig = tlv;
  mockFetch(async (url, request) => {
    if (url.pathname === '/api/v1/ik') return jsonResponse(karin);
    if (url.pathname === '/api/v1/ouderportaal/kinderen') return jsonResponse({ kinderen: [kind] });
    if (url.pathname === PAD) return jsonResponse(kind);
    if (url.pathname === `${PAD}/inzagen`) return jsonResponse({ inzagen: [] });
    if (url.pathname === `${PAD}/arrangementen`) return jsonResponse({ arrangementen: [arrangement] });
    if (url.pathname === `${PAD}/termijnen`) {
      return jsonResponse({
        termijnen: huidig.kanBezwaarMaken
          ? [{ tekst: 'U kunt tot en met 1 januari 2027 bezwaar maken tegen het besluit over de toelaatbaarheidsverklaring.', over: 'Toelaatbaarheidsverklaring', totEnMet: '2027-01-01', bijnaVoorbij: false }]
          : [],
      });
    }
    if (url.pathname === `${PAD}/toelaatbaarheidsverklaringen` && request.method === 'GET') return jsonResponse({ toelaatbaarheidsverklaringen: [huidig] });
    if (url.pathname === `${PAD}/toelaatbaarheidsverklaringen/${TLV}/bezwaar` && request.method === 'POST') {
      const body = (await request.clone().json()) as { toelichting: string };
      verzoeken.push(body);
      if (probleem) return jsonResponse(probleem, 400);
      huidig = besluit({
        kanBezwaarMaken: false,
        stand: 'Er is bezwaar gemaakt tegen het besluit. Het samenwerkingsverband behandelt het bezwaar.',
        bezwaren: [{ ontvangenOp: '2026-11-24', toelichting: body.toelichting, stand: 'Het samenwerkingsverband behandelt uw bezwaar.', beslissingUiterlijk: '2027-03-26' }],
      });
      return jsonResponse(huidig);
    }
    return new Response(null, { status: 404 });
  });
  return verzoeken;
}

async function openSanne() {
  renderApp(`/ouderportaal/kinderen/${SANNE}`, new FakeUserManager(testUser()));
  await screen.findByRole('heading', { level: 1, name: 'Sanne de Vries' });
  return screen.getByRole('region', { name: 'Toelaatbaarheidsverklaring' });
}

describe('KindTlvs, KindArrangementen and KindTermijnen', () => {
  it('shows the decision in plain words with its PDF, and files a bezwaar after a confirmation with the receipt date', async () => {
    const verzoeken = api(besluit());
    const sectie = await openSanne();
    expect(await within(sectie).findByText('Speciaal onderwijs (SO), categorie midden')).toBeDefined();
    expect(within(sectie).getByText('Van 1 januari 2027 tot en met 31 juli 2029')).toBeDefined();
    expect(within(sectie).getByRole('button', { name: 'Besluit downloaden' })).toBeDefined();
    expect(within(sectie).getByText('U kunt tot en met 1 januari 2027 bezwaar maken tegen dit besluit.')).toBeDefined();
    const termijnen = screen.getByRole('region', { name: 'Termijnen' });
    expect(await within(termijnen).findByText(/U kunt tot en met 1 januari 2027 bezwaar maken/)).toBeDefined();

    fireEvent.click(within(sectie).getByRole('button', { name: 'Bezwaar maken' }));
    fireEvent.change(within(sectie).getByLabelText('Waarom bent u het niet eens met het besluit?'), { target: { value: 'Sanne kan op haar school blijven.' } });
    fireEvent.click(within(sectie).getByRole('button', { name: 'Bezwaar versturen' }));
    expect(verzoeken).toEqual([]);
    fireEvent.click(within(sectie).getByRole('button', { name: 'Ja, bezwaar versturen' }));

    expect(await within(sectie).findByText('Uw bezwaar is ontvangen op 24 november 2026. Het samenwerkingsverband neemt contact met u op.')).toBeDefined();
    expect(verzoeken).toEqual([{ toelichting: 'Sanne kan op haar school blijven.' }]);
    expect(await within(sectie).findByRole('heading', { name: 'Uw bezwaar van 24 november 2026' })).toBeDefined();
    expect(within(sectie).getByText('Wat u schreef: Sanne kan op haar school blijven.')).toBeDefined();
    expect(within(sectie).queryByRole('button', { name: 'Bezwaar maken' })).toBeNull();
    expect(await within(termijnen).findByText('Er lopen nu geen termijnen voor u.')).toBeDefined();
  });

  it('shows the problems of a refused bezwaar at the field', async () => {
    api(besluit(), {
      type: 'urn:passendonderwijs:probleem:ongeldige-invoer',
      title: 'Ongeldige invoer',
      status: 400,
      errors: [{ code: 'toelichting-vereist', detail: 'Schrijf op waarom u het niet eens bent met het besluit.', pointer: '#/toelichting' }],
    });
    const sectie = await openSanne();
    fireEvent.click(await within(sectie).findByRole('button', { name: 'Bezwaar maken' }));
    fireEvent.click(within(sectie).getByRole('button', { name: 'Bezwaar versturen' }));
    fireEvent.click(within(sectie).getByRole('button', { name: 'Ja, bezwaar versturen' }));
    expect((await within(sectie).findAllByText('Schrijf op waarom u het niet eens bent met het besluit.')).length).toBeGreaterThan(0);
  });

  it('shows a request in progress without any decision, and the arrangementen in plain words', async () => {
    api(besluit({ besluitBekend: false, stand: 'De school heeft een toelaatbaarheidsverklaring aangevraagd. Het samenwerkingsverband beslist nog.', toelaatbaar: null, onderwijs: null, vanaf: null, totEnMet: null, bekendgemaaktOp: null, beschikkingsnummer: null, bezwaarMogelijkTotEnMet: null, kanBezwaarMaken: false }));
    const sectie = await openSanne();
    expect(await within(sectie).findByText(/Het samenwerkingsverband beslist nog/)).toBeDefined();
    expect(within(sectie).queryByRole('button', { name: /Besluit/ })).toBeNull();
    expect(within(sectie).queryByRole('button', { name: 'Bezwaar maken' })).toBeNull();
    const arrangementen = screen.getByRole('region', { name: 'Arrangementen' });
    expect(await within(arrangementen).findByRole('heading', { name: 'Extra ondersteuning op school' })).toBeDefined();
    expect(within(arrangementen).getByText('Van 10 november 2026 tot en met 15 juli 2027')).toBeDefined();
    expect(within(arrangementen).getByText('40 uur')).toBeDefined();
  });
});
