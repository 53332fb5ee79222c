import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ibEr } from '../test/arrangementFixtures';
import { mockArrangementApi, probleem, verzoekenNaar } from '../test/arrangementApi';
import { FakeUserManager, testUser } from '../test/fakeUserManager';
import { medewerker } from '../test/fixtures';
import { jsonResponse, renderApp } from '../test/renderApp';
import { deskundige, TLV_ID, tlvRij } from '../test/tlvFixtures';

const aangemeld = () => new FakeUserManager(testUser());
const PAD = '/api/v1/toelaatbaarheidsverklaringen';
const TWEEDE = '0197d3c4-7777-7a8b-9c0d-1e2f3a4b5c7e';
const noor = () =>
  tlvRij({
    id: TWEEDE,
    leerling: { id: 'l2', naam: 'Noor Jansen', geboortedatum: '2016-05-01' },
    status: 'aangevraagd',
    soort: 'SBO',
    categorie: 'NVT',
    toelaatbaar: null,
    beschikkingsnummer: null,
    ingangsdatum: null,
    einddatum: null,
    aangevraagdOp: '2026-11-30T23:30:00Z',
  });

const lijstVerzoeken = (fetchMock: ReturnType<typeof mockArrangementApi>) =>
  verzoekenNaar(fetchMock, PAD).map((request) => Object.fromEntries(new URL(request.url).searchParams));
const cellen = (rij: HTMLElement) => [...rij.querySelectorAll('th, td')].map((cel) => cel.textContent);

