import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Opp } from '../api/ontwikkelingsperspectiefplannen';
import { vandaagIso } from '../aanbiederWeergave';
import { ibEr, LEERLING_ID } from '../test/arrangementFixtures';
import { mockArrangementApi, probleem, verzoekenNaar } from '../test/arrangementApi';
import { FakeUserManager, testUser } from '../test/fakeUserManager';
import { medewerker } from '../test/fixtures';
import { legeInhoud, opp, OPP_ID, oppInHerziening, versie } from '../test/oppFixtures';
import { jsonResponse, renderApp } from '../test/renderApp';

const PAD = `/api/v1/ontwikkelingsperspectiefplannen/${OPP_ID}`;

/** What version 2 changes: the short-term goal. */
const VERSCHILLEN = {
  oppId: OPP_ID,
  leerlingId: 'leerling-1',
  van: 1,
  naar: 2,
  verschillen: [
    {
      pad: 'handelingsdeel.doelen[1].omschrijving',
      label: 'Doel 2: omschrijving',
      oud: 'Werkt tien minuten zelfstandig.',
      nieuw: 'Werkt twintig minuten zelfstandig.',
    },
  ],
};

/** The API with one OPP: GET answers `huidig()`, every step goes to `stap` (which gets the body sent). */
function api(huidig: () => Opp, stap: (body: unknown, url: URL) => Response = () => new Response(null, { status: 500 }), ik = ibEr()) {
  return mockArrangementApi(async (url, request) => {
    if (request.method === 'GET' && url.pathname === PAD) return jsonResponse(huidig());
    if (request.method === 'GET' && url.pathname === `${PAD}/verschillen`) return jsonResponse(VERSCHILLEN);
    // The editor lists the pupil's arrangementen to link support to; the section Documenten the plan's documents.
    if (request.method === 'GET') return jsonResponse({ items: [], arrangementen: [], documenten: [] });
    return stap(await request.json().catch(() => undefined), url);
  }, ik);
}

async function open() {
  renderApp(`/ontwikkelingsperspectiefplannen/${OPP_ID}`, new FakeUserManager(testUser()));
  await screen.findByRole('heading', { level: 1, name: 'Ontwikkelingsperspectiefplan van Sam de Vries' });
}

const paneel = () => screen.getByRole('region', { name: 'Volgende stap' });
const regio = (naam: string) => screen.getByRole('region', { name: naam });

function openStap(knop: string) {
  fireEvent.click(within(paneel()).getByRole('button', { name: knop }));
  return screen.getByRole('form', { name: knop });
}

