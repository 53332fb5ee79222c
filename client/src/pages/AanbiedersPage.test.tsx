import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { aanbiederVerzoeken, mockAanbiederApi } from '../test/aanbiederApi';
import { csvBestand, vangDownloads } from '../test/downloads';
import { FakeUserManager, testUser } from '../test/fakeUserManager';
import { aanbieder, aanbiederPagina, medewerker, ongeldigeInvoer } from '../test/fixtures';
import { jsonResponse, renderApp } from '../test/renderApp';

const aangemeld = () => new FakeUserManager(testUser());

describe('AanbiedersPage (search)', () => {
  it('shows the aanbieders the API finds, with cluster, the expertises they offer and their status', async () => {
    const fetchMock = mockAanbiederApi(() =>
      jsonResponse(aanbiederPagina([aanbieder(), aanbieder({ code: '999B001', naam: 'Gestopte Dienst', uitbedrijfdatum: '2024-07-31', aanbod: [] })])),
    );

    renderApp('/aanbieders', aangemeld());

    expect(await screen.findByRole('heading', { level: 1, name: 'Onderwijsbegeleidingsaanbieders' })).toBeDefined();
    const tabel = await screen.findByRole('table', { name: 'Gevonden aanbieders' });
    const rij = within(tabel).getByRole('rowheader', { name: 'Ambulante Dienst Midden' }).closest('tr');
    if (!rij) throw new Error('no row for the aanbieder');
    const cellen = within(rij).getAllByRole('cell').map((cel) => cel.textContent);
    expect(cellen[0]).toBe('123A456');
    expect(cellen[1]).toBe('2');
    await waitFor(() => expect(within(rij).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Slechthorendheid', 'Taalontwikkelingsstoornissen']));
    expect(cellen[3]).toBe('In bedrijf');
    expect(within(rij).getByRole('link', { name: 'Ambulante Dienst Midden' }).getAttribute('href')).toBe('/aanbieders/123A456');

    const gestopt = within(tabel).getByRole('rowheader', { name: 'Gestopte Dienst' }).closest('tr');
    expect(gestopt?.textContent).toContain('Geen aanbod');
    expect(gestopt?.textContent).toContain('Uit bedrijf (laatste dag 31 juli 2024)');
    expect(screen.getByText('2 aanbieders getoond.')).toBeDefined();
    expect(screen.getByRole('link', { name: 'Nieuwe aanbieder' }).getAttribute('href')).toBe('/aanbieders/nieuw');
    expect(document.title).toBe('Onderwijsbegeleidingsaanbieders – PassendOnderwijs');

    // Without filters: the whole register, first page.
    const [verzoek] = aanbiederVerzoeken(fetchMock);
    expect(new URL(verzoek?.url ?? '').search).toBe('');
    expect(verzoek?.headers.get('Authorization')).toBe('Bearer token-1');
  });

  it('puts the filters in the URL and sends them to the API, leaving out empty ones', async () => {
    const fetchMock = mockAanbiederApi(() => jsonResponse(aanbiederPagina([aanbieder()])));
    const { router } = renderApp('/aanbieders', aangemeld());
    await screen.findByRole('table', { name: 'Gevonden aanbieders' });
    const zoekformulier = screen.getByRole('search', { name: 'Aanbieders zoeken' });

    fireEvent.change(within(zoekformulier).getByLabelText('Naam'), { target: { value: ' Midden ' } });
    const expertise = within(zoekformulier).getByLabelText('Expertise');
    await within(expertise).findByRole('option', { name: 'Slechthorendheid' });
    fireEvent.change(expertise, { target: { value: 'SLECHTHORENDHEID' } });
    fireEvent.change(within(zoekformulier).getByLabelText('Cluster'), { target: { value: '2' } });
    fireEvent.change(within(zoekformulier).getByLabelText('Werkgebied'), { target: { value: 'po2705' } });
    fireEvent.click(within(zoekformulier).getByRole('button', { name: 'Zoeken' }));

    await waitFor(() =>
      expect(router.state.location.search).toBe('?naam=Midden&expertise=SLECHTHORENDHEID&cluster=2&werkgebied=PO2705'),
    );
    await waitFor(() => expect(aanbiederVerzoeken(fetchMock)).toHaveLength(2));
    const gezocht = new URL(aanbiederVerzoeken(fetchMock)[1]?.url ?? '');
    expect(Object.fromEntries(gezocht.searchParams)).toEqual({
      naam: 'Midden',
      expertise: 'SLECHTHORENDHEID',
      cluster: '2',
      werkgebied: 'PO2705',
    });
  });

  it('searches at once for a deep link, with the filters filled in', async () => {
    const fetchMock = mockAanbiederApi(() => jsonResponse(aanbiederPagina([aanbieder()])));

    renderApp('/aanbieders?naam=Midden&cluster=2&geldigOp=2026-11-24', aangemeld());

    await screen.findByRole('table', { name: 'Gevonden aanbieders' });
    const zoekformulier = screen.getByRole('search', { name: 'Aanbieders zoeken' });
    expect((within(zoekformulier).getByLabelText('Naam') as HTMLInputElement).value).toBe('Midden');
    expect((within(zoekformulier).getByLabelText('Cluster') as HTMLSelectElement).value).toBe('2');
    expect((within(zoekformulier).getByLabelText('Geldig op') as HTMLInputElement).value).toBe('24-11-2026');
    const gezocht = new URL(aanbiederVerzoeken(fetchMock)[0]?.url ?? '');
    expect(Object.fromEntries(gezocht.searchParams)).toEqual({ naam: 'Midden', cluster: '2', geldigOp: '2026-11-24' });
  });

  it('loads the next page with the cursor the API gave ("Meer laden")', async () => {
    const fetchMock = mockAanbiederApi((url) =>
      url.searchParams.get('cursor') === 'pagina-2'
        ? jsonResponse(aanbiederPagina([aanbieder({ code: '222C333', naam: 'Tweede Dienst' })]))
        : jsonResponse(aanbiederPagina([aanbieder()], 'pagina-2')),
    );
    renderApp('/aanbieders?cluster=2', aangemeld());
    await screen.findByText('1 aanbieder getoond; er zijn er meer.');

    fireEvent.click(screen.getByRole('button', { name: 'Meer laden' }));

    await screen.findByRole('rowheader', { name: 'Tweede Dienst' });
    expect(screen.getByRole('rowheader', { name: 'Ambulante Dienst Midden' })).toBeDefined();
    expect(screen.getByText('2 aanbieders getoond.')).toBeDefined();
    expect(screen.queryByRole('button', { name: 'Meer laden' })).toBeNull();
    const tweede = new URL(aanbiederVerzoeken(fetchMock)[1]?.url ?? '');
    expect(Object.fromEntries(tweede.searchParams)).toEqual({ cluster: '2', cursor: 'pagina-2' });
  });

  it('says so in Dutch when nothing matches', async () => {
    mockAanbiederApi(() => jsonResponse(aanbiederPagina([])));

    renderApp('/aanbieders?naam=Bestaat%20niet', aangemeld());

    expect(await screen.findByText('Er zijn geen aanbieders gevonden die bij uw zoekvragen passen.')).toBeDefined();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('shows a refused filter at its field', async () => {
    const melding = 'Een werkgebied is een code van een samenwerkingsverband (zoals PO2705) of een postcodegebied van vier cijfers (zoals 3811).';
    mockAanbiederApi(() =>
      jsonResponse(
        ongeldigeInvoer([{ code: 'ongeldig-werkgebied', detail: melding, parameter: 'werkgebied' }]),
        400,
        'application/problem+json',
      ),
    );

    renderApp('/aanbieders?werkgebied=XYZ', aangemeld());

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Controleer uw zoekvragen.');
    expect(alert.querySelector('ul')).toBeNull(); // the only error is shown at its field
    const werkgebied = within(screen.getByRole('search', { name: 'Aanbieders zoeken' })).getByLabelText('Werkgebied');
    expect(werkgebied.getAttribute('aria-invalid')).toBe('true');
    const beschrijving = (werkgebied.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent)
      .join(' ');
    expect(beschrijving).toContain(melding);
  });

  it('does not search for a cluster outside 1 to 4', async () => {
    const fetchMock = mockAanbiederApi(() => jsonResponse(aanbiederPagina([])));

    renderApp('/aanbieders?cluster=9', aangemeld());

    expect((await screen.findByRole('alert')).textContent).toContain('Het cluster "9" is ongeldig.');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(aanbiederVerzoeken(fetchMock)).toHaveLength(0);
  });

  it('offers "Nieuwe aanbieder" only to a beheerder', async () => {
    mockAanbiederApi(() => jsonResponse(aanbiederPagina([aanbieder()])), medewerker());

    renderApp('/aanbieders', aangemeld());

    await screen.findByRole('table', { name: 'Gevonden aanbieders' });
    expect(screen.queryByRole('link', { name: 'Nieuwe aanbieder' })).toBeNull();
  });

  it('is in the main menu', async () => {
    mockAanbiederApi(() => jsonResponse(aanbiederPagina([])));

    renderApp('/aanbieders', aangemeld());

    const nav = screen.getByRole('navigation', { name: 'Hoofdmenu' });
    expect(within(nav).getByRole('link', { name: 'Aanbieders' }).getAttribute('href')).toBe('/aanbieders');
  });

  it('exports every aanbieder of the current search and order as CSV, with the bearer token', async () => {
    const { klik } = vangDownloads();
    const fetchMock = mockAanbiederApi(
      (url) => (url.pathname.endsWith('/export') ? csvBestand() : jsonResponse(aanbiederPagina([aanbieder()]))),
      medewerker(),
    );
    renderApp('/aanbieders?sorteer=-code&naam=Midden&cluster=2', aangemeld());
    await screen.findByRole('table', { name: 'Gevonden aanbieders' });

    fireEvent.click(screen.getByRole('button', { name: 'Exporteren als CSV' }));

    await waitFor(() => expect(klik).toHaveBeenCalledTimes(1));
    const verzoek = aanbiederVerzoeken(fetchMock).find((v) => new URL(v.url).pathname === '/api/v1/onderwijsbegeleidingsaanbieders/export');
    expect(Object.fromEntries(new URL(verzoek!.url).searchParams)).toEqual({ sorteer: '-code', naam: 'Midden', cluster: '2' });
    expect(verzoek!.headers.get('Accept')).toBe('text/csv');
    expect(verzoek!.headers.get('Authorization')).toBe('Bearer token-1');
    vi.restoreAllMocks();
  });

  it('offers no export when nothing is found', async () => {
    mockAanbiederApi(() => jsonResponse(aanbiederPagina([])));
    renderApp('/aanbieders?naam=Niets', aangemeld());
    await screen.findByText('Er zijn geen aanbieders gevonden die bij uw zoekvragen passen.');

    expect(screen.queryByRole('group', { name: 'Exporteren' })).toBeNull();
  });
});
