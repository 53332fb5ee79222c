import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Aanmelding } from '../api/aanmeldingen';
import { vandaagIso } from '../aanbiederWeergave';
import { AANMELDING_ID, aanmelding } from '../test/aanmeldingFixtures';
import { ibEr, ILSE, LEERLING_ID } from '../test/arrangementFixtures';
import { mockArrangementApi, probleem, verzoekenNaar } from '../test/arrangementApi';
import { FakeUserManager, testUser } from '../test/fakeUserManager';
import { medewerker, ongeldigeInvoer } from '../test/fixtures';
import { jsonResponse, renderApp } from '../test/renderApp';

const PAD = `/api/v1/aanmeldingen/${AANMELDING_ID}`;

/** The API with one aanmelding: GET answers `huidig()`, every step goes to `stap` (which gets the body sent). */
function api(huidig: () => Aanmelding, stap: (body: unknown, url: URL) => Response = () => new Response(null, { status: 500 }), ik = ibEr()) {
  return mockArrangementApi(async (url, request) => {
    if (request.method === 'GET' && url.pathname === PAD) return jsonResponse(huidig());
    if (request.method === 'GET') return jsonResponse({ items: [] });
    return stap(await request.json().catch(() => undefined), url);
  }, ik);
}

async function open() {
  renderApp(`/aanmeldingen/${AANMELDING_ID}`, new FakeUserManager(testUser()));
  await screen.findByRole('heading', { level: 1, name: 'Aanmelding van Sam de Vries' });
}

const paneel = () => screen.getByRole('region', { name: 'Volgende stap' });

function openStap(knop: string) {
  fireEvent.click(within(paneel()).getByRole('button', { name: knop }));
  return screen.getByRole('form', { name: knop });
}