describe('ToelaatbaarheidsverklaringenPage', () => {
  afterEach(() => vi.useRealTimers());

  it('shows the TLVs with the totaal, each row opening the TLV, in Dutch, and explains where a request starts', async () => {
    mockArrangementApi(() => jsonResponse({ toelaatbaarheidsverklaringen: [tlvRij({ ingeschrevenOp: '2027-01-08' }), noor()], totaal: 2 }), medewerker());

    renderApp('/toelaatbaarheidsverklaringen', aangemeld());

    const tabel = await screen.findByRole('table', { name: 'Gevonden toelaatbaarheidsverklaringen' });
    expect(document.title).toBe('Toelaatbaarheidsverklaringen – PassendOnderwijs');
    expect(screen.getByText('2 toelaatbaarheidsverklaringen.')).toBeDefined();
    const [sam, noorRij] = within(tabel).getAllByRole('row').slice(1);
    expect(cellen(sam!)).toEqual([
      'Sam de VriesAangevraagd door Basisschool De Regenboog (12AB00)',
      'Speciaal onderwijs (SO)',
      'Laag (categorie 1)',
      'Bekendgemaakt',
      'De Vlinder (SO)',
      '10 november 2026',
      '22 december 2026',
      '1 januari 2027 t/m 31 juli 2028',
      'TLV-2026-014',
      '8 januari 2027',
    ]);
    // Requested just before midnight in the Netherlands on 1 December: the day there, not in UTC.
    expect(cellen(noorRij!).slice(3, 10)).toEqual(['Aangevraagd', 'De Vlinder (SO)', '1 december 2026', '22 december 2026', '–', '–', 'Nee']);
    expect(within(tabel).getByRole('link', { name: 'Sam de Vries' }).getAttribute('href')).toBe(`/toelaatbaarheidsverklaringen/${TLV_ID}`);
    expect(within(screen.getByRole('main')).getByRole('link', { name: 'Leerlingen' }).closest('p')?.textContent).toContain('vraagt u aan voor één leerling');
    const aangevraagd = within(tabel).getByRole('columnheader', { name: /^Aangevraagd op/ });
    expect(aangevraagd.getAttribute('aria-sort')).toBe('descending');
  });

  it('reads the filters and order from the URL, turns "verloopt binnen 6 maanden" into a date from today, and sends them', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-12-02T12:00:00') });
    const fetchMock = mockArrangementApi(() => jsonResponse({ toelaatbaarheidsverklaringen: [tlvRij()], totaal: 1 }), medewerker());

    renderApp('/toelaatbaarheidsverklaringen?sorteer=einddatum&status=bekendgemaakt&soort=SO&categorie=L&verlooptBinnen=6', aangemeld());

    await screen.findByText('1 toelaatbaarheidsverklaring.');
    expect(lijstVerzoeken(fetchMock)).toEqual([
      { status: 'bekendgemaakt', soort: 'SO', categorie: 'L', verlooptVoor: '2027-06-02', sorteer: 'einddatum' },
    ]);
    const filters = screen.getByRole('search', { name: 'Toelaatbaarheidsverklaringen filteren' });
    expect((within(filters).getByLabelText('Verloopt binnen') as HTMLSelectElement).value).toBe('6');
    expect((within(filters).getByLabelText('Categorie') as HTMLSelectElement).value).toBe('L');
    expect(screen.getByRole('columnheader', { name: /^Periode/ }).getAttribute('aria-sort')).toBe('ascending');
  });

  it('puts new filters in the URL keeping the order, sorts through the API, and loads more with the cursor', async () => {
    const fetchMock = mockArrangementApi((url) =>
      url.searchParams.get('cursor') === 'pagina-2'
        ? jsonResponse({ toelaatbaarheidsverklaringen: [noor()], totaal: 2 })
        : jsonResponse({ toelaatbaarheidsverklaringen: [tlvRij()], totaal: 2, volgendeCursor: 'pagina-2' }),
    );
    const { router } = renderApp('/toelaatbaarheidsverklaringen?sorteer=behandeldeadline', aangemeld());
    await screen.findByText('2 toelaatbaarheidsverklaringen, 1 getoond.');

    const filters = screen.getByRole('search', { name: 'Toelaatbaarheidsverklaringen filteren' });
    fireEvent.change(within(filters).getByLabelText('Soort'), { target: { value: 'VSO' } });
    fireEvent.change(within(filters).getByLabelText('Verloopt binnen'), { target: { value: '3' } });
    fireEvent.click(within(filters).getByRole('button', { name: 'Filteren' }));
    await waitFor(() => expect(router.state.location.search).toBe('?sorteer=behandeldeadline&soort=VSO&verlooptBinnen=3'));

    fireEvent.click(within(screen.getByRole('columnheader', { name: /^Besluit uiterlijk/ })).getByRole('button'));
    await waitFor(() => expect(router.state.location.search).toBe('?sorteer=-behandeldeadline&soort=VSO&verlooptBinnen=3'));
    await screen.findByText('2 toelaatbaarheidsverklaringen, 1 getoond.');
    fireEvent.click(screen.getByRole('button', { name: 'Meer laden' }));

    expect(await screen.findByText('2 toelaatbaarheidsverklaringen.')).toBeDefined();
    const laatste = lijstVerzoeken(fetchMock).at(-1);
    expect(laatste).toMatchObject({ soort: 'VSO', sorteer: '-behandeldeadline', cursor: 'pagina-2' });
    expect(laatste?.verlooptVoor).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(screen.queryByRole('button', { name: 'Meer laden' })).toBeNull();
  });

  it('shows a filter the API refuses at its field, and an empty result in words', async () => {
    mockArrangementApi((url) =>
      url.searchParams.get('status') === 'kapot'
        ? probleem(
            {
              type: 'https://passendonderwijs.nl/problemen/ongeldige-invoer',
              title: 'De invoer klopt niet.',
              status: 400,
              errors: [{ code: 'ongeldige-waarde', detail: 'Kies een bestaande status.', pointer: '#/status' }],
            },
            400,
          )
        : jsonResponse({ toelaatbaarheidsverklaringen: [], totaal: 0 }),
    ibEr());

    const { router } = renderApp('/toelaatbaarheidsverklaringen?status=kapot', aangemeld());

    expect(await screen.findByText('Kies een bestaande status.')).toBeDefined();
    expect(screen.getByText('Controleer uw filters.')).toBeDefined();
    await router.navigate('/toelaatbaarheidsverklaringen?soort=PRO');
    expect(await screen.findByText('Er zijn geen toelaatbaarheidsverklaringen die bij uw filters passen.')).toBeDefined();
  });

  it('is in the menu of a deskundige, who requests nothing and reads no schools', async () => {
    const fetchMock = mockArrangementApi(() => jsonResponse({ toelaatbaarheidsverklaringen: [tlvRij()], totaal: 1 }), deskundige());

    renderApp('/toelaatbaarheidsverklaringen', aangemeld());

    const tabel = await screen.findByRole('table', { name: 'Gevonden toelaatbaarheidsverklaringen' });
    expect(within(tabel).getByText('Aangevraagd door 12AB00')).toBeDefined();
    expect(within(screen.getByRole('navigation', { name: 'Hoofdmenu' })).getByRole('link', { name: 'Toelaatbaarheidsverklaringen' })).toBeDefined();
    expect(screen.queryByText(/vraagt u aan voor één leerling/)).toBeNull();
    expect(verzoekenNaar(fetchMock, '/api/v1/scholen')).toEqual([]);
  });
});
