import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Thuiszitter, ThuiszitterRegel, Thuiszittertelling } from '../api/thuiszitters';
import { ibEr, LEERLING_ID, leerling } from '../test/arrangementFixtures';
import { mockArrangementApi, probleem, verzoekenNaar } from '../test/arrangementApi';
import { FakeUserManager, testUser } from '../test/fakeUserManager';
import { medewerker } from '../test/fixtures';
import { jsonResponse, renderApp } from '../test/renderApp';

const aangemeld = () => new FakeUserManager(testUser());
const ID = '0197d3c4-2222-7a8b-9c0d-1e2f3a4b5c6d';
const door = { id: 'gebruiker-2', naam: 'Mo Medewerker' };

function regel(overrides: Partial<ThuiszitterRegel> = {}): ThuiszitterRegel {
  return {
    id: ID,
    leerlingId: LEERLING_ID,
    leerlingNaam: 'Noah Bakker',
    vestiging: '12AB00',
    schoolNaam: 'De Regenboog',
    regio: 'Noord',
    soort: 'langdurig-relatief-verzuim',
    reden: 'geen-passend-aanbod',
    status: 'open',
    verzuimSinds: '2027-01-10',
    streefdatum: '2027-04-10',
    einddatum: null,
    duurInDagen: 109,
    verlopen: true,
    ...overrides,
  };
}

function thuiszitter(overrides: Partial<Thuiszitter> = {}): Thuiszitter {
  return {
    id: ID,
    leerlingId: LEERLING_ID,
    leerling: { id: LEERLING_ID, naam: 'Noah Bakker', geboortedatum: '2016-05-01', groep: '8' },
    vestiging: '12AB00',
    schoolNaam: 'De Regenboog',
    regio: 'Noord',
    soort: 'langdurig-relatief-verzuim',
    verzuimSinds: '2027-01-10',
    thuiszitterVanaf: '2027-02-07',
    reden: 'geen-passend-aanbod',
    streefdatum: '2027-04-10',
    duurInDagen: 109,
    verlopen: true,
    gemeente: 'Utrecht',
    leerplichtambtenaar: { naam: 'M. de Leeuw', contact: '030 123 45 67' },
    plan: { plan: 'Plek zoeken in het SBO.', perspectief: 'SBO De Brug', door, op: '2027-03-01T10:00:00+01:00' },
    planversies: [
      { plan: 'Gesprek met ouders.', perspectief: null, door, op: '2027-02-08T10:00:00+01:00' },
      { plan: 'Plek zoeken in het SBO.', perspectief: 'SBO De Brug', door, op: '2027-03-01T10:00:00+01:00' },
    ],
    status: 'open',
    geschiedenis: [{ op: '2027-02-08T10:00:00+01:00', door, actie: 'gemeld', toelichting: 'Langdurig relatief verzuim sinds 10 januari 2027.' }],
    toegestaneStappen: ['planwijziging', 'terugkeer', 'beeindiging'],
    gemeldOp: '2027-02-08T10:00:00+01:00',
    versie: 7,
    gewijzigdOp: '2027-03-01T10:00:00+01:00',
    ...overrides,
  };
}

