import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { vandaagIso } from '../aanbiederWeergave';
import type { School } from '../api/scholen';
import { ibEr, school } from '../test/arrangementFixtures';
import { verzoekenNaar } from '../test/arrangementApi';
import { FakeUserManager, testUser } from '../test/fakeUserManager';
import { beheerder, medewerker } from '../test/fixtures';
import { csvBestand, vangDownloads } from '../test/downloads';
import { jsonResponse, mockFetch, renderApp } from '../test/renderApp';

const aangemeld = () => new FakeUserManager(testUser());
const ANDERE = school({ vestiging: '34CD01', naam: 'SBO De Brug', soort: 'SBO', regio: null, lokaalNetwerk: null, ondersteuningsprofiel: {} });

/** The list answers two schools of three; with a cursor, the third. */
function api(ik = ibEr()) {
  return mockFetch(async (url, request) => {
    if (url.pathname === '/api/v1/ik') return jsonResponse(ik);
    if (url.pathname === '/api/v1/schoolbesturen') {
      return jsonResponse({ schoolbesturen: [{ id: 'b1', nummer: '41234', naam: 'Stichting Primair'}] });
    }
    if (request.method === 'PUT') {
      const profiel = (await request.clone().json()) as School['ondersteuningsprofiel'];
      return jsonResponse(school({ versie: 2, ondersteuningsprofiel: profiel }));
    }
    if (url.searchParams.get('cursor') === 'c2') {
      return jsonResponse({ scholen: [school({ vestiging: '56EF00', naam: 'Aquamarijn' })], totaal: 3 });
    }
    if (url.searchParams.get('pageSize') === '500') return jsonResponse({ scholen: [school(), ANDERE], totaal: 2 });
    return jsonResponse({ scholen: [school(), ANDERE], totaal: 3, volgendeCursor: 'c2' });
  });
}

const lijstVerzoeken = (fetchMock: ReturnType<typeof api>) =>
  verzoekenNaar(fetchMock, '/api/v1/scholen')
    .map((request) => new URL(request.url).searchParams)
    .filter((params) => params.get('pageSize') !== '500')
    .map((params) => params.toString());