describe('AanmeldingPage', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows the pupil, the school, the dates and the term in plain Dutch', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2027, 3, 3));
    api(aanmelding);
    await open();

    expect(screen.getByText('Besluit uiterlijk 12 april 2027, nog 9 dagen')).toBeDefined();
    const samenvatting = screen.getByRole('region', { name: 'Samenvatting' });
    expect(within(samenvatting).getByRole('link', { name: 'Sam de Vries' }).getAttribute('href')).toBe(`/leerlingen/${LEERLING_ID}`);
    for (const tekst of ['Basisschool De Regenboog (12AB00)', '1 maart 2027', '30 augustus 2027', '2027-2028', 'Ja']) {
      expect(within(samenvatting).getAllByText(tekst).length).toBeGreaterThan(0);
    }
    expect(screen.getAllByText('Ontvangen, besluit volgt').length).toBeGreaterThan(0);
    expect(within(screen.getByRole('list', { name: 'Geschiedenis van de aanmelding' })).getByText('Aanmelding ontvangen')).toBeDefined();
  });

  it('says how late an overdue term is, and that a cluster 1 or 2 school has no zorgplicht', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2027, 3, 15));
    let huidig = aanmelding({ verlopen: true });
    api(() => huidig);
    await open();
    expect(screen.getByText('Besluit uiterlijk 12 april 2027, 3 dagen te laat')).toBeDefined();

    vi.useRealTimers();
    huidig = aanmelding({ zorgplicht: false, geenZorgplicht: 'cluster-1-2', besluitUiterlijk: null, toegestaneStappen: ['besluit', 'intrekking'] });
    api(() => huidig);
    renderApp(`/aanmeldingen/${AANMELDING_ID}`, new FakeUserManager(testUser()));
    expect(await screen.findByText('Geen zorgplicht: cluster 1 of 2')).toBeDefined();
  });

  it('extends the term once with If-Match, the reason and the day the ouders heard', async () => {
    let gestuurd: unknown;
    const fetchMock = api(aanmelding, (body) => {
      gestuurd = body;
      return jsonResponse(aanmelding({ status: 'verlengd', besluitUiterlijk: '2027-05-10', versie: 8, toegestaneStappen: ['besluit', 'intrekking'] }));
    });
    await open();

    const form = openStap('Termijn verlengen');
    fireEvent.change(within(form).getByLabelText('Reden van de verlenging'), { target: { value: 'Onderzoek loopt nog.' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Verlenging vastleggen' }));

    await within(paneel()).findByText('De termijn is verlengd.');
    expect(gestuurd).toEqual({ reden: 'Onderzoek loopt nog.', oudersGeinformeerdOp: vandaagIso() });
    const post = verzoekenNaar(fetchMock, PAD).find((request) => request.method === 'POST');
    expect(new URL(post!.url).pathname).toBe(`${PAD}/verlenging`);
    expect(post!.headers.get('If-Match')).toBe('"7"');
    expect(within(paneel()).queryByRole('button', { name: 'Termijn verlengen' })).toBeNull();
  });

  it('decides "andere school" with the school, its agreement and the overleg, and shows every problem at its field', async () => {
    const bodies: unknown[] = [];
    api(aanmelding, (body) => {
      bodies.push(body);
      return probleem(
        ongeldigeInvoer(
          [
            { code: 'akkoord-vereist', detail: 'Leg vast wanneer de andere school akkoord ging.', pointer: '#/akkoordAndereSchoolOp' },
            { code: 'overleg-ouders-vereist', detail: 'Bevestig dat het overleg met de ouders er was.', pointer: '#/inOverlegMetOuders' },
            { code: 'reden-vereist', detail: 'Geef de reden.', pointer: '#/reden' },
          ],
          `${PAD}/besluit`,
        ),
        400,
      );
    });
    await open();

    const form = openStap('Besluiten over de toelating');
    expect(within(form).getAllByRole('radio').map((radio) => radio.parentElement?.textContent)).toEqual([
      'Toegelaten',
      'Toegelaten op een andere school',
      'Niet toegelaten',
      'Niet toegelaten: de school is vol',
    ]);
    expect(within(form).queryByLabelText('School die de leerling toelaat')).toBeNull();
    fireEvent.click(within(form).getByRole('radio', { name: 'Toegelaten op een andere school' }));
    // Every school of the samenwerkingsverband, by name, not only the school's own.
    await within(form).findByRole('option', { name: 'Basisschool De Regenboog (12AB00)' });
    fireEvent.change(within(form).getByLabelText('School die de leerling toelaat'), { target: { value: '12AB00' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Besluit vastleggen' }));

    await within(form).findByText('Het besluit is niet vastgelegd.');
    expect(bodies[0]).toEqual({
      uitkomst: 'andere-school',
      besluitdatum: vandaagIso(),
      reden: null,
      andereSchool: '12AB00',
      akkoordAndereSchoolOp: null,
      inOverlegMetOuders: false,
    });
    const bijVeld = (pad: string) => form.querySelector(`[data-veld="${pad}"]`)?.textContent ?? '';
    expect(bijVeld('akkoordAndereSchoolOp')).toContain('Leg vast wanneer de andere school akkoord ging.');
    expect(bijVeld('inOverlegMetOuders')).toContain('Bevestig dat het overleg met de ouders er was.');
    expect(bijVeld('reden')).toContain('Geef de reden.');
  });

  it('sends no reason with toegelaten and shows the decision afterwards', async () => {
    let gestuurd: unknown;
    api(aanmelding, (body) => {
      gestuurd = body;
      return jsonResponse(
        aanmelding({
          status: 'besloten',
          versie: 8,
          toegestaneStappen: [],
          besluit: { uitkomst: 'toegelaten', besluitdatum: '2027-03-20', inOverlegMetOuders: false, door: ILSE, vastgelegdOp: '2027-03-20T10:00:00+01:00' },
        }),
      );
    });
    await open();

    const form = openStap('Besluiten over de toelating');
    fireEvent.click(within(form).getByRole('radio', { name: 'Toegelaten' }));
    expect(within(form).queryByLabelText('Reden')).toBeNull();
    fireEvent.click(within(form).getByRole('button', { name: 'Besluit vastleggen' }));

    await within(paneel()).findByText('Het besluit is vastgelegd.');
    expect(gestuurd).toEqual({ uitkomst: 'toegelaten', besluitdatum: vandaagIso(), reden: null });
    expect(within(screen.getByRole('region', { name: 'Besluit' })).getByText('20 maart 2027')).toBeDefined();
    expect(within(paneel()).getByText('Er is nu geen stap die u bij deze aanmelding kunt zetten.')).toBeDefined();
  });

  it('offers the school to start a request for this pupil and school', async () => {
    api(aanmelding);
    await open();

    const aanvragen = screen.getByRole('region', { name: 'Ondersteuning aanvragen' });
    expect(within(aanvragen).getByRole('link', { name: 'Arrangement aanvragen' }).getAttribute('href')).toBe(`/arrangementen/nieuw?leerlingId=${LEERLING_ID}`);
    expect(within(aanvragen).getByRole('link', { name: 'TLV aanvragen' }).getAttribute('href')).toBe(
      `/toelaatbaarheidsverklaringen/nieuw?leerling=${LEERLING_ID}&vestiging=12AB00`,
    );
  });

  it('shows the SWV the aanmelding without steps or requests', async () => {
    api(() => aanmelding({ toegestaneStappen: [] }), undefined, medewerker());
    await open();

    expect(screen.queryByRole('region', { name: 'Volgende stap' })).toBeNull();
    expect(screen.queryByRole('region', { name: 'Ondersteuning aanvragen' })).toBeNull();
    expect(screen.getByRole('region', { name: 'Samenvatting' })).toBeDefined();
  });
});