describe('the thuiszitters register', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2027-04-29T12:00:00+02:00'));
  });
  afterEach(() => vi.useRealTimers());

  it('lists each child with the duration in words and marks how far past the aim an entry is', async () => {
    const fetchMock = mockArrangementApi((url) =>
      url.pathname === '/api/v1/thuiszitters'
        ? jsonResponse({ thuiszitters: [regel(), regel({ id: 'b', leerlingNaam: 'Daan Jansen', soort: 'absoluut-verzuim', duurInDagen: 21, verlopen: false, streefdatum: '2027-07-08' })], totaal: 2 })
        : jsonResponse({}, 404),
    );
    renderApp('/thuiszitters?soort=langdurig-relatief-verzuim', aangemeld());

    const tabel = await screen.findByRole('table', { name: 'Registraties in het thuiszittersregister' });
    const noah = within(tabel).getByRole('row', { name: /Noah Bakker/ });
    expect(noah.textContent).toContain('3 maanden');
    expect(noah.textContent).toContain('2 weken over de streefdatum');
    expect(noah.textContent).toContain('Langdurig relatief verzuim');
    expect(within(tabel).getByRole('row', { name: /Daan Jansen/ }).textContent).toContain('3 weken');
    expect(screen.getByRole('link', { name: 'Nieuwe melding' }).getAttribute('href')).toBe('/thuiszitters/nieuw');
    const gevraagd = new URL(verzoekenNaar(fetchMock, '/api/v1/thuiszitters')[0]!.url);
    expect(gevraagd.searchParams.get('soort')).toBe('langdurig-relatief-verzuim');
  });

  it('shows the first day a child can be registered at the date field when relatief verzuim is not yet 4 weeks old', async () => {
    const fetchMock = mockArrangementApi((url, request) => {
      if (url.pathname === `/api/v1/leerlingen/${LEERLING_ID}`) return jsonResponse(leerling());
      if (url.pathname === '/api/v1/thuiszitters' && request.method === 'POST') {
        return probleem(
          {
            type: 'about:blank',
            title: 'Dit kan niet.',
            status: 422,
            errors: [
              {
                code: 'nog-geen-thuiszitter',
                detail: 'Bij relatief verzuim is een leerling een thuiszitter na 4 weken verzuim. Registreer de leerling vanaf 13 mei 2027.',
                pointer: '#/verzuimSinds',
              },
            ],
          },
          422,
        );
      }
      return jsonResponse({}, 404);
    }, ibEr());
    renderApp(`/thuiszitters/nieuw?leerling=${LEERLING_ID}`, aangemeld());

    fireEvent.click(await screen.findByRole('radio', { name: 'Langdurig relatief verzuim' }));
    fireEvent.change(screen.getByLabelText(/^Verzuim sinds/), { target: { value: '15-04-2027' } });
    fireEvent.change(screen.getByLabelText('Reden'), { target: { value: 'schoolweigering' } });
    fireEvent.change(screen.getByLabelText(/^Gemeente/), { target: { value: 'Utrecht' } });
    fireEvent.click(screen.getByRole('button', { name: 'Melding opslaan' }));

    const veld = await screen.findByLabelText(/^Verzuim sinds/);
    await waitFor(() => expect(veld.getAttribute('aria-invalid')).toBe('true'));
    expect(veld.closest('.veld')?.textContent).toContain('Registreer de leerling vanaf 13 mei 2027.');
    const post = verzoekenNaar(fetchMock, '/api/v1/thuiszitters').find((r) => r.method === 'POST')!;
    expect(await post.clone().json()).toMatchObject({
      leerlingId: LEERLING_ID,
      soort: 'langdurig-relatief-verzuim',
      verzuimSinds: '2027-04-15',
      reden: 'schoolweigering',
      gemeente: 'Utrecht',
    });
  });

  it('shows the entry with its aim, plan versions and the steps the API allows, and updates the plan with If-Match', async () => {
    const fetchMock = mockArrangementApi((url, request) => {
      if (url.pathname === `/api/v1/thuiszitters/${ID}/plan` && request.method === 'PUT') {
        return jsonResponse(thuiszitter({ versie: 8 }));
      }
      if (url.pathname === `/api/v1/thuiszitters/${ID}`) return jsonResponse(thuiszitter());
      return jsonResponse({}, 404);
    });
    renderApp(`/thuiszitters/${ID}`, aangemeld());

    expect(await screen.findByRole('heading', { level: 1, name: 'Thuiszitter: Noah Bakker' })).toBeDefined();
    expect(screen.getByText('2 weken te laat')).toBeDefined();
    const versies = screen.getByRole('list', { name: 'Versies van het plan, nieuwste eerst' });
    expect(within(versies).getAllByRole('listitem')[0]!.textContent).toContain('Huidig plan, door Mo Medewerker');
    expect(screen.getByRole('button', { name: 'Terugkeer vastleggen' })).toBeDefined();
    expect(screen.getByRole('button', { name: 'Beëindigen' })).toBeDefined();

    fireEvent.click(screen.getByRole('button', { name: 'Plan bijwerken' }));
    expect((screen.getByLabelText(/^Gemeente/) as HTMLInputElement).value).toBe('Utrecht');
    fireEvent.change(screen.getByLabelText(/^Plan \(niet verplicht\)/), { target: { value: 'Start op SBO De Brug per 1 mei.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Plan opslaan' }));

    expect(await screen.findByText('Het plan is bijgewerkt.')).toBeDefined();
    const put = verzoekenNaar(fetchMock, `/api/v1/thuiszitters/${ID}/plan`)[0]!;
    expect(put.headers.get('If-Match')).toBe('"7"');
    expect(await put.clone().json()).toMatchObject({ gemeente: 'Utrecht', plan: 'Start op SBO De Brug per 1 mei.', perspectief: 'SBO De Brug' });
  });

  it('records the return to a school; the closed entry keeps the message and offers no step', async () => {
    const fetchMock = mockArrangementApi((url, request) => {
      if (url.pathname === `/api/v1/thuiszitters/${ID}/terugkeer` && request.method === 'POST') {
        return jsonResponse(
          thuiszitter({
            status: 'teruggekeerd',
            verlopen: false,
            toegestaneStappen: [],
            versie: 8,
            terugkeer: { datum: '2027-04-29', vestiging: '12AB00', vestigingNaam: 'De Regenboog', binnenStreefdatum: false, door, op: '2027-04-29T12:00:00+02:00' },
          }),
        );
      }
      if (url.pathname === `/api/v1/thuiszitters/${ID}`) return jsonResponse(thuiszitter());
      return jsonResponse({}, 404);
    });
    renderApp(`/thuiszitters/${ID}`, aangemeld());

    fireEvent.click(await screen.findByRole('button', { name: 'Terugkeer vastleggen' }));
    fireEvent.change(await screen.findByLabelText('School'), { target: { value: '12AB00' } });
    fireEvent.click(within(screen.getByRole('form', { name: 'Terugkeer vastleggen' })).getByRole('button', { name: 'Terugkeer vastleggen' }));

    expect(await screen.findByText('De terugkeer is vastgelegd.')).toBeDefined();
    expect(screen.getByText('Er is nu geen stap die u bij deze registratie kunt zetten.')).toBeDefined();
    expect(screen.getByText(/naar De Regenboog/)).toBeDefined();
    const post = verzoekenNaar(fetchMock, `/api/v1/thuiszitters/${ID}/terugkeer`)[0]!;
    expect(post.headers.get('If-Match')).toBe('"7"');
    expect(await post.clone().json()).toMatchObject({ datum: '2027-04-29', vestiging: '12AB00', andereBestemming: null });
  });

  it('offers a school no step on an entry (the API lists none)', async () => {
    mockArrangementApi(
      (url) => (url.pathname === `/api/v1/thuiszitters/${ID}` ? jsonResponse(thuiszitter({ toegestaneStappen: [] })) : jsonResponse({}, 404)),
      ibEr(),
    );
    renderApp(`/thuiszitters/${ID}`, aangemeld());

    expect(await screen.findByRole('heading', { level: 1, name: 'Thuiszitter: Noah Bakker' })).toBeDefined();
    expect(screen.queryByRole('heading', { name: 'Volgende stap' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Plan bijwerken' })).toBeNull();
  });

  it('counts on the peildatum in the dashboard\'s tables, marks what the file hides, and says how many were back within 3 months', async () => {
    const kolommen = [
      { sleutel: 'absoluut-verzuim', naam: 'Absoluut verzuim' },
      { sleutel: 'langdurig-relatief-verzuim', naam: 'Langdurig relatief verzuim' },
    ];
    // Exact for the staff; klein marks what the file, which leaves the bureau, hides (drempel 5).
    const c = (aantal: number, klein = aantal > 0 && aantal < 5) => ({ aantal, klein });
    const telling: Thuiszittertelling = {
      peildatum: '2027-04-29',
      thuiszitters: 8,
      periodeVanaf: '2026-04-30',
      drempel: 5,
      tabellen: [
        {
          code: 'per-duur',
          titel: 'Naar duur van het verzuim',
          tabel: {
            rijen: [
              { sleutel: 'tot-3-maanden', naam: 'Tot 3 maanden' },
              { sleutel: '3-tot-6-maanden', naam: '3 tot 6 maanden' },
            ],
            kolommen,
            cellen: [
              [c(6), c(0)],
              [c(0), c(2)],
            ],
            rijtotalen: [c(6, true), c(2)],
            kolomtotalen: [c(6, true), c(2)],
            totaal: c(8),
          },
        },
        {
          code: 'terugkeer',
          titel: 'Nieuwe thuiszitters in de 12 maanden tot de peildatum: terug binnen 3 maanden?',
          tabel: {
            rijen: [
              { sleutel: 'binnen-3-maanden-terug', naam: 'Binnen 3 maanden terug' },
              { sleutel: 'nog-thuis', naam: 'Nog thuis op de peildatum' },
            ],
            kolommen,
            cellen: [
              [c(0), c(1)],
              [c(1), c(2)],
            ],
            rijtotalen: [c(1), c(3)],
            kolomtotalen: [c(1), c(3)],
            totaal: c(4),
          },
        },
      ],
    };
    const fetchMock = mockArrangementApi((url) => (url.pathname === '/api/v1/thuiszitters/telling' ? jsonResponse(telling) : jsonResponse({}, 404)), medewerker());
    renderApp('/thuiszitters/telling', aangemeld());

    const tabel = await screen.findByRole('table', { name: 'Naar duur van het verzuim' });
    expect(within(tabel).getByRole('columnheader', { name: 'Duur van het verzuim' })).toBeDefined();
    expect(within(tabel).getByRole('columnheader', { name: 'Langdurig relatief verzuim' })).toBeDefined();
    const rij = within(tabel).getByRole('row', { name: /3 tot 6 maanden/ });
    expect(within(rij).getAllByRole('cell').map((cel) => cel.textContent)).toEqual([
      '0',
      '2 (niet zichtbaar buiten het bureau)',
      '2 (niet zichtbaar buiten het bureau)',
    ]);
    expect(within(within(tabel).getByRole('row', { name: /^Totaal/ })).getAllByRole('cell').map((cel) => cel.textContent)).toEqual([
      '6 (niet zichtbaar buiten het bureau)',
      '2 (niet zichtbaar buiten het bureau)',
      '8',
    ]);
    expect(screen.getByText(/Van de 4 nieuwe thuiszitters sinds 30 april 2026 was er 1 binnen 3 maanden terug/)).toBeDefined();
    expect(screen.getByRole('button', { name: 'Exporteren als CSV' })).toBeDefined();
    expect(new URL(verzoekenNaar(fetchMock, '/api/v1/thuiszitters/telling')[0]!.url).searchParams.get('peildatum')).toBe('2027-04-29');
  });

  it('tells a school that only SWV staff see the count', async () => {
    mockArrangementApi(() => jsonResponse({}, 404), ibEr());
    renderApp('/thuiszitters/telling', aangemeld());
    expect(await screen.findByText('Alleen medewerkers van het samenwerkingsverband zien de telling van thuiszitters.')).toBeDefined();
  });
});