describe('ScholenPage', () => {
  it('lists the schools in a table with the number found, and loads more', async () => {
    api(medewerker());
    renderApp('/scholen', aangemeld());

    const tabel = await screen.findByRole('table', { name: 'Gevonden scholen' });
    expect(screen.getByText('3 scholen gevonden, 2 getoond.')).toBeDefined();
    const rijen = within(tabel).getAllByRole('row').slice(1);
    expect(rijen.map((rij) => within(rij).getAllByRole('cell')[0]?.textContent)).toEqual(['12AB00', '34CD01']);
    expect(within(rijen[0]!).getByText('Basisonderwijs')).toBeDefined();
    expect(await within(rijen[0]!).findByText('Stichting Primair (41234)')).toBeDefined();

    fireEvent.click(screen.getByRole('button', { name: 'Meer laden' }));
    expect(await within(tabel).findByRole('link', { name: 'Aquamarijn' })).toBeDefined();
    expect(screen.getByText('3 scholen gevonden.')).toBeDefined();
  });

  it('sorts by a column header with aria-sort, through the API and the URL', async () => {
    const fetchMock = api(medewerker());
    const { router } = renderApp('/scholen', aangemeld());
    const tabel = await screen.findByRole('table', { name: 'Gevonden scholen' });
    const naam = within(tabel).getByRole('columnheader', { name: /Naam/ });
    const vestiging = within(tabel).getByRole('columnheader', { name: /Vestiging/ });
    expect(naam.getAttribute('aria-sort')).toBe('ascending');
    expect(vestiging.getAttribute('aria-sort')).toBe('none');

    fireEvent.click(within(vestiging).getByRole('button'));
    await screen.findByRole('table', { name: 'Gevonden scholen' });
    expect(router.state.location.search).toBe('?sorteer=vestiging');
    expect(within(tabel).getByRole('columnheader', { name: /Vestiging/ }).getAttribute('aria-sort')).toBe('ascending');
    expect(within(tabel).getByRole('columnheader', { name: /Naam/ }).getAttribute('aria-sort')).toBe('none');

    fireEvent.click(within(within(tabel).getByRole('columnheader', { name: /Vestiging/ })).getByRole('button'));
    expect(router.state.location.search).toBe('?sorteer=-vestiging');
    await screen.findByText('3 scholen gevonden, 2 getoond.');
    expect(lijstVerzoeken(fetchMock)).toEqual(['', 'sorteer=vestiging', 'sorteer=-vestiging']);
  });

  it('searches and filters through the URL, which a reload or Back restores', async () => {
    const fetchMock = api(medewerker());
    const { router } = renderApp('/scholen?soort=SBO&zoek=brug&sorteer=-naam', aangemeld());
    const zoeken = await screen.findByRole('search', { name: 'Scholen zoeken' });
    expect((within(zoeken).getByLabelText('Naam of vestiging') as HTMLInputElement).value).toBe('brug');
    expect((within(zoeken).getByLabelText('Soort') as HTMLSelectElement).value).toBe('SBO');
    await screen.findByRole('table', { name: 'Gevonden scholen' });

    fireEvent.change(within(zoeken).getByLabelText('Naam of vestiging'), { target: { value: '12AB' } });
    fireEvent.change(within(zoeken).getByLabelText('Schoolbestuur'), { target: { value: '' } });
    fireEvent.click(within(zoeken).getByRole('button', { name: 'Zoeken' }));
    expect(router.state.location.search).toBe('?soort=SBO&zoek=12AB&sorteer=-naam');
    await screen.findByRole('table', { name: 'Gevonden scholen' });
    expect(lijstVerzoeken(fetchMock)).toEqual(['zoek=brug&soort=SBO&sorteer=-naam', 'zoek=12AB&soort=SBO&sorteer=-naam']);
  });

  it("opens a school's ondersteuningsprofiel, which the IB'er changes only for the own school, with If-Match", async () => {
    const fetchMock = api();
    renderApp('/scholen', aangemeld());
    fireEvent.click(await screen.findByRole('link', { name: 'SBO De Brug' }));
    const brug = await screen.findByRole('region', { name: 'SBO De Brug' });
    expect(within(brug).getAllByText('Niet beschreven')).toHaveLength(5);
    expect(within(brug).queryByRole('button', { name: /wijzigen$/ })).toBeNull();

    fireEvent.click(screen.getByRole('link', { name: 'Basisschool De Regenboog' }));
    const regenboog = await screen.findByRole('region', { name: 'Basisschool De Regenboog' });
    expect(within(regenboog).getByText('Regio').nextElementSibling?.textContent).toBe('Noord, lokaal netwerk Noord-West');
    fireEvent.click(within(regenboog).getByRole('button', { name: 'Ondersteuningsprofiel van Basisschool De Regenboog wijzigen' }));
    const formulier = screen.getByRole('form', { name: 'Ondersteuningsprofiel wijzigen' });
    fireEvent.change(within(formulier).getByLabelText('Expertise'), { target: { value: 'Een eigen leesspecialist.' } });
    fireEvent.click(within(formulier).getByRole('button', { name: 'Ondersteuningsprofiel opslaan' }));

    expect(await screen.findByText('Het ondersteuningsprofiel van Basisschool De Regenboog is opgeslagen.')).toBeDefined();
    const [verzoek] = verzoekenNaar(fetchMock, '/api/v1/scholen/12AB00/ondersteuningsprofiel');
    expect(verzoek?.headers.get('If-Match')).toBe('"1"');
    expect(await verzoek?.clone().json()).toEqual({
      aandachtEnTijd: 'Kleine groepjes voor instructie.',
      onderwijsmaterialen: null,
      ruimtelijkeOmgeving: null,
      expertise: 'Een eigen leesspecialist.',
      samenwerkingMetAndereInstanties: null,
    });
    const bijgewerkt = screen.getByRole('region', { name: 'Basisschool De Regenboog' });
    expect(within(bijgewerkt).getByText('Expertise').nextElementSibling?.textContent).toBe('Een eigen leesspecialist.');
  });

  it('lets the beheerder record the cluster of an SO school with If-Match, and nobody else', async () => {
    const so = school({ vestiging: '78GH00', naam: 'SO De Horizon', soort: 'SO', versie: 3 });
    const fetchMock = mockFetch(async (url, request) => {
      if (url.pathname === '/api/v1/ik') return jsonResponse(beheerder());
      if (url.pathname === '/api/v1/schoolbesturen') return jsonResponse({ schoolbesturen: [] });
      if (request.method === 'PUT') {
        const { cluster } = (await request.clone().json()) as { cluster?: 1 | 2 };
        return jsonResponse(school({ ...so, versie: 4, ...(cluster !== undefined && { cluster }) }));
      }
      return jsonResponse({ scholen: [school(), so], totaal: 2 });
    });
    renderApp('/scholen', aangemeld());

    // A regular school has no cluster to record.
    fireEvent.click(await screen.findByRole('link', { name: 'Basisschool De Regenboog' }));
    const regenboog = await screen.findByRole('region', { name: 'Basisschool De Regenboog' });
    expect(within(regenboog).queryByText('Cluster')).toBeNull();
    expect(within(regenboog).queryByRole('button', { name: /Cluster/ })).toBeNull();

    fireEvent.click(screen.getByRole('link', { name: 'SO De Horizon' }));
    const horizon = await screen.findByRole('region', { name: 'SO De Horizon' });
    expect(within(horizon).getByText('Cluster').nextElementSibling?.textContent).toBe('Geen cluster 1 of 2');
    fireEvent.click(within(horizon).getByRole('button', { name: 'Cluster van SO De Horizon wijzigen' }));
    const formulier = screen.getByRole('form', { name: 'Cluster wijzigen' });
    fireEvent.click(within(formulier).getByRole('radio', { name: /^Cluster 2/ }));
    fireEvent.click(within(formulier).getByRole('button', { name: 'Cluster opslaan' }));

    expect(await screen.findByText('Het cluster van SO De Horizon is opgeslagen.')).toBeDefined();
    const [verzoek] = verzoekenNaar(fetchMock, '/api/v1/scholen/78GH00/cluster');
    expect(verzoek?.headers.get('If-Match')).toBe('"3"');
    expect(await verzoek?.clone().json()).toEqual({ cluster: 2 });
    const bijgewerkt = screen.getByRole('region', { name: 'SO De Horizon' });
    expect(within(bijgewerkt).getByText('Cluster').nextElementSibling?.textContent).toBe('Cluster 2: geen zorgplicht bij aanmelding');
  });

  it("shows an IB'er the cluster of an SO school without a way to change it", async () => {
    const so = school({ vestiging: '78GH00', naam: 'SO De Horizon', soort: 'SO', cluster: 1 });
    mockFetch((url) => {
      if (url.pathname === '/api/v1/ik') return jsonResponse(ibEr());
      if (url.pathname === '/api/v1/schoolbesturen') return jsonResponse({ schoolbesturen: [] });
      return jsonResponse({ scholen: [so], totaal: 1 });
    });
    renderApp('/scholen', aangemeld());
    fireEvent.click(await screen.findByRole('link', { name: 'SO De Horizon' }));
    const horizon = await screen.findByRole('region', { name: 'SO De Horizon' });
    expect(within(horizon).getByText('Cluster').nextElementSibling?.textContent).toBe('Cluster 1: geen zorgplicht bij aanmelding');
    expect(within(horizon).queryByRole('button', { name: /Cluster/ })).toBeNull();
  });

  it('exports every school of the current search, filters and order as Excel, with the bearer token', async () => {
    const { klik } = vangDownloads();
    const fetchMock = mockFetch((url) => {
      if (url.pathname === '/api/v1/ik') return jsonResponse(ibEr());
      if (url.pathname === '/api/v1/schoolbesturen') return jsonResponse({ schoolbesturen: [] });
      if (url.pathname === '/api/v1/scholen/export') return csvBestand();
      return jsonResponse({ scholen: [ANDERE], totaal: 1 });
    });
    renderApp('/scholen?zoek=brug&soort=SBO&sorteer=-naam', aangemeld());
    await screen.findByRole('table', { name: 'Gevonden scholen' });

    fireEvent.click(screen.getByRole('button', { name: 'Exporteren als Excel' }));

    await waitFor(() => expect(klik).toHaveBeenCalledTimes(1));
    expect((klik.mock.contexts[0] as HTMLAnchorElement).download).toBe(`scholen-${vandaagIso()}.xlsx`);
    const [verzoek] = verzoekenNaar(fetchMock, '/api/v1/scholen/export');
    expect(Object.fromEntries(new URL(verzoek!.url).searchParams)).toEqual({ zoek: 'brug', soort: 'SBO', sorteer: '-naam' });
    expect(verzoek!.headers.get('Accept')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(verzoek!.headers.get('Authorization')).toBe('Bearer token-1');
    vi.restoreAllMocks();
  });
});
