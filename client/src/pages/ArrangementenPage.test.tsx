import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { actiefArrangement, arrangement, ARRANGEMENT_ID, expert } from '../test/arrangementFixtures';
import { mockArrangementApi, verzoekenNaar } from '../test/arrangementApi';
import { FakeUserManager, testUser } from '../test/fakeUserManager';
import { ongeldigeInvoer } from '../test/fixtures';
import { jsonResponse, renderApp } from '../test/renderApp';

const aangemeld = () => new FakeUserManager(testUser());
const TWEEDE = '0197d3c4-5e6f-7a8b-9c0d-1e2f3a4b5c7e';

const lijstVerzoeken = (fetchMock: ReturnType<typeof mockArrangementApi>) =>
  verzoekenNaar(fetchMock, '/api/v1/arrangementen/overzicht').map((request) => new URL(request.url));

describe('ArrangementenPage', () => {
  it('reads the filters from the URL, sends them, and shows the arrangementen with a verlopen evaluation', async () => {
    const fetchMock = mockArrangementApi(() =>
      jsonResponse({ arrangementen: [actiefArrangement({ evaluatieVerlopen: true })], wijzigingenToken: null }),
    );

    renderApp('/arrangementen?status=actief&vestiging=12ab00&evaluatieVerlopen=true', aangemeld());

    const tabel = await screen.findByRole('table', { name: 'Gevonden arrangementen' });
    expect(screen.getByText('1 arrangement getoond.')).toBeDefined();
    const [url] = lijstVerzoeken(fetchMock);
    expect(Object.fromEntries(url?.searchParams ?? [])).toEqual({ status: 'actief', vestiging: '12AB00', evaluatieVerlopen: 'true' });
    const rij = within(tabel).getAllByRole('row')[1];
    expect([...(rij?.querySelectorAll('th, td') ?? [])].map((cel) => cel.textContent)).toEqual([
      'Sam de Vries',
      'Onderwijsarrangement',
      'Actief',
      '1 december 2026 t/m 17 juli 2027',
      'Basisschool De Regenboog (12AB00)',
      '1 juni 2027Verlopen',
    ]);
    expect(within(tabel).getByRole('link', { name: 'Sam de Vries' }).getAttribute('href')).toBe(`/arrangementen/${ARRANGEMENT_ID}`);
    const filters = screen.getByRole('search', { name: 'Arrangementen filteren' });
    expect((within(filters).getByLabelText('Status') as HTMLSelectElement).value).toBe('actief');
    expect((within(filters).getByRole('checkbox', { name: 'Alleen met verlopen evaluatie' }) as HTMLInputElement).checked).toBe(true);
  });

  it('puts a new filter in the URL, and loads more with volgendeCursor', async () => {
    const fetchMock = mockArrangementApi((url) =>
      url.searchParams.get('cursor') === 'pagina-2'
        ? jsonResponse({ arrangementen: [arrangement({ id: TWEEDE, leerling: { ...arrangement().leerling, voornaam: 'Noor' } })] })
        : jsonResponse({ arrangementen: [arrangement()], volgendeCursor: 'pagina-2' }),
    );
    const { router } = renderApp('/arrangementen', aangemeld());
    await screen.findByText('1 arrangement getoond; er zijn er meer.');

    const filters = screen.getByRole('search', { name: 'Arrangementen filteren' });
    fireEvent.change(within(filters).getByLabelText('Soort'), { target: { value: 'middelen' } });
    fireEvent.change(within(filters).getByLabelText('Status'), { target: { value: 'aangevraagd' } });
    fireEvent.click(within(filters).getByRole('button', { name: 'Filteren' }));

    await screen.findByText('1 arrangement getoond; er zijn er meer.');
    expect(router.state.location.search).toBe('?status=aangevraagd&soort=middelen');
    fireEvent.click(screen.getByRole('button', { name: 'Meer laden' }));

    expect(await screen.findByText('2 arrangementen getoond.')).toBeDefined();
    expect(screen.getByRole('link', { name: 'Noor de Vries' })).toBeDefined();
    const laatste = lijstVerzoeken(fetchMock).at(-1);
    expect(Object.fromEntries(laatste?.searchParams ?? [])).toEqual({ status: 'aangevraagd', soort: 'middelen', cursor: 'pagina-2' });
    expect(screen.queryByRole('button', { name: 'Meer laden' })).toBeNull();
  });

  it('shows a wrong filter at its field, and offers no request button to an expert', async () => {
    mockArrangementApi(
      () =>
        jsonResponse(
          ongeldigeInvoer([{ code: 'ongeldige-vestiging', detail: 'Een vestiging is zoals 12AB00.', parameter: 'vestiging' }], '/api/v1/arrangementen/overzicht'),
          400,
          'application/problem+json',
        ),
      expert(),
    );

    renderApp('/arrangementen?vestiging=XX', aangemeld());

    expect((await screen.findByRole('alert')).textContent).toContain('Controleer uw filters.');
    expect(screen.getByRole('search', { name: 'Arrangementen filteren' }).textContent).toContain('Een vestiging is zoals 12AB00.');
    expect(screen.queryByRole('link', { name: 'Arrangement aanvragen' })).toBeNull();
  });

  it('exports every arrangement of the current filters with the bearer token, for SWV staff only', async () => {
    const klik = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:arrangementen'), revokeObjectURL: vi.fn() }));
    const fetchMock = mockArrangementApi((url) =>
      url.pathname === '/api/v1/arrangementen/export'
        ? new Response('Leerling;Status\r\n', { status: 200, headers: { 'Content-Type': 'text/csv; charset=utf-8' } })
        : jsonResponse({ arrangementen: [actiefArrangement()] }),
    );
    renderApp('/arrangementen?status=actief', aangemeld());
    await screen.findByRole('table', { name: 'Gevonden arrangementen' });

    fireEvent.click(screen.getByRole('button', { name: 'Exporteren als CSV' }));

    await waitFor(() => expect(klik).toHaveBeenCalledTimes(1));
    const [verzoek] = verzoekenNaar(fetchMock, '/api/v1/arrangementen/export');
    expect(Object.fromEntries(new URL(verzoek!.url).searchParams)).toEqual({ status: 'actief' });
    expect(verzoek!.headers.get('Accept')).toBe('text/csv');
    expect(verzoek!.headers.get('Authorization')).toBe('Bearer token-1');
    klik.mockRestore();
  });

  it('offers no export to school staff or experts', async () => {
    mockArrangementApi(() => jsonResponse({ arrangementen: [actiefArrangement()] }), expert());
    renderApp('/arrangementen', aangemeld());
    await screen.findByRole('table', { name: 'Gevonden arrangementen' });

    expect(screen.queryByRole('group', { name: 'Exporteren' })).toBeNull();
  });
});
