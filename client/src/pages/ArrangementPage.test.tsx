import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Arrangement } from '../api/arrangementen';
import type { components } from '../api/schema';
import type { StapCode } from '../arrangementStapDefinities';
import { actiefArrangement, arrangement, ARRANGEMENT_ID, expert, ibEr, LEERLING_ID } from '../test/arrangementFixtures';
import { beschrijving, mockArrangementApi, probleem, verzoekenNaar } from '../test/arrangementApi';
import { FakeUserManager, testUser } from '../test/fakeUserManager';
import { medewerker, ongeldigeInvoer, versieVerouderd } from '../test/fixtures';
import { jsonResponse, renderApp } from '../test/renderApp';

const PAD = `/api/v1/arrangementen/${ARRANGEMENT_ID}`;
const aangemeld = () => new FakeUserManager(testUser());
const MO = { id: 'gebruiker-2', naam: 'Mo Medewerker' };

/**
 * The API with one arrangement: GET answers `huidig()` (so a test can change it between calls), every step goes
 * to `stap`.
 */
function api(
  huidig: () => Arrangement,
  stap: (request: Request, url: URL) => Response | Promise<Response> = () => new Response(null, { status: 500 }),
  ik: components['schemas']['Ik'] = medewerker(),
) {
  return mockArrangementApi((url, request) => {
    if (request.method === 'GET' && url.pathname === PAD) return jsonResponse(huidig());
    if (request.method === 'GET') return jsonResponse({ items: [], arrangementen: [], documenten: [] });
    return stap(request, url);
  }, ik);
}

const stappen = (fetchMock: ReturnType<typeof api>) => verzoekenNaar(fetchMock, PAD).filter((r) => r.method === 'POST');
const gets = (fetchMock: ReturnType<typeof api>) => verzoekenNaar(fetchMock, PAD).filter((r) => r.method === 'GET');

async function openDetails() {
  renderApp(`/arrangementen/${ARRANGEMENT_ID}`, aangemeld());
  await screen.findByRole('heading', { level: 1, name: 'Arrangement voor Sam de Vries' });
}

function waarde(sectie: string, term: string): string | null | undefined {
  const section = screen.getByRole('region', { name: sectie });
  return within(section).getByText(term, { selector: 'dt' }).nextElementSibling?.textContent;
}

const paneel = () => screen.getByRole('region', { name: 'Volgende stap' });
const knoppen = () => within(paneel()).queryAllByRole('button').map((knop) => knop.textContent);

