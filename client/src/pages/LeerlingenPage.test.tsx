import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expert, leerling, LEERLING_ID } from '../test/arrangementFixtures';
import { mockArrangementApi, verzoekenNaar } from '../test/arrangementApi';
import { FakeUserManager, testUser } from '../test/fakeUserManager';
import { medewerker } from '../test/fixtures';
import { jsonResponse, renderApp } from '../test/renderApp';

const aangemeld = () => new FakeUserManager(testUser());

describe('LeerlingenPage', () => {
  it('searches by name and school through the URL, and links each pupil', async () => {
    const fetchMock = mockArrangementApi(() => jsonResponse({ leerlingen: [leerling()] }), medewerker());
    const { router } = renderApp('/leerlingen', aangemeld());
    await screen.findByText('1 leerling getoond.');
    expect(screen.getByRole('link', { name: 'Nieuwe leerling' }).getAttribute('href')).toBe('/leerlingen/nieuw');

    const zoeken = screen.getByRole('search', { name: 'Leerlingen zoeken' });
    fireEvent.change(within(zoeken).getByLabelText('Naam'), { target: { value: ' sam ' } });
    const school = within(zoeken).getByLabelText('School');
    await within(school).findByRole('option', { name: 'Basisschool De Regenboog (12AB00)' });
    fireEvent.change(school, { target: { value: '12AB00' } });
    fireEvent.click(within(zoeken).getByRole('button', { name: 'Zoeken' }));

    await screen.findByText('1 leerling getoond.');
    expect(router.state.location.search).toBe('?naam=sam&vestiging=12AB00');
    const laatste = verzoekenNaar(fetchMock, '/api/v1/leerlingen').at(-1);
    expect(Object.fromEntries(new URL(laatste?.url ?? '').searchParams)).toEqual({ naam: 'sam', vestiging: '12AB00' });
    const tabel = screen.getByRole('table', { name: 'Gevonden leerlingen' });
    expect(within(tabel).getByRole('link', { name: 'Sam de Vries' }).getAttribute('href')).toBe(`/leerlingen/${LEERLING_ID}`);
    expect(within(tabel).getAllByRole('row')[1]?.textContent).toContain('14 maart 2017');
  });

  it('offers an expert no registration', async () => {
    mockArrangementApi(() => jsonResponse({ leerlingen: [] }), expert());

    renderApp('/leerlingen', aangemeld());

    expect(await screen.findByText('Er zijn geen leerlingen.')).toBeDefined();
    expect(screen.queryByRole('link', { name: 'Nieuwe leerling' })).toBeNull();
  });
});
