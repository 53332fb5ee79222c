import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { arrangement, ARRANGEMENT_ID, expert, ibEr, leerling, LEERLING_ID } from '../test/arrangementFixtures';
import { beschrijving, mockArrangementApi, probleem, verzoekenNaar } from '../test/arrangementApi';
import { FakeUserManager, testUser } from '../test/fakeUserManager';
import { ongeldigeInvoer } from '../test/fixtures';
import { passendeSettingen } from '../test/matchingFixtures';
import { jsonResponse, renderApp } from '../test/renderApp';

const aangemeld = () => new FakeUserManager(testUser());
const EVA = '0197d3c4-3333-7a8b-9c0d-1e2f3a4b5c6d';
const NOOR = leerling({ id: '0197d3c4-2222-7a8b-9c0d-1e2f3a4b5c6d', voornaam: 'Noor', achternaam: 'Jansen', groep: '7' });

/** The API for the form: the pupils Sam and Noor, and every POST to `aanvraag`. */
function api(aanvraag: (request: Request) => Response | Promise<Response>) {
  return mockArrangementApi((url, request) => {
    // The picker searches by POST (names stay out of URLs); the list without a search is a GET.
    if (url.pathname === '/api/v1/leerlingen' || url.pathname === '/api/v1/leerlingen/zoekopdrachten') return jsonResponse({ leerlingen: [leerling(), NOOR], totaal: 2 });
    if (url.pathname === `/api/v1/leerlingen/${LEERLING_ID}`) return jsonResponse(leerling());
    if (url.pathname === `/api/v1/leerlingen/${NOOR.id}`) return jsonResponse(NOOR);
    if (url.pathname === `/api/v1/leerlingen/${LEERLING_ID}/passende-settingen`) return jsonResponse(passendeSettingen);
    if (request.method === 'POST' && url.pathname === '/api/v1/arrangementen') return aanvraag(request);
    if (url.pathname === `/api/v1/arrangementen/${ARRANGEMENT_ID}`) return jsonResponse(arrangement());
    if (url.pathname === '/api/v1/experts') return jsonResponse({ experts: [{ id: EVA, naam: 'Eva Expert' }] });
    if (url.pathname === '/api/v1/arrangementen/mijn-aanvragen') return jsonResponse({ aanvragen: [], totaal: 0 });
    return jsonResponse({ items: [] });
  }, ibEr());
}

const aanvragen = (fetchMock: ReturnType<typeof api>) =>
  verzoekenNaar(fetchMock, '/api/v1/arrangementen').filter((request) => request.method === 'POST');

async function vulIn() {
  const formulier = await screen.findByRole('form', { name: 'Arrangement aanvragen' });
  const vul = (label: string, value: string) => fireEvent.change(within(formulier).getByLabelText(label), { target: { value } });
  // The pupil from ?leerlingId= is chosen: the combobox shows its name once it is loaded.
  const keuze = within(formulier).getByRole('combobox', { name: 'Leerling' }) as HTMLInputElement;
  await waitFor(() => expect(keuze.value).toBe('Sam de Vries'));
  vul('Soort arrangement', 'onderwijsarrangement');
  vul('Ingangsdatum', '2026-12-01');
  vul('Einddatum', '2027-06-01');
  vul('Budget in euro (niet verplicht)', '1.250,50');
  vul('Aandacht en tijd', 'Verlengde instructie.');
  vul('Doel 1', 'Sam leest op AVI-niveau E4.');
  fireEvent.click(within(formulier).getByRole('button', { name: 'Doel toevoegen' }));
  expect(document.activeElement).toBe(within(formulier).getByLabelText('Doel 2'));
  fireEvent.click(within(formulier).getByRole('button', { name: 'Doel toevoegen' }));
  vul('Doel 3', 'Sam werkt zelfstandig.');
  fireEvent.click(within(formulier).getByRole('button', { name: 'Doel 2 verwijderen' }));
  vul('Soort uitvoerder', 'school');
  vul('Naam van de uitvoerder', 'Basisschool De Regenboog');
  vul('Bekostiger', 'swv');
  vul('Toelichting', 'De basisondersteuning is niet genoeg.');
  return formulier;
}

