import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { components } from '../api/schema';
import type { Deskundigenadvies, Tlv } from '../api/toelaatbaarheidsverklaringen';
import { mockArrangementApi, probleem, verzoekenNaar } from '../test/arrangementApi';
import { FakeUserManager, testUser } from '../test/fakeUserManager';
import { medewerker, versieVerouderd } from '../test/fixtures';
import { jsonResponse, renderApp } from '../test/renderApp';
import { ibEr, LEERLING_ID } from '../test/arrangementFixtures';
import { deskundige as deskundigeAccount, TLV_ID, tlv, tlvAanvraag } from '../test/tlvFixtures';

const PAD = `/api/v1/toelaatbaarheidsverklaringen/${TLV_ID}`;
const NIEUW_ID = '0197d3c4-9999-7a8b-9c0d-1e2f3a4b5c6d';

function advies(overrides: Partial<Deskundigenadvies> = {}): Deskundigenadvies {
  return {
    plek: 'eerste',
    deskundigeId: 'deskundige-dirk',
    naam: 'Dirk Deskundige',
    discipline: 'orthopedagoog',
    werkgever: 'Praktijk De Linde',
    registratie: 'NVO 123456',
    gevraagdOp: '2026-11-12T09:00:00Z',
    uitgebracht: true,
    datum: '2026-11-20',
    toelaatbaar: true,
    soort: 'SO',
    categorie: 'L',
    motiveringOnderwijsbehoeften: 'Veel structuur nodig.',
    motiveringRegulier: 'De basisschool deed wat zij kon.',
    motiveringBeoogdeSchool: 'Kleine groepen.',
    uitgebrachtOp: '2026-11-20T15:00:00Z',
    ...overrides,
  };
}

function deskundige(overrides: Partial<components['schemas']['Deskundige']>): components['schemas']['Deskundige'] {
  return {
    id: 'deskundige-dirk',
    naam: 'Dirk Deskundige',
    discipline: 'orthopedagoog',
    werkgever: 'Praktijk De Linde',
    accountId: 'account-dirk',
    actief: true,
    magEersteAdviesGeven: true,
    versie: 1,
    ...overrides,
  };
}

const REGISTER = [
  deskundige({}),
  deskundige({ id: 'deskundige-petra', naam: 'Petra Peters', discipline: 'psycholoog', werkgever: 'Het Anker', accountId: 'account-petra' }),
  deskundige({ id: 'deskundige-mehmet', naam: 'Mehmet Yilmaz', discipline: 'maatschappelijk-werker', werkgever: 'Stichting', accountId: null, magEersteAdviesGeven: false }),
  deskundige({ id: 'deskundige-anna', naam: 'Anna Arts', discipline: 'arts', werkgever: 'GGD', accountId: 'account-anna', magEersteAdviesGeven: false }),
];

/** The API with one TLV: GET answers `huidig()`, GET /deskundigen the register, every step goes to `stap`. */
function api(
  huidig: () => Tlv,
  stap: (request: Request, url: URL) => Response | Promise<Response> = () => new Response(null, { status: 500 }),
  ik: components['schemas']['Ik'] = medewerker(),
) {
  return mockArrangementApi((url, request) => {
    if (request.method === 'GET' && url.pathname === PAD) return jsonResponse(huidig());
    if (request.method === 'GET' && url.pathname === '/api/v1/deskundigen') return jsonResponse({ deskundigen: REGISTER, totaal: REGISTER.length });
    if (request.method === 'GET' && url.pathname === '/api/v1/beleidsinstellingen') {
      return jsonResponse({ op: '2026-12-01', versie: 1, waarden: { behandeltermijnWeken: 6, evaluatietermijnMaanden: 6, tlvduur: { sbo: 2, so: 2, vso: 4 }, herindicatiesignaalWeken: 12, kleineAantallenDrempel: 5 } });
    }
    if (request.method === 'GET') return jsonResponse({ items: [], arrangementen: [], documenten: [] });
    return stap(request, url);
  }, ik);
}

