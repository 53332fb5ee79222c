import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { expertiseLijst, nietGevonden } from '../test/fixtures';
import { jsonResponse, mockFetch, renderApp, requestedUrls } from '../test/renderApp';

describe('ExpertisesPage', () => {
  it('shows the 16 expertises of the leerjaar the API returns', async () => {
    const fetchMock = mockFetch(() => jsonResponse(expertiseLijst('2026-2027')));

    renderApp('/expertises');

    const table = await screen.findByRole('table', { name: /Expertises in leerjaar 2026-2027/ });
    const bodyRows = within(table).getAllByRole('row').slice(1);
    expect(bodyRows).toHaveLength(16);
    const autisme = within(table).getByRole('rowheader', { name: 'AUTISMESPECTRUMSTOORNISSEN' });
    expect(autisme.closest('tr')?.textContent).toContain('Autismespectrumstoornissen');
    expect(within(table).getByRole('columnheader', { name: 'Omschrijving' })).toBeDefined();
    expect((screen.getByLabelText('Leerjaar') as HTMLSelectElement).value).toBe('2026-2027');
    expect(document.title).toBe('Expertises – PassendOnderwijs');

    // Without ?leerjaar= the API chooses the current leerjaar.
    const [url] = requestedUrls(fetchMock);
    expect(url?.pathname).toBe('/api/v1/expertises');
    expect(url?.searchParams.has('leerjaar')).toBe(false);
  });

  it('shows "Laden…" until the API answers', async () => {
    let answer: (response: Response) => void = () => {};
    mockFetch(() => new Promise<Response>((resolve) => (answer = resolve)));

    renderApp('/expertises');

    expect((await screen.findByRole('status')).textContent).toBe('Laden…');
    expect(screen.queryByRole('table')).toBeNull();

    answer(jsonResponse(expertiseLijst('2026-2027')));

    await screen.findByRole('table');
    expect(screen.queryByText('Laden…')).toBeNull();
  });

  it('shows the problem from a 404 problem+json answer in Dutch', async () => {
    const fetchMock = mockFetch(() =>
      jsonResponse(nietGevonden('2030-2031'), 404, 'application/problem+json'),
    );

    renderApp('/expertises?leerjaar=2030-2031');

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Er is geen lijst met expertises voor leerjaar 2030-2031.');
    expect(within(alert).getByText('Niet gevonden')).toBeDefined();
    expect(within(alert).getByText('Er is geen expertiselijst voor leerjaar 2030-2031.')).toBeDefined();
    expect(alert.textContent).toContain('Referentie: 00-4bf92f3577b34da6a3ce929d0e0e4736');
    expect(screen.queryByRole('table')).toBeNull();
    expect(requestedUrls(fetchMock)[0]?.searchParams.get('leerjaar')).toBe('2030-2031');
  });

  it('says the server failed when an error answer is not problem+json', async () => {
    mockFetch(() => new Response('<h1>Bad gateway</h1>', { status: 502 }));

    renderApp('/expertises');

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('De expertises konden niet worden geladen.');
    expect(alert.textContent).toContain('Er ging iets mis bij de server. Probeer het later opnieuw.');
    expect(alert.textContent).toContain('HTTP-status 502');
  });

  it('loads another leerjaar when one is chosen, and keeps it in the URL', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 9, 1)); // October 2026: current leerjaar 2026-2027
    const fetchMock = mockFetch((url) =>
      jsonResponse(expertiseLijst(url.searchParams.get('leerjaar') ?? '2026-2027')),
    );
    const { router } = renderApp('/expertises');
    await screen.findByRole('table', { name: /2026-2027/ });

    const select = screen.getByLabelText('Leerjaar');
    const keuzes = within(select).getAllByRole('option').map((option) => option.textContent);
    expect(keuzes).toEqual(['2025-2026', '2026-2027', '2027-2028']);
    fireEvent.change(select, { target: { value: '2027-2028' } });

    await screen.findByRole('table', { name: /Expertises in leerjaar 2027-2028/ });
    expect(router.state.location.search).toBe('?leerjaar=2027-2028');
    expect(requestedUrls(fetchMock).at(-1)?.searchParams.get('leerjaar')).toBe('2027-2028');
  });

  it('rejects a malformed leerjaar in the URL without asking the API', async () => {
    const fetchMock = mockFetch(() => jsonResponse(expertiseLijst('2026-2027')));

    renderApp('/expertises?leerjaar=2026');

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Het leerjaar "2026" is ongeldig');
    await waitFor(() => expect(fetchMock).not.toHaveBeenCalled());
  });
});