describe('OppPage', () => {
  it('shows the summary, the procedure of the concept, ROD, the evaluations and the history', async () => {
    api(oppInHerziening);
    await open();

    // The school's name once the schools are loaded.
    await within(regio('Samenvatting')).findByText('Basisschool De Regenboog (12AB00), basisonderwijs');
    const samenvatting = regio('Samenvatting').textContent;
    expect(samenvatting).toContain('Vastgesteld, nieuwe versie in concept');
    expect(samenvatting).toContain('Start van extra ondersteuning');
    expect(samenvatting).toContain('2 november 2026');
    expect(samenvatting).toContain('Geldende versieVersie 1');
    expect(samenvatting).toContain('ConceptversieVersie 2');
    expect(samenvatting).toContain('Eerste vaststelling1 december 2026');
    expect(samenvatting).toContain('Evalueren uiterlijk31 juli 2028');
    // Once vastgesteld, the six-week term no longer matters.
    expect(samenvatting).not.toContain('Vaststellen uiterlijk');

    const procedure = regio('Procedure van versie 2');
    expect(procedure.textContent).toContain(
      'Het handelingsdeel is gewijzigd ten opzichte van versie 1: de ouders moeten opnieuw instemmen met deze tekst.',
    );
    expect(procedure.textContent).toContain('Het overleg met de ouders over deze versie is nog niet vastgelegd.');
    expect(regio('Registratie in ROD').textContent).toContain('1 december 2026, nog te registreren');

    const evaluatie = within(regio('Evaluaties')).getByRole('article', { name: 'Evaluatie 1, 2 december 2026' });
    const rijen = within(evaluatie).getAllByRole('row').map((rij) => rij.textContent);
    expect(rijen).toEqual(['DoelBehaaldToelichting', '1. Leest op AVI E6.NeeNog AVI E5.', '2. Werkt tien minuten zelfstandig.Ja']);
    expect(evaluatie.textContent).toContain('Ja, er volgt een nieuwe versie');
    expect(regio('Geschiedenis').textContent).toContain("Concept gemaakt door Ilse de IB'er");
    // Changing the concept is the editor's, not a step of the panel.
    expect(within(paneel()).queryByRole('button', { name: 'Concept bijwerken' })).toBeNull();
    expect(within(regio('Concept: versie 2')).getByRole('form', { name: 'Concept van het plan bewerken' })).toBeTruthy();
    // The versions, with what version 2 changes against version 1.
    await within(regio('Versies')).findByText('Werkt twintig minuten zelfstandig.');
  });

  it('says in words that the term to set the plan has passed, and who answered and whether it is about this text', async () => {
    api(() =>
      opp({
        vaststellenUiterlijk: '2020-01-01',
        versies: [
          versie({
            instemming: {
              gegeven: true,
              datum: '2026-11-22',
              ouder: 'Moeder de Vries',
              wijze: 'digitaal-in-portaal',
              betrouwbaarheidsniveau: 'laag',
              vingerafdruk: 'oud',
              geldig: false,
              vastgelegdDoor: { id: 'gebruiker-3', naam: "Ilse de IB'er" },
              vastgelegdOp: '2026-11-22T10:00:00Z',
            },
          }),
        ],
      }),
    );
    await open();

    expect(regio('Samenvatting').textContent).toContain('1 januari 2020 — verlopen: de wettelijke termijn van zes weken is voorbij');
    const procedure = regio('Procedure van versie 1').textContent;
    expect(procedure).toContain('Moeder de Vries');
    expect(procedure).toContain('Door de ouder zelf in het ouderportaal');
    expect(procedure).toContain('Aangemeld met betrouwbaarheidsniveauLaag (wachtwoord, DigiD Basis of Midden)');
    expect(procedure).toContain('Nee, het handelingsdeel is na het antwoord gewijzigd; het antwoord geldt niet meer.');
  });

  it('says when the handelingsdeel of the version that holds waits for the ouders', async () => {
    const herzien = oppInHerziening();
    const { instemming: _zonder, ...eerste } = herzien.versies[0]!;
    api(() => ({
      ...herzien,
      status: 'vastgesteld',
      versies: [{ ...eerste, handelingsdeelVastgesteld: false }],
      conceptversie: null,
      versieVoorInstemming: 1,
      wachtOpInstemming: true,
    }));
    await open();

    expect(regio('Procedure van versie 1').textContent).toContain('Het handelingsdeel wacht op instemming van de ouders.');
  });

  it('is read-only for SWV staff: no steps', async () => {
    api(() => opp({ toegestaneStappen: [] }), undefined, medewerker());
    await open();

    expect(screen.queryByRole('region', { name: 'Volgende stap' })).toBeNull();
    expect(screen.queryByRole('form', { name: 'Concept van het plan bewerken' })).toBeNull();
    // The concept read-only instead of the editor.
    expect(regio('Concept: versie 1').textContent).toContain('Werkt tien minuten zelfstandig.');
  });

  it('stops sharing the concept with If-Match and shows the view of the ouders in their words', async () => {
    const visieVanOuders = {
      watWerktThuis: 'Een vaste volgorde van de dag.',
      ouder: 'Karin de Vries',
      gegevenDoor: { id: 'ouder-1', naam: 'Karin de Vries' },
      gegevenOp: '2026-12-03T10:00:00Z',
      betrouwbaarheidsniveau: 'laag' as const,
    };
    const fetchMock = api(
      () => opp({ toegestaneStappen: ['wijziging', 'delen-stoppen'], visieVanOuders }),
      () => jsonResponse(opp({ versie: 5 })),
    );
    await open();

    const visie = regio('Visie van de ouders');
    expect(within(visie).getByText('Een vaste volgorde van de dag.')).toBeDefined();
    expect(within(visie).getByText(/Gegeven door Karin de Vries in het ouderportaal op 3 december 2026/)).toBeDefined();

    const form = openStap('Concept niet meer delen met de ouders');
    fireEvent.click(within(form).getByRole('button', { name: 'Niet meer delen' }));

    await within(paneel()).findByText('Het concept wordt niet meer met de ouders gedeeld.');
    const post = verzoekenNaar(fetchMock, PAD).find((request) => request.method === 'POST');
    expect(new URL(post!.url).pathname).toBe(`${PAD}/delen-stoppen`);
    expect(post!.headers.get('If-Match')).toBe('"4"');
  });

  it('records the overleg with If-Match', async () => {
    let gestuurd: unknown;
    const fetchMock = api(opp, (body) => {
      gestuurd = body;
      return jsonResponse(opp({ versie: 5 }));
    });
    await open();

    const form = openStap('Overleg met de ouders vastleggen');
    fireEvent.change(within(form).getByLabelText('Deelnemers'), { target: { value: 'Moeder, mentor' } });
    fireEvent.change(within(form).getByLabelText('Uitkomst van het overleg'), { target: { value: 'Eens.' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Overleg vastleggen' }));

    await within(paneel()).findByText('Het overleg met de ouders is vastgelegd.');
    expect(gestuurd).toEqual({ datum: vandaagIso(), deelnemers: 'Moeder, mentor', uitkomst: 'Eens.' });
    const post = verzoekenNaar(fetchMock, PAD).find((request) => request.method === 'POST');
    expect(new URL(post!.url).pathname).toBe(`${PAD}/overleg`);
    expect(post!.headers.get('If-Match')).toBe('"4"');
  });

  it('records that the pupil was not heard, with the reason and no date', async () => {
    let gestuurd: unknown;
    api(opp, (body) => {
      gestuurd = body;
      return jsonResponse(opp({ versie: 5 }));
    });
    await open();

    const form = openStap('Hoorrecht van de leerling vastleggen');
    fireEvent.click(within(form).getByRole('radio', { name: 'Nee' }));
    expect(within(form).queryByLabelText(/Gehoord op/)).toBeNull();
    fireEvent.change(within(form).getByLabelText('Waarom is de leerling niet gehoord?'), { target: { value: 'Te jong.' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Hoorrecht vastleggen' }));

    await within(paneel()).findByText('Het hoorrecht van de leerling is vastgelegd.');
    expect(gestuurd).toEqual({ gehoord: false, datum: null, toelichting: 'Te jong.' });
  });

  it('records a refusal of the ouders on the version the API names, with the reason', async () => {
    let gestuurd: unknown;
    api(oppInHerziening, (body) => {
      gestuurd = body;
      return jsonResponse(oppInHerziening());
    });
    await open();

    const form = openStap('Instemming van de ouders vastleggen');
    expect(form.textContent).toContain('Het antwoord gaat over het handelingsdeel van versie 2, precies zoals het er nu staat.');
    fireEvent.click(within(form).getByRole('radio', { name: 'Zij weigeren instemming' }));
    fireEvent.change(within(form).getByLabelText('Ouder of verzorger'), { target: { value: 'Vader de Vries' } });
    fireEvent.click(within(form).getByRole('radio', { name: 'Op papier ondertekend' }));
    fireEvent.change(within(form).getByLabelText('Reden van de weigering'), { target: { value: 'Twintig minuten is te veel.' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Antwoord vastleggen' }));

    await within(paneel()).findByText('De weigering van de ouders is vastgelegd.');
    expect(gestuurd).toEqual({
      versienummer: 2,
      gegeven: false,
      ouder: 'Vader de Vries',
      datum: vandaagIso(),
      wijze: 'op-papier',
      reden: 'Twintig minuten is te veel.',
    });
  });

  it('shows before the vaststelling what is missing, and lists every problem of the 422', async () => {
    api(
      () => opp({ versies: [versie({ inhoud: { ...legeInhoud(), uitstroombestemming: 'havo' } })] }),
      () =>
        probleem(
          {
            type: 'urn:passendonderwijs:probleem:regel-geschonden',
            title: 'Een bedrijfsregel staat dit niet toe.',
            status: 422,
            detail: 'Er zijn 2 problemen.',
            instance: `${PAD}/vaststelling`,
            errors: [
              { code: 'onderdeel-ontbreekt', detail: 'Onderbouw de verwachte uitstroombestemming.', pointer: '#/onderbouwingUitstroom' },
              { code: 'overleg-vereist', detail: 'Leg eerst het overleg met de ouders over deze versie vast.' },
            ],
          },
          422,
        ),
    );
    await open();

    const form = openStap('Vaststellen');
    const ontbreekt = within(form).getAllByRole('listitem').map((item) => item.textContent);
    expect(ontbreekt).toContain('de onderbouwing van de uitstroombestemming');
    expect(ontbreekt).toContain('het overleg met de ouders over deze versie');
    expect(ontbreekt).not.toContain('de verwachte uitstroombestemming');
    fireEvent.click(within(form).getByRole('button', { name: 'OPP vaststellen' }));

    const alert = await within(form).findByRole('alert');
    expect(alert.textContent).toContain('Het OPP is niet vastgesteld.');
    const problemen = within(alert).getAllByRole('listitem').map((item) => item.textContent);
    expect(problemen).toEqual(['Onderbouw de verwachte uitstroombestemming.', 'Leg eerst het overleg met de ouders over deze versie vast.']);
  });

  it('evaluates every goal of the version that holds', async () => {
    let gestuurd: unknown;
    api(oppInHerziening, (body) => {
      gestuurd = body;
      return jsonResponse(oppInHerziening());
    });
    await open();

    const form = openStap('Evalueren met de ouders');
    fireEvent.change(within(form).getByLabelText(/Deelnemers/), { target: { value: 'Moeder, mentor' } });
    const [eerste, tweede] = within(form).getAllByRole('group', { name: /^Doel \d/ });
    expect(eerste!.textContent).toContain('Doel 1 (lange termijn, Technisch lezen): Leest op AVI E6.');
    fireEvent.click(within(eerste!).getByRole('radio', { name: 'Ja' }));
    fireEvent.click(within(tweede!).getByRole('radio', { name: 'Nee' }));
    fireEvent.change(within(tweede!).getByLabelText('Toelichting (niet verplicht)'), { target: { value: 'Bijna.' } });
    fireEvent.change(within(form).getByLabelText('Conclusie'), { target: { value: 'Goed op weg.' } });
    fireEvent.click(within(within(form).getByRole('group', { name: 'Volgt er een nieuwe versie van het OPP?' })).getByRole('radio', { name: 'Nee' }));
    fireEvent.click(within(form).getByRole('button', { name: 'Evaluatie vastleggen' }));

    await within(paneel()).findByText('De evaluatie is vastgelegd.');
    expect(gestuurd).toEqual({
      datum: vandaagIso(),
      deelnemers: 'Moeder, mentor',
      doelen: [
        { doel: 1, behaald: true, toelichting: null },
        { doel: 2, behaald: false, toelichting: 'Bijna.' },
      ],
      conclusie: 'Goed op weg.',
      nieuweVersie: false,
    });
  });

  it('confirms the ROD registration of the part still to register', async () => {
    let gestuurd: unknown;
    let pad = '';
    api(oppInHerziening, (body, url) => {
      gestuurd = body;
      pad = url.pathname;
      return jsonResponse(oppInHerziening());
    });
    await open();

    const form = openStap('Registratie in ROD bevestigen');
    expect(form.textContent).toContain('Bevestig dat de begindatum van het OPP (1 december 2026) in ROD is geregistreerd.');
    fireEvent.click(within(form).getByRole('button', { name: 'Registratie bevestigen' }));

    await within(paneel()).findByText('De registratie in ROD is bevestigd.');
    expect(pad).toBe(`${PAD}/rod-registratie`);
    expect(gestuurd).toEqual({ onderdeel: 'begindatum', geregistreerdOp: vandaagIso() });
  });

  it('shows the documents of this OPP, asked for with its id, and a form to add one', async () => {
    const fetchMock = api(oppInHerziening);
    await open();

    const sectie = regio('Documenten');
    expect(await within(sectie).findByText('Nog geen documenten bij dit OPP.')).toBeTruthy();
    expect(within(sectie).getByRole('form', { name: 'Document toevoegen' })).toBeTruthy();
    const [lijst] = verzoekenNaar(fetchMock, `/api/v1/leerlingen/${LEERLING_ID}/documenten`);
    expect(new URL(lijst!.url).search).toBe(`?oppId=${OPP_ID}`);
  });
});