describe('ArrangementPage (details)', () => {
  it('shows the leerling, the aanvraag with the IVO fields and doelen, no besluit yet, and the history', async () => {
    api(() => arrangement());

    await openDetails();

    expect(document.title).toBe('Arrangement voor Sam de Vries – PassendOnderwijs');
    expect(waarde('Leerling', 'Geboortedatum')).toBe('14 maart 2017');
    expect(waarde('Leerling', 'Groep')).toBe('5');
    expect(within(screen.getByRole('region', { name: 'Leerling' })).getByRole('link', { name: 'Sam de Vries' }).getAttribute('href')).toBe(
      '/leerlingen/0197d3c4-1111-7a8b-9c0d-1e2f3a4b5c6d',
    );
    expect(waarde('Aanvraag', 'Soort')).toBe('Onderwijsarrangement');
    expect(waarde('Aanvraag', 'Periode')).toBe('1 december 2026 tot en met 17 juli 2027');
    expect(waarde('Aanvraag', 'Uren')).toBe('40 uur');
    expect(waarde('Aanvraag', 'Budget')).toBe('€ 1.250,50');
    expect(waarde('Aanvraag', 'Uitvoerder')).toBe('Basisschool De Regenboog (de school zelf)');
    expect(waarde('Aanvraag', 'Bekostiger')).toBe('Het samenwerkingsverband');
    expect(waarde('Aanvraag', 'Aandacht en tijd')).toBe('Twee keer per week een half uur verlengde instructie.');
    expect(waarde('Aanvraag', 'Ruimtelijke omgeving')).toBe('Niet beschreven');
    const doelen = within(screen.getByRole('region', { name: 'Aanvraag' })).getAllByRole('listitem');
    expect(doelen.map((doel) => doel.textContent)).toEqual(['Sam leest op AVI-niveau E4.', 'Sam werkt twintig minuten zelfstandig.']);
    expect(screen.getByRole('region', { name: 'Besluit' }).textContent).toContain(
      'Er is nog geen besluit. Het samenwerkingsverband besluit uiterlijk 22 december 2026.',
    );
    expect(screen.getByRole('region', { name: 'Evaluaties' }).textContent).toContain('Er is nog niet geëvalueerd.');
    const tijdlijn = screen.getByRole('list', { name: 'Geschiedenis van het arrangement' });
    expect(within(tijdlijn).getAllByRole('listitem').map((stap) => stap.textContent)).toEqual([
      "Aangevraagd door Ilse de IB'er10 november 2026 om 10:15",
    ]);
  });

  it('prints as a document: when it was printed at the top, without the link back to the list or the buttons', async () => {
    api(() => arrangement());

    await openDetails();

    const kop = screen.getByRole('heading', { level: 1, name: 'Arrangement voor Sam de Vries' });
    const afgedrukt = screen.getByText(/^Afgedrukt op \d{1,2} [a-z]+ \d{4} om \d{2}:\d{2}$/);
    expect(afgedrukt.classList.contains('alleen-afdruk')).toBe(true);
    expect(afgedrukt.compareDocumentPosition(kop) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Alle arrangementen' }).closest('.geen-afdruk')).not.toBeNull();
    expect(screen.getByRole('button', { name: 'Afdrukken' }).closest('.geen-afdruk')).not.toBeNull();
    expect(kop.parentElement?.nextElementSibling?.textContent).toBe('Onderwijsarrangement · Aangevraagd · Alle arrangementen');
  });

  it('shows the besluit, the evaluations with every doel, and a whole history of an active arrangement', async () => {
    api(() =>
      actiefArrangement({
        evaluatieVerlopen: true,
        evaluaties: [
          {
            id: 'e1',
            datum: '2027-05-20',
            doelen: [
              { doel: 1, behaald: true, toelichting: 'AVI E4 gehaald.' },
              { doel: 2, behaald: false, toelichting: null },
            ],
            conclusie: 'Goede vooruitgang.',
            vervolg: 'voortzetten',
            door: MO,
            vastgelegdOp: '2027-05-20T10:00:00Z',
          },
        ],
      }),
    );

    await openDetails();

    expect(waarde('Besluit', 'Uitkomst')).toBe('Toegekend');
    expect(waarde('Besluit', 'Beschikkingsnummer')).toBe('SWV-2026-0042');
    expect(waarde('Besluit', 'Vastgelegd door')).toBe('Mo Medewerker, 20 november 2026 om 14:00');
    expect(waarde('Besluit', 'Volgende evaluatie uiterlijk')).toBe('1 juni 2027 Verlopen');
    const evaluatie = screen.getByRole('article', { name: 'Evaluatie van 20 mei 2027' });
    const rijen = within(evaluatie).getAllByRole('row').slice(1).map((rij) => rij.textContent);
    expect(rijen).toEqual(['1. Sam leest op AVI-niveau E4.JaAVI E4 gehaald.', '2. Sam werkt twintig minuten zelfstandig.Nee']);
    expect(within(evaluatie).getByText('Voortzetten')).toBeDefined();
    const tijdlijn = screen.getByRole('list', { name: 'Geschiedenis van het arrangement' });
    expect(within(tijdlijn).getAllByRole('listitem').map((stap) => stap.querySelector('.tijdlijn__kop')?.textContent)).toEqual([
      "Aangevraagd door Ilse de IB'er",
      'In behandeling genomen door Mo Medewerker',
      'Toegekend door Mo Medewerker',
      "Gestart door Ilse de IB'er",
    ]);
  });
});

// What the API allows an SWV medewerker on an arrangement in behandeling without an open question, and anyone who
// provides the support on an active one.
const SWV_IN_BEHANDELING: StapCode[] = ['toekenning', 'afwijzing', 'informatieverzoek'];
const ACTIEF: StapCode[] = ['evaluatie', 'beeindiging'];
// A newer API may list a step this screen has no form for yet.
const ONBEKENDE_STAP = 'bezwaar' as StapCode;

describe('ArrangementPage (action panel: which steps)', () => {
  it.each([
    ['the SWV medewerker, aangevraagd', medewerker(), arrangement({ toegestaneStappen: ['behandeling'] }), ['In behandeling nemen']],
    ["the IB'er, aangevraagd", ibEr(), arrangement(), []],
    [
      'the SWV medewerker, in behandeling',
      medewerker(),
      arrangement({ status: 'in-behandeling', toegestaneStappen: SWV_IN_BEHANDELING }),
      ['Toekennen', 'Afwijzen', 'Informatie vragen'],
    ],
    ["the IB'er, in behandeling without a question", ibEr(), arrangement({ status: 'in-behandeling' }), []],
    [
      "the IB'er, in behandeling with a question",
      ibEr(),
      arrangement({ status: 'in-behandeling', openVraag: 'Is er een OPP?', toegestaneStappen: ['antwoord'] }),
      ['Vraag beantwoorden'],
    ],
    ['the expert, toegekend', expert(), arrangement({ status: 'toegekend', toegestaneStappen: ['start'] }), ['Starten']],
    ['the expert, actief', expert(), actiefArrangement({ toegestaneStappen: ACTIEF }), ['Evaluatie vastleggen', 'Beëindigen']],
    ['the SWV medewerker, beëindigd', medewerker(), actiefArrangement({ status: 'beeindigd' }), []],
    ['anyone, a step this screen does not know yet', medewerker(), arrangement({ toegestaneStappen: [ONBEKENDE_STAP, 'behandeling'] }), ['In behandeling nemen']],
  ])('offers %s exactly the steps the API allows', async (_geval, ik, huidig, verwacht) => {
    api(() => huidig, undefined, ik);

    await openDetails();

    expect(knoppen()).toEqual(verwacht);
    if (verwacht.length === 0) expect(paneel().textContent).toContain('Er is nu geen stap die u bij dit arrangement kunt zetten.');
  });
});

describe('ArrangementPage (action panel: taking a step)', () => {
  it('takes the aanvraag in behandeling with If-Match and no body, and shows the new state', async () => {
    const fetchMock = api(
      () => arrangement({ toegestaneStappen: ['behandeling'] }),
      () =>
        jsonResponse(
          arrangement({
            status: 'in-behandeling',
            versie: 8,
            toegestaneStappen: SWV_IN_BEHANDELING,
            geschiedenis: [...arrangement().geschiedenis, { op: '2026-11-12T08:00:00Z', door: MO, actie: 'in-behandeling-genomen' }],
          }),
        ),
    );
    await openDetails();

    fireEvent.click(within(paneel()).getByRole('button', { name: 'In behandeling nemen' }));
    const formulier = screen.getByRole('form', { name: 'In behandeling nemen' });
    fireEvent.click(within(formulier).getByRole('button', { name: 'In behandeling nemen' }));

    expect(await screen.findByText('De aanvraag is in behandeling genomen.')).toBeDefined();
    const [verzoek] = stappen(fetchMock);
    expect(new URL(verzoek?.url ?? '').pathname).toBe(`${PAD}/behandeling`);
    expect(verzoek?.headers.get('If-Match')).toBe('"7"');
    expect(await verzoek?.clone().text()).toBe('');
    expect(knoppen()).toEqual(['Toekennen', 'Afwijzen', 'Informatie vragen']);
    expect(waarde('Leerling', 'Status')).toBe('In behandeling');
    expect(screen.getByRole('list', { name: 'Geschiedenis van het arrangement' }).textContent).toContain(
      'In behandeling genomen door Mo Medewerker',
    );
  });

  it('grants with beschikkingsnummer, besluitdatum (today by default) and motivering, sent with If-Match', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 10, 24));
    const fetchMock = api(
      () => arrangement({ status: 'in-behandeling', versie: 8, toegestaneStappen: SWV_IN_BEHANDELING }),
      () => jsonResponse(arrangement({ status: 'toegekend', versie: 9, toegestaneStappen: ['start'] })),
    );
    await openDetails();

    fireEvent.click(within(paneel()).getByRole('button', { name: 'Toekennen' }));
    const formulier = screen.getByRole('form', { name: 'Toekennen' });
    expect((within(formulier).getByLabelText('Besluitdatum') as HTMLInputElement).value).toBe('24-11-2026');
    fireEvent.change(within(formulier).getByLabelText('Beschikkingsnummer'), { target: { value: ' SWV-2026-0042 ' } });
    fireEvent.change(within(formulier).getByLabelText('Motivering'), { target: { value: 'Past bij de behoeften.' } });
    fireEvent.click(within(formulier).getByRole('button', { name: 'Toekennen' }));

    expect(await screen.findByText('Het arrangement is toegekend.')).toBeDefined();
    const [verzoek] = stappen(fetchMock);
    expect(new URL(verzoek?.url ?? '').pathname).toBe(`${PAD}/toekenning`);
    expect(verzoek?.headers.get('If-Match')).toBe('"8"');
    expect(await verzoek?.clone().json()).toEqual({
      beschikkingsnummer: 'SWV-2026-0042',
      besluitdatum: '2026-11-24',
      motivering: 'Past bij de behoeften.',
    });
    // Granted: the SWV medewerker may start it too.
    expect(knoppen()).toEqual(['Starten']);
  });

  it('shows the errors of a 400 at their fields; a refusal without reason lands at the reason', async () => {
    api(
      () => arrangement({ status: 'in-behandeling', toegestaneStappen: SWV_IN_BEHANDELING }),
      () =>
        probleem(
          ongeldigeInvoer(
            [
              { code: 'beschikkingsnummer-vereist', detail: 'Geef het beschikkingsnummer van het besluit.', pointer: '#/beschikkingsnummer' },
              { code: 'reden-afwijzing-vereist', detail: 'Een afwijzing vermeldt altijd de reden.', pointer: '#/motivering' },
            ],
            `${PAD}/afwijzing`,
          ),
          400,
        ),
    );
    await openDetails();

    fireEvent.click(within(paneel()).getByRole('button', { name: 'Afwijzen' }));
    const formulier = screen.getByRole('form', { name: 'Afwijzen' });
    fireEvent.click(within(formulier).getByRole('button', { name: 'Afwijzen' }));

    const alert = await within(formulier).findByRole('alert');
    expect(alert.textContent).toContain('De aanvraag is niet afgewezen.');
    // Every problem has its field here, so every line of the summary is a link to it.
    expect(within(alert).getAllByRole('link').map((a) => a.textContent)).toEqual([
      'Geef het beschikkingsnummer van het besluit.',
      'Een afwijzing vermeldt altijd de reden.',
    ]);
    const nummer = within(formulier).getByLabelText('Beschikkingsnummer');
    expect(nummer.getAttribute('aria-invalid')).toBe('true');
    expect(beschrijving(nummer)).toContain('Geef het beschikkingsnummer van het besluit.');
    expect(beschrijving(within(formulier).getByLabelText('Reden van de afwijzing'))).toContain('Een afwijzing vermeldt altijd de reden.');
    expect(within(formulier).getByLabelText('Besluitdatum').getAttribute('aria-invalid')).toBeNull();
  });

  it('on 412 says in Dutch that someone else changed it, loads the newest versie and sends that next', async () => {
    let huidig = arrangement({ status: 'in-behandeling', versie: 8, toegestaneStappen: SWV_IN_BEHANDELING });
    let pogingen = 0;
    const fetchMock = api(
      () => huidig,
      () => {
        pogingen += 1;
        if (pogingen === 1) {
          // Someone else answered a question meanwhile: still in behandeling, a newer versie.
          huidig = arrangement({ status: 'in-behandeling', versie: 10, toelichting: 'Aangevuld door de school.', toegestaneStappen: SWV_IN_BEHANDELING });
          return probleem(versieVerouderd(), 412);
        }
        return jsonResponse(arrangement({ status: 'toegekend', versie: 11 }));
      },
    );
    await openDetails();
    const getsVooraf = gets(fetchMock).length;

    fireEvent.click(within(paneel()).getByRole('button', { name: 'Toekennen' }));
    const formulier = screen.getByRole('form', { name: 'Toekennen' });
    fireEvent.change(within(formulier).getByLabelText('Beschikkingsnummer'), { target: { value: 'SWV-2026-0042' } });
    fireEvent.change(within(formulier).getByLabelText('Motivering'), { target: { value: 'Past.' } });
    fireEvent.click(within(formulier).getByRole('button', { name: 'Toekennen' }));

    const alert = await within(formulier).findByRole('alert');
    expect(alert.textContent).toContain('Dit arrangement is intussen door iemand anders gewijzigd; de nieuwste versie is geladen.');
    expect(stappen(fetchMock)[0]?.headers.get('If-Match')).toBe('"8"');
    expect(gets(fetchMock).length).toBeGreaterThan(getsVooraf);
    expect(waarde('Aanvraag', 'Toelichting')).toBe('Aangevuld door de school.');
    expect((within(formulier).getByLabelText('Beschikkingsnummer') as HTMLInputElement).value).toBe('SWV-2026-0042');

    fireEvent.click(within(formulier).getByRole('button', { name: 'Toekennen' }));

    expect(await screen.findByText('Het arrangement is toegekend.')).toBeDefined();
    expect(stappen(fetchMock)[1]?.headers.get('If-Match')).toBe('"10"');
  });

  it('on 412 after which the step no longer fits, closes the form and says why in the panel', async () => {
    let huidig = arrangement({ status: 'in-behandeling', versie: 8, toegestaneStappen: SWV_IN_BEHANDELING });
    api(
      () => huidig,
      () => {
        // A colleague refused it meanwhile.
        huidig = arrangement({ status: 'afgewezen', versie: 9 });
        return probleem(versieVerouderd(), 412);
      },
    );
    await openDetails();

    fireEvent.click(within(paneel()).getByRole('button', { name: 'Toekennen' }));
    const formulier = screen.getByRole('form', { name: 'Toekennen' });
    fireEvent.click(within(formulier).getByRole('button', { name: 'Toekennen' }));

    const uitleg = await within(paneel()).findByText('"Toekennen" past niet meer bij dit arrangement zoals het nu is (status: afgewezen).');
    expect(uitleg.closest('[role="alert"]')?.textContent).toContain(
      'Dit arrangement is intussen door iemand anders gewijzigd; de nieuwste versie is geladen.',
    );
    expect(screen.queryByRole('form', { name: 'Toekennen' })).toBeNull();
    expect(paneel().textContent).toContain('Er is nu geen stap die u bij dit arrangement kunt zetten.');
  });

  it('on 409 shows why the step cannot be taken now', async () => {
    api(
      () => arrangement({ status: 'in-behandeling', toegestaneStappen: SWV_IN_BEHANDELING }),
      () =>
        probleem(
          {
            type: 'urn:passendonderwijs:probleem:vraag-staat-open',
            title: 'Dit botst met de huidige toestand.',
            status: 409,
            detail: 'Er staat al een vraag aan de school open; wacht op het antwoord.',
            instance: `${PAD}/informatieverzoek`,
            traceId: 't',
          },
          409,
        ),
    );
    await openDetails();

    fireEvent.click(within(paneel()).getByRole('button', { name: 'Informatie vragen' }));
    const formulier = screen.getByRole('form', { name: 'Informatie vragen' });
    fireEvent.change(within(formulier).getByLabelText('Vraag aan de school'), { target: { value: 'Is er een OPP?' } });
    fireEvent.click(within(formulier).getByRole('button', { name: 'Vraag versturen' }));

    const alert = await within(formulier).findByRole('alert');
    expect(alert.textContent).toContain('De vraag is niet verstuurd. Deze stap kan nu niet.');
    expect(alert.textContent).toContain('Er staat al een vraag aan de school open; wacht op het antwoord.');
  });

  it("lets the IB'er answer the open question", async () => {
    const fetchMock = api(
      () => arrangement({ status: 'in-behandeling', openVraag: 'Is er een OPP?', toegestaneStappen: ['antwoord'] }),
      () => jsonResponse(arrangement({ status: 'in-behandeling', versie: 9 })),
      ibEr(),
    );
    await openDetails();

    fireEvent.click(within(paneel()).getByRole('button', { name: 'Vraag beantwoorden' }));
    const formulier = screen.getByRole('form', { name: 'Vraag beantwoorden' });
    expect(formulier.textContent).toContain('Het samenwerkingsverband vraagt: Is er een OPP?');
    fireEvent.change(within(formulier).getByLabelText('Antwoord'), { target: { value: 'Ja, sinds oktober.' } });
    fireEvent.click(within(formulier).getByRole('button', { name: 'Antwoord versturen' }));

    expect(await screen.findByText('Het antwoord is naar het samenwerkingsverband gestuurd.')).toBeDefined();
    const [verzoek] = stappen(fetchMock);
    expect(new URL(verzoek?.url ?? '').pathname).toBe(`${PAD}/informatieverzoek/antwoord`);
    expect(await verzoek?.clone().json()).toEqual({ antwoord: 'Ja, sinds oktober.' });
  });

  it('records an evaluation with one row per doel, and shows errors at the doel they concern', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2027, 4, 20));
    let pogingen = 0;
    const fetchMock = api(
      () => actiefArrangement({ toegestaneStappen: ACTIEF }),
      () => {
        pogingen += 1;
        if (pogingen === 1) {
          return probleem(
            ongeldigeInvoer([{ code: 'behaald-vereist', detail: 'Geef aan of het doel behaald is.', pointer: '#/doelen/1/behaald' }]),
            400,
          );
        }
        return jsonResponse(actiefArrangement({ versie: 13, toegestaneStappen: ACTIEF }));
      },
      expert(),
    );
    await openDetails();

    fireEvent.click(within(paneel()).getByRole('button', { name: 'Evaluatie vastleggen' }));
    const formulier = screen.getByRole('form', { name: 'Evaluatie vastleggen' });
    const doel1 = within(formulier).getByRole('group', { name: 'Doel 1: Sam leest op AVI-niveau E4.' });
    const doel2 = within(formulier).getByRole('group', { name: 'Doel 2: Sam werkt twintig minuten zelfstandig.' });
    fireEvent.click(within(doel1).getByRole('radio', { name: 'Ja' }));
    fireEvent.change(within(doel1).getByLabelText('Toelichting (niet verplicht)'), { target: { value: 'AVI E4 gehaald.' } });
    fireEvent.change(within(formulier).getByLabelText('Conclusie'), { target: { value: 'Goede vooruitgang.' } });
    fireEvent.click(within(formulier).getByRole('radio', { name: 'Voortzetten' }));
    fireEvent.click(within(formulier).getByRole('button', { name: 'Evaluatie vastleggen' }));

    await within(formulier).findByRole('alert');
    expect(within(doel2).getByRole('group', { name: 'Behaald?' }).getAttribute('aria-describedby')).not.toBeNull();
    expect(doel2.textContent).toContain('Geef aan of het doel behaald is.');
    expect(doel1.textContent).not.toContain('Geef aan of het doel behaald is.');
    expect(await stappen(fetchMock)[0]?.clone().json()).toEqual({
      datum: '2027-05-20',
      doelen: [
        { doel: 1, behaald: true, toelichting: 'AVI E4 gehaald.' },
        { doel: 2, behaald: null, toelichting: null },
      ],
      conclusie: 'Goede vooruitgang.',
      vervolg: 'voortzetten',
    });

    fireEvent.click(within(doel2).getByRole('radio', { name: 'Nee' }));
    fireEvent.click(within(formulier).getByRole('button', { name: 'Evaluatie vastleggen' }));

    expect(await screen.findByText('De evaluatie is vastgelegd.')).toBeDefined();
    const tweede = stappen(fetchMock)[1];
    expect(new URL(tweede?.url ?? '').pathname).toBe(`${PAD}/evaluaties`);
    expect(tweede?.headers.get('If-Match')).toBe('"12"');
    expect(((await tweede?.clone().json()) as { doelen: unknown[] }).doelen[1]).toEqual({ doel: 2, behaald: false, toelichting: null });
  });

  it('says in Dutch when the arrangement does not exist', async () => {
    mockArrangementApi(() =>
      probleem(
        { type: 'urn:passendonderwijs:probleem:arrangement-onbekend', title: 'Niet gevonden.', status: 404, detail: 'Onbekend.', instance: PAD, traceId: 't' },
        404,
      ),
    );

    renderApp(`/arrangementen/${ARRANGEMENT_ID}`, aangemeld());

    expect((await screen.findByRole('alert')).textContent).toContain('Dit arrangement bestaat niet, of u mag het niet zien.');
  });

  it('shows the documents of this arrangement, asked for with its id, and a form to add one', async () => {
    const fetchMock = api(() => arrangement());
    await openDetails();

    const sectie = screen.getByRole('region', { name: 'Documenten' });
    expect(await within(sectie).findByText('Nog geen documenten bij dit arrangement.')).toBeTruthy();
    expect(within(sectie).getByRole('form', { name: 'Document toevoegen' })).toBeTruthy();
    const [lijst] = verzoekenNaar(fetchMock, `/api/v1/leerlingen/${LEERLING_ID}/documenten`);
    expect(new URL(lijst!.url).search).toBe(`?arrangementId=${ARRANGEMENT_ID}`);
  });

  it('shows an expert the documents without the form to add one', async () => {
    api(() => arrangement(), undefined, expert());
    await openDetails();

    const sectie = screen.getByRole('region', { name: 'Documenten' });
    expect(await within(sectie).findByText('Nog geen documenten bij dit arrangement.')).toBeTruthy();
    expect(within(sectie).queryByRole('form', { name: 'Document toevoegen' })).toBeNull();
  });

  it('shows the terms of this arrangement, running ones first, with their phase and last day', async () => {
    const fetchMock = mockArrangementApi((url, request) => {
      if (request.method === 'GET' && url.pathname === PAD) return jsonResponse(arrangement());
      if (request.method === 'GET' && url.pathname === '/api/v1/termijnen') {
        return jsonResponse({
          termijnen: [
            {
              id: 't1',
              soort: 'arrangement-behandeling',
              omschrijving: 'Beslissen op een aanvraag voor een arrangement',
              vanaf: '2026-11-24',
              uiterlijk: '2027-01-05',
              signaalOp: '2026-12-29',
              fase: 'nadert',
              nadertGemeldOp: '2026-12-29T08:00:00Z',
            },
          ],
        });
      }
      return jsonResponse({ items: [], arrangementen: [], documenten: [] });
    }, medewerker());
    await openDetails();

    const sectie = screen.getByRole('region', { name: 'Termijnen' });
    const rij = await within(sectie).findByRole('row', { name: /Beslissen op een aanvraag voor een arrangement/ });
    expect(rij.textContent).toContain('24 november 2026');
    expect(rij.textContent).toContain('Loopt bijna af: tot en met 5 januari 2027');
    const [vraag] = verzoekenNaar(fetchMock, '/api/v1/termijnen');
    expect(new URL(vraag!.url).search).toBe(`?arrangementId=${ARRANGEMENT_ID}`);
  });
});