describe('NieuwArrangementPage (request form)', () => {
  it('requests the arrangement with an Idempotency-Key and goes to its page', async () => {
    const fetchMock = api(() => jsonResponse(arrangement(), 201));
    const { router } = renderApp(`/arrangementen/nieuw?leerlingId=${LEERLING_ID}`, aangemeld());

    const formulier = await vulIn();
    expect(within(formulier).queryByLabelText('Aanbiedercode')).toBeNull();
    fireEvent.click(within(formulier).getByRole('button', { name: 'Arrangement aanvragen' }));

    expect(await screen.findByText('Het arrangement is aangevraagd. Het samenwerkingsverband besluit uiterlijk 22 december 2026.')).toBeDefined();
    expect(router.state.location.pathname).toBe(`/arrangementen/${ARRANGEMENT_ID}`);
    expect(screen.getByRole('heading', { level: 1, name: 'Arrangement voor Sam de Vries' })).toBeDefined();
    const [verzoek] = aanvragen(fetchMock);
    expect(verzoek?.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);
    expect(await verzoek?.clone().json()).toEqual({
      leerlingId: LEERLING_ID,
      soort: 'onderwijsarrangement',
      inhoud: {
        aandachtEnTijd: 'Verlengde instructie.',
        onderwijsmaterialen: null,
        ruimtelijkeOmgeving: null,
        expertise: null,
        samenwerkingMetAndereInstanties: null,
      },
      doelen: ['Sam leest op AVI-niveau E4.', 'Sam werkt zelfstandig.'],
      ingangsdatum: '2026-12-01',
      einddatum: '2027-06-01',
      uren: null,
      budget: 1250.5,
      uitvoerder: { soort: 'school', naam: 'Basisschool De Regenboog', obaCode: null, expertise: null, expertId: null },
      bekostiger: 'swv',
      toelichting: 'De basisondersteuning is niet genoeg.',
    });
  });

  it('shows field errors at their fields, and retries the same form with the same Idempotency-Key', async () => {
    let pogingen = 0;
    const fetchMock = api(() => {
      pogingen += 1;
      if (pogingen === 1) return new Response(null, { status: 502 });
      if (pogingen === 2) {
        return probleem(
          ongeldigeInvoer(
            [
              { code: 'omgekeerde-periode', detail: 'De einddatum ligt voor de ingangsdatum.', pointer: '#/einddatum' },
              { code: 'doel-vereist', detail: 'Beschrijf het doel.', pointer: '#/doelen/1' },
              { code: 'uitvoerder-vereist', detail: 'Noem wie het arrangement uitvoert.', pointer: '#/uitvoerder/naam' },
              { code: 'te-lang', detail: 'Hoogstens 2000 tekens.', pointer: '#/inhoud/aandachtEnTijd' },
              { code: 'ongeldige-idempotency-key', detail: 'Een ongeldige sleutel.', pointer: '#/Idempotency-Key' },
            ],
            '/api/v1/arrangementen',
          ),
          400,
        );
      }
      return jsonResponse(arrangement(), 201);
    });
    renderApp(`/arrangementen/nieuw?leerlingId=${LEERLING_ID}`, aangemeld());
    const formulier = await vulIn();
    const verstuur = () => fireEvent.click(within(formulier).getByRole('button', { name: 'Arrangement aanvragen' }));

    verstuur();
    expect((await within(formulier).findByRole('alert')).textContent).toContain('Er ging iets mis bij de server. Probeer het later opnieuw.');

    verstuur();
    const alert = await within(formulier).findByText('Er zijn 5 problemen met de invoer.');
    const samenvatting = alert.closest('[role="alert"]') as HTMLElement;
    // The error summary lists every problem and links each one that has a field to it.
    const aanVeld = ['De einddatum ligt voor de ingangsdatum.', 'Beschrijf het doel.', 'Noem wie het arrangement uitvoert.', 'Hoogstens 2000 tekens.'];
    expect(within(samenvatting).getAllByRole('listitem').map((li) => li.textContent)).toEqual([...aanVeld, 'Een ongeldige sleutel.']);
    expect(within(samenvatting).getAllByRole('link').map((a) => a.textContent)).toEqual(aanVeld);
    const einddatum = within(formulier).getByLabelText('Einddatum');
    expect(einddatum.getAttribute('aria-invalid')).toBe('true');
    expect(beschrijving(einddatum)).toContain('De einddatum ligt voor de ingangsdatum.');
    expect(beschrijving(within(formulier).getByLabelText('Doel 2'))).toContain('Beschrijf het doel.');
    expect(within(formulier).getByLabelText('Doel 1').getAttribute('aria-invalid')).toBeNull();
    expect(beschrijving(within(formulier).getByLabelText('Naam van de uitvoerder'))).toContain('Noem wie het arrangement uitvoert.');
    expect(beschrijving(within(formulier).getByLabelText('Aandacht en tijd'))).toContain('Hoogstens 2000 tekens.');

    fireEvent.change(within(formulier).getByLabelText('Einddatum'), { target: { value: '2027-07-01' } });
    verstuur();

    await screen.findByRole('heading', { level: 1, name: 'Arrangement voor Sam de Vries' });
    const sleutels = aanvragen(fetchMock).map((request) => request.headers.get('Idempotency-Key'));
    expect(sleutels).toHaveLength(3);
    expect(new Set(sleutels).size).toBe(1);
  });

  it('reads "1.250" as twelve hundred and fifty euro, and refuses an amount it cannot read at its field without sending', async () => {
    const fetchMock = api(() => jsonResponse(arrangement(), 201));
    renderApp(`/arrangementen/nieuw?leerlingId=${LEERLING_ID}`, aangemeld());
    const formulier = await vulIn();
    const budget = within(formulier).getByLabelText('Budget in euro (niet verplicht)');

    fireEvent.change(budget, { target: { value: 'veel' } });
    fireEvent.change(within(formulier).getByLabelText('Uren (niet verplicht)'), { target: { value: '12.5' } });
    fireEvent.click(within(formulier).getByRole('button', { name: 'Arrangement aanvragen' }));

    expect(await within(formulier).findByText('Schrijf het bedrag in euro, zoals 1.250 of 1.250,50.')).toBeDefined();
    expect(within(formulier).getByText('Schrijf het aantal uren als een getal, zoals 40 of 12,5.')).toBeDefined();
    expect(aanvragen(fetchMock)).toHaveLength(0);

    fireEvent.change(budget, { target: { value: '1.250' } });
    fireEvent.change(within(formulier).getByLabelText('Uren (niet verplicht)'), { target: { value: '12,5' } });
    fireEvent.click(within(formulier).getByRole('button', { name: 'Arrangement aanvragen' }));

    await screen.findByText(/Het arrangement is aangevraagd/);
    const [verzoek] = aanvragen(fetchMock);
    expect(await verzoek?.clone().json()).toMatchObject({ budget: 1250, uren: 12.5 });
  });

  it('gives a new form a new Idempotency-Key', async () => {
    const fetchMock = api(() => new Response(null, { status: 503 }));
    const eerste = renderApp(`/arrangementen/nieuw?leerlingId=${LEERLING_ID}`, aangemeld());
    let formulier = await vulIn();
    fireEvent.click(within(formulier).getByRole('button', { name: 'Arrangement aanvragen' }));
    await within(formulier).findByRole('alert');

    // Away and back: a new form, filled in anew.
    await act(() => eerste.router.navigate('/werkvoorraad'));
    await screen.findByRole('heading', { level: 1, name: 'Mijn werkvoorraad' });
    await act(() => eerste.router.navigate(`/arrangementen/nieuw?leerlingId=${LEERLING_ID}`));
    formulier = await vulIn();
    fireEvent.click(within(formulier).getByRole('button', { name: 'Arrangement aanvragen' }));
    await within(formulier).findByRole('alert');

    const sleutels = aanvragen(fetchMock).map((request) => request.headers.get('Idempotency-Key'));
    expect(sleutels).toHaveLength(2);
    expect(sleutels[0]).not.toBe(sleutels[1]);
  });

  it('asks an OBA for its RIO code and expertise, and offers every pupil to choose from', async () => {
    const fetchMock = api(() => jsonResponse(arrangement(), 201));
    renderApp('/arrangementen/nieuw', aangemeld());
    const formulier = await screen.findByRole('form', { name: 'Arrangement aanvragen' });
    const keuze = within(formulier).getByRole('combobox', { name: 'Leerling' }) as HTMLInputElement;
    expect(keuze.value).toBe('');
    fireEvent.change(keuze, { target: { value: 'noor' } });
    fireEvent.mouseDown(await screen.findByRole('option', { name: /^Noor Jansen/ }));
    expect(keuze.value).toBe('Noor Jansen');

    fireEvent.change(within(formulier).getByLabelText('Soort uitvoerder'), { target: { value: 'oba' } });
    fireEvent.change(within(formulier).getByLabelText('Aanbiedercode'), { target: { value: '123a456' } });
    const expertise = within(formulier).getByLabelText('Expertise van de aanbieder');
    await within(expertise).findByRole('option', { name: 'Slechthorendheid' });
    fireEvent.change(expertise, { target: { value: 'SLECHTHORENDHEID' } });
    fireEvent.click(within(formulier).getByRole('button', { name: 'Arrangement aanvragen' }));

    await screen.findByRole('heading', { level: 1, name: 'Arrangement voor Sam de Vries' });
    const body = (await aanvragen(fetchMock)[0]?.clone().json()) as { leerlingId: string; uitvoerder: unknown };
    expect(body.leerlingId).toBe(NOOR.id);
    expect(body.uitvoerder).toEqual({ soort: 'oba', naam: null, obaCode: '123A456', expertise: 'SLECHTHORENDHEID', expertId: null });
  });

  it('opens filled in from a setting chosen on the pupil page: the aanbieder as uitvoerder, with its RIO code and expertise', async () => {
    api(() => jsonResponse(arrangement(), 201));
    renderApp(`/arrangementen/nieuw?leerlingId=${LEERLING_ID}&oba=101A003&obaNaam=Auris&expertise=SLECHTHORENDHEID&soort=onbekend`, aangemeld());
    const formulier = await screen.findByRole('form', { name: 'Arrangement aanvragen' });

    expect(screen.getByText('Deze aanvraag is ingevuld vanuit Wat past?. Controleer de gegevens en vul de rest aan.')).toBeTruthy();
    expect((within(formulier).getByLabelText('Soort arrangement') as HTMLSelectElement).value).toBe('');
    expect((within(formulier).getByLabelText('Soort uitvoerder') as HTMLSelectElement).value).toBe('oba');
    expect((within(formulier).getByLabelText('Naam van de uitvoerder') as HTMLInputElement).value).toBe('Auris');
    expect((within(formulier).getByLabelText('Aanbiedercode') as HTMLInputElement).value).toBe('101A003');
    const expertise = within(formulier).getByLabelText('Expertise van de aanbieder') as HTMLSelectElement;
    await within(expertise).findByRole('option', { name: 'Slechthorendheid' });
    expect(expertise.value).toBe('SLECHTHORENDHEID');
  });

  it('asks what fits the chosen pupil in the form itself, and takes a setting\'s kind of arrangement over', async () => {
    const fetchMock = api(() => jsonResponse(arrangement(), 201));
    renderApp(`/arrangementen/nieuw?leerlingId=${LEERLING_ID}`, aangemeld());
    const formulier = await screen.findByRole('form', { name: 'Arrangement aanvragen' });
    expect(screen.queryByText(/ingevuld vanuit Wat past/)).toBeNull();
    const panel = await within(formulier).findByRole('region', { name: 'Wat past?' });
    expect(verzoekenNaar(fetchMock, `/api/v1/leerlingen/${LEERLING_ID}/passende-settingen`)).toHaveLength(0);

    fireEvent.click(within(panel).getByRole('button', { name: 'Bekijk wat past' }));
    fireEvent.click(await within(panel).findByRole('button', { name: 'Neem over in de aanvraag: Onderwijsarrangement' }));

    expect((within(formulier).getByLabelText('Soort arrangement') as HTMLSelectElement).value).toBe('onderwijsarrangement');
    expect((within(formulier).getByLabelText('Soort uitvoerder') as HTMLSelectElement).value).toBe('');
    expect(within(formulier).getByText('Overgenomen in de aanvraag: Onderwijsarrangement. Vul de rest hieronder aan.').getAttribute('role')).toBe('status');
    // SBO De Brug is another school: it is reached with a TLV, not with an arrangement request.
    expect(within(panel).getAllByRole('button', { name: /^Neem over/ }).map((knop) => knop.textContent)).toEqual([
      'Neem over in de aanvraag: Onderwijsarrangement',
      'Neem over in de aanvraag: Ambulante begeleiding door Auris',
    ]);
  });

  it('names an expert provider by account, so that expert may see the pupil', async () => {
    const fetchMock = api(() => jsonResponse(arrangement(), 201));
    renderApp(`/arrangementen/nieuw?leerlingId=${LEERLING_ID}`, aangemeld());
    const formulier = await vulIn();

    fireEvent.change(within(formulier).getByLabelText('Soort uitvoerder'), { target: { value: 'expert' } });
    const keuze = within(formulier).getByLabelText('Expert');
    await within(keuze).findByRole('option', { name: 'Eva Expert' });
    fireEvent.change(keuze, { target: { value: EVA } });
    expect((within(formulier).getByLabelText('Naam van de uitvoerder') as HTMLInputElement).value).toBe('Eva Expert');
    fireEvent.click(within(formulier).getByRole('button', { name: 'Arrangement aanvragen' }));

    await screen.findByRole('heading', { level: 1, name: 'Arrangement voor Sam de Vries' });
    const body = (await aanvragen(fetchMock)[0]?.clone().json()) as { uitvoerder: unknown };
    expect(body.uitvoerder).toEqual({ soort: 'expert', naam: 'Eva Expert', obaCode: null, expertise: null, expertId: EVA });
  });

  it('tells an expert that only the school or the SWV requests arrangementen', async () => {
    mockArrangementApi(() => jsonResponse({}), expert());

    renderApp('/arrangementen/nieuw', aangemeld());

    expect((await screen.findByRole('alert')).textContent).toContain(
      'Alleen een medewerker van een school of van het samenwerkingsverband kan een arrangement aanvragen.',
    );
    expect(screen.queryByRole('form')).toBeNull();
  });
});