async function open(pad = `/toelaatbaarheidsverklaringen/${TLV_ID}`) {
  renderApp(pad, new FakeUserManager(testUser()));
  await screen.findByRole('heading', { level: 1, name: 'TLV voor Sam de Vries' });
}

const paneel = () => screen.getByRole('region', { name: 'Volgende stap' });

describe('TlvPage', () => {
  it('shows both advices side by side, a pending one as not given, the decision and the request', async () => {
    api(() =>
      tlv({
        adviezen: [advies(), advies({ plek: 'tweede', naam: 'Petra Peters', discipline: 'psycholoog', uitgebracht: false, toelaatbaar: null })],
      }),
    );
    await open();

    const adviezen = screen.getByRole('region', { name: 'Deskundigenadviezen' });
    const [eerste, tweede] = within(adviezen).getAllByRole('article');
    expect(within(eerste!).getByRole('heading', { name: 'Eerste deskundige' })).toBeTruthy();
    expect(eerste!.textContent).toContain('Orthopedagoog');
    expect(eerste!.textContent).toContain('Speciaal onderwijs (SO), Laag (categorie 1)');
    expect(eerste!.textContent).toContain('Veel structuur nodig.');
    expect(tweede!.textContent).toContain('Petra Peters');
    expect(tweede!.textContent).toContain('Nog niet uitgebracht');
    const samenvatting = screen.getByRole('region', { name: 'Samenvatting' }).textContent;
    expect(samenvatting).toContain('De Vlinder (SO) (BRIN 34CD, vestiging 00), binnen het samenwerkingsverband');
    expect(samenvatting).toContain('27 januari 2027');
    expect(screen.getByRole('region', { name: 'Besluit' }).textContent).toContain('TLV-2026-014');
    expect(paneel().textContent).toContain('Er is nu geen stap die u bij deze toelaatbaarheidsverklaring kunt zetten.');
  });

  it('offers for the first advice only active deskundigen with an account who may give it, and sends plek and id with If-Match', async () => {
    let gestuurd: unknown;
    const fetchMock = api(
      () => tlvAanvraag({ toegestaneStappen: ['adviseur-aanwijzing'] }),
      async (request) => {
        gestuurd = await request.json();
        return jsonResponse(tlvAanvraag({ status: 'in-advisering', adviezen: [advies({ uitgebracht: false })] }));
      },
    );
    await open();

    fireEvent.click(within(paneel()).getByRole('button', { name: 'Deskundige aanwijzen' }));
    const keuze = await screen.findByRole('combobox', { name: 'Deskundige' });
    await within(keuze).findByRole('option', { name: 'Dirk Deskundige – Orthopedagoog, Praktijk De Linde' });
    expect(within(keuze).getAllByRole('option').map((optie) => optie.textContent)).toEqual([
      'Kies een deskundige',
      'Dirk Deskundige – Orthopedagoog, Praktijk De Linde',
      'Petra Peters – Psycholoog, Het Anker',
    ]);
    // The second advice may come from an arts.
    fireEvent.click(screen.getByRole('radio', { name: 'Tweede deskundige' }));
    expect(within(keuze).getAllByRole('option').map((optie) => optie.textContent)).toContain('Anna Arts – Arts, GGD');
    fireEvent.click(screen.getByRole('radio', { name: 'Eerste deskundige' }));
    fireEvent.change(keuze, { target: { value: 'deskundige-petra' } });
    fireEvent.click(screen.getByRole('button', { name: 'Deskundige vragen' }));

    await within(paneel()).findByText('De deskundige is gevraagd voor het eerste advies.');
    expect(gestuurd).toEqual({ plek: 'eerste', deskundigeId: 'deskundige-petra' });
    const post = verzoekenNaar(fetchMock, PAD).find((request) => request.method === 'POST');
    expect(new URL(post!.url).pathname).toBe(`${PAD}/adviseurs`);
    expect(post!.headers.get('If-Match')).toBe('"7"');
  });

  it('shows the conclusions of both advices above the decision, and the usual duration', async () => {
    api(() =>
      tlvAanvraag({
        status: 'in-advisering',
        toegestaneStappen: ['besluit'],
        adviezen: [advies(), advies({ plek: 'tweede', naam: 'Petra Peters', toelaatbaar: false })],
      }),
    );
    await open();

    fireEvent.click(within(paneel()).getByRole('button', { name: 'Besluiten' }));
    const form = await screen.findByRole('form', { name: 'Besluiten' });
    expect(within(form).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Eerste deskundige (Dirk Deskundige): Toelaatbaar: Speciaal onderwijs (SO), Laag (categorie 1).',
      'Tweede deskundige (Petra Peters): Niet toelaatbaar.',
    ]);
    // SO from 1 January 2027 for two school years: to the end of the school year 2027-2028.
    await within(form).findByText(/gebruikelijke duur van het samenwerkingsverband: 2 schooljaren, tot en met 31 juli 2028/);
    fireEvent.click(within(form).getByRole('radio', { name: 'Nee, niet toelaatbaar' }));
    expect(within(form).queryByLabelText('Soort toelaatbaarheid')).toBeNull();
  });

  it('goes to the new request after a herindicatie, with the message', async () => {
    api(
      () => tlv({ toegestaneStappen: ['herindicatie'] }),
      () => jsonResponse(tlvAanvraag({ id: NIEUW_ID, vorigeId: TLV_ID })),
    );
    await open();

    fireEvent.click(within(paneel()).getByRole('button', { name: 'Herindicatie aanvragen' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Herindicatie aanvragen' }));

    await screen.findByText('De herindicatie is aangevraagd. Dit is de nieuwe aanvraag.');
    await waitFor(() => expect(screen.getByRole('link', { name: 'Naar de vorige toelaatbaarheidsverklaring' })).toBeTruthy());
    expect(screen.getByRole('region', { name: 'Samenvatting' }).textContent).toContain('Aangevraagd');
  });

  it('says so when someone else changed the TLV first, and the step no longer fits', async () => {
    let versie = tlvAanvraag({ toegestaneStappen: ['intrekking'] });
    api(
      () => versie,
      () => {
        versie = tlvAanvraag({ status: 'ingetrokken', toegestaneStappen: [], versie: 8 });
        return probleem(versieVerouderd(), 412);
      },
    );
    await open();

    fireEvent.click(within(paneel()).getByRole('button', { name: 'Aanvraag intrekken' }));
    fireEvent.change(await screen.findByLabelText('Reden van de intrekking'), { target: { value: 'Verhuisd.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Aanvraag intrekken' }));

    await within(paneel()).findByText(
      '"Aanvraag intrekken" past niet meer bij deze toelaatbaarheidsverklaring zoals het nu is (status: ingetrokken).',
    );
    expect(paneel().textContent).toContain('Deze toelaatbaarheidsverklaring is intussen door iemand anders gewijzigd');
  });

  it('shows the documents of this TLV, asked for with its id, to the requesting school with a form to add one', async () => {
    const fetchMock = api(() => tlvAanvraag(), undefined, ibEr());
    await open();

    const sectie = screen.getByRole('region', { name: 'Documenten' });
    expect(await within(sectie).findByText('Nog geen documenten bij deze TLV.')).toBeTruthy();
    expect(within(sectie).getByRole('form', { name: 'Document toevoegen' })).toBeTruthy();
    const [lijst] = verzoekenNaar(fetchMock, `/api/v1/leerlingen/${LEERLING_ID}/documenten`);
    expect(new URL(lijst!.url).search).toBe(`?tlvId=${TLV_ID}`);
  });

  it('shows no documents to the receiving school or a deskundige, who do not read the pupil’s dossier', async () => {
    for (const ik of [{ ...ibEr(), vestigingen: ['34CD00'] }, deskundigeAccount()]) {
      const fetchMock = api(() => tlvAanvraag(), undefined, ik);
      await open();

      expect(screen.getByRole('region', { name: 'Samenvatting' })).toBeTruthy();
      expect(screen.queryByRole('region', { name: 'Documenten' })).toBeNull();
      expect(verzoekenNaar(fetchMock, `/api/v1/leerlingen/${LEERLING_ID}/documenten`)).toEqual([]);
      cleanup();
    }
  });
});
