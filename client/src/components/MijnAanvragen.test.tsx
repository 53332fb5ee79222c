import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ibEr, mijnAanvraag } from '../test/arrangementFixtures';
import { mockArrangementApi, verzoekenNaar } from '../test/arrangementApi';
import { FakeUserManager, testUser } from '../test/fakeUserManager';
import { jsonResponse, renderApp } from '../test/renderApp';

const PAD = '/api/v1/arrangementen/mijn-aanvragen';
const TWEEDE = '0197d3c4-5e6f-7a8b-9c0d-1e2f3a4b5c7e';
const NOOR = { id: 'l2', voornaam: 'Noor', achternaam: 'Jansen' };

/** The API sorts: newest request first for -aangevraagdOp, otherwise Sam (earliest behandeldeadline) first. */
function api() {
  const sam = mijnAanvraag();
  const noor = mijnAanvraag({ id: TWEEDE, leerling: NOOR, aangevraagdOp: '2026-11-25T10:00:00Z', behandeldeadline: '2027-01-06' });
  return mockArrangementApi((url) => {
    if (url.pathname !== PAD) return jsonResponse({ items: [] });
    const aanvragen = url.searchParams.get('sorteer') === '-aangevraagdOp' ? [noor, sam] : [sam, noor];
    return jsonResponse({ aanvragen, totaal: 2 });
  }, ibEr());
}

const sorteringen = (fetchMock: ReturnType<typeof api>) => verzoekenNaar(fetchMock, PAD).map((r) => new URL(r.url).searchParams.get('sorteer'));
const kop = (tabel: HTMLElement, naam: string) => within(tabel).getByRole('columnheader', { name: new RegExp(`^${naam}`) });
const leerlingen = (tabel: HTMLElement) => within(tabel).getAllByRole('link').map((link) => link.textContent);

describe('MijnAanvragen (sorting)', () => {
  it('sorts the whole list by the API on Aangevraagd op or Besluit uiterlijk, and keeps the order in the URL', async () => {
    const fetchMock = api();
    const { router } = renderApp('/werkvoorraad', new FakeUserManager(testUser()));

    const sectie = await screen.findByRole('region', { name: 'Mijn aanvragen' });
    const tabel = await within(sectie).findByRole('table', { name: 'Uw aanvragen die nog lopen (2)' });
    expect(kop(tabel, 'Besluit uiterlijk').getAttribute('aria-sort')).toBe('ascending');
    expect(kop(tabel, 'Aangevraagd op').getAttribute('aria-sort')).toBe('none');
    expect(sorteringen(fetchMock)).toEqual([null]);

    fireEvent.click(within(kop(tabel, 'Aangevraagd op')).getByRole('button'));
    await waitFor(() => expect(kop(tabel, 'Aangevraagd op').getAttribute('aria-sort')).toBe('ascending'));
    fireEvent.click(within(kop(tabel, 'Aangevraagd op')).getByRole('button'));

    await waitFor(() => expect(leerlingen(tabel)).toEqual(['Noor Jansen', 'Sam de Vries']));
    expect(kop(tabel, 'Aangevraagd op').getAttribute('aria-sort')).toBe('descending');
    expect(kop(tabel, 'Besluit uiterlijk').getAttribute('aria-sort')).toBe('none');
    expect(sorteringen(fetchMock)).toEqual([null, 'aangevraagdOp', '-aangevraagdOp']);
    expect(router.state.location.search).toBe('?sorteer=-aangevraagdOp');

    fireEvent.click(within(kop(tabel, 'Besluit uiterlijk')).getByRole('button'));
    await waitFor(() => expect(leerlingen(tabel)).toEqual(['Sam de Vries', 'Noor Jansen']));
    expect(router.state.location.search).toBe('');
  });

  it('opens in the order of the URL', async () => {
    const fetchMock = api();
    renderApp('/werkvoorraad?sorteer=-aangevraagdOp', new FakeUserManager(testUser()));

    const tabel = await screen.findByRole('table', { name: 'Uw aanvragen die nog lopen (2)' });
    expect(leerlingen(tabel)).toEqual(['Noor Jansen', 'Sam de Vries']);
    expect(kop(tabel, 'Aangevraagd op').getAttribute('aria-sort')).toBe('descending');
    expect(sorteringen(fetchMock)).toEqual(['-aangevraagdOp']);
  });
});
