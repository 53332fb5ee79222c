import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { expert, leerling, LEERLING_ID } from '../test/arrangementFixtures';
import { mockArrangementApi, verzoekenNaar } from '../test/arrangementApi';
import { FakeUserManager, testUser } from '../test/fakeUserManager';
import { medewerker } from '../test/fixtures';
import { jsonResponse, renderApp } from '../test/renderApp';

const aangemeld = () => new FakeUserManager(testUser());

describe('LeerlingenPage', () => {
  it('searches by name and school in the request body, never in a URL, and links each pupil', async () => {
    const fetchMock = mockArrangementApi(() => jsonResponse({ leerlingen: [leerling()] }), medewerker());
    const { router } = renderApp('/leerlingen', aangemeld());
    await screen.findByText('1 leerling getoond.');
    expect(screen.getByRole('link', { name: 'Nieuwe leerling' }).getAttribute('href')).toBe('/leerlingen/nieuw');
    expect(screen.getByRole('link', { name: 'Dossier aanleveren' }).getAttribute('href')).toBe('/dossiers/nieuw');

    const zoeken = screen.getByRole('search', { name: 'Leerlingen zoeken' });
    fireEvent.change(within(zoeken).getByLabelText('Naam'), { target: { value: ' sam ' } });
    const school = within(zoeken).getByLabelText('School');
    await within(school).findByRole('option', { name: 'Basisschool De Regenboog (12AB00)' });
    fireEvent.change(school, { target: { value: '12AB00' } });
    fireEvent.click(within(zoeken).getByRole('button', { name: 'Zoeken' }));

    await screen.findByText('1 leerling getoond.');
    expect(router.state.location.search).toBe('');
    const laatste = verzoekenNaar(fetchMock, '/api/v1/leerlingen/zoekopdrachten').at(-1);
    expect(laatste?.method).toBe('POST');
    expect(new URL(laatste?.url ?? '').search).toBe('');
    expect(await laatste?.clone().json()).toEqual({ naam: 'sam', vestiging: '12AB00' });
    const tabel = screen.getByRole('table', { name: 'Gevonden leerlingen' });
    expect(within(tabel).getByRole('link', { name: 'Sam de Vries' }).getAttribute('href')).toBe(`/leerlingen/${LEERLING_ID}`);
    expect(within(tabel).getAllByRole('row')[1]?.textContent).toContain('14 maart 2017');

    // Clearing starts a new, empty search.
    // (The form is new: a search is a navigation, and the form starts again from it.)
    const opnieuw = screen.getByRole('search', { name: 'Leerlingen zoeken' });
    expect(within(opnieuw).getByLabelText<HTMLInputElement>('Naam').value).toBe('sam');
    fireEvent.click(within(opnieuw).getByRole('link', { name: 'Zoekvragen wissen' }));
    await waitFor(() => expect(within(screen.getByRole('search', { name: 'Leerlingen zoeken' })).getByLabelText<HTMLInputElement>('Naam').value).toBe(''));
  });

  it('offers an expert no registration', async () => {
    mockArrangementApi(() => jsonResponse({ leerlingen: [] }), expert());

    renderApp('/leerlingen', aangemeld());

    expect(await screen.findByText('Er zijn geen leerlingen.')).toBeDefined();
    expect(screen.queryByRole('link', { name: 'Nieuwe leerling' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Dossier aanleveren' })).toBeNull();
  });

  it('exports the pupils of the chosen school, never sending the name searched for', async () => {
    const klik = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:leerlingen'), revokeObjectURL: vi.fn() }));
    const fetchMock = mockArrangementApi(
      (url) =>
        url.pathname === '/api/v1/leerlingen/export'
          ? new Response('Achternaam;Voornaam\r\n', { status: 200, headers: { 'Content-Type': 'text/csv; charset=utf-8' } })
          : jsonResponse({ leerlingen: [leerling()] }),
      medewerker(),
    );
    renderApp('/leerlingen', aangemeld());
    await screen.findByText('1 leerling getoond.');
    const zoeken = screen.getByRole('search', { name: 'Leerlingen zoeken' });
    fireEvent.change(within(zoeken).getByLabelText('Naam'), { target: { value: 'sam' } });
    const school = within(zoeken).getByLabelText('School');
    await within(school).findByRole('option', { name: 'Basisschool De Regenboog (12AB00)' });
    fireEvent.change(school, { target: { value: '12AB00' } });
    fireEvent.click(within(zoeken).getByRole('button', { name: 'Zoeken' }));
    await waitFor(() => expect(verzoekenNaar(fetchMock, '/api/v1/leerlingen/zoekopdrachten')).toHaveLength(1));
    await screen.findByText('1 leerling getoond.');

    fireEvent.click(screen.getByRole('button', { name: 'Exporteren als CSV' }));

    await waitFor(() => expect(klik).toHaveBeenCalledTimes(1));
    const [verzoek] = verzoekenNaar(fetchMock, '/api/v1/leerlingen/export');
    expect(Object.fromEntries(new URL(verzoek!.url).searchParams)).toEqual({ vestiging: '12AB00' });
    klik.mockRestore();
  });
});
