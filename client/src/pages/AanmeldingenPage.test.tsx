import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AanmeldingRij } from '../api/aanmeldingen';
import { AANMELDING_ID } from '../test/aanmeldingFixtures';
import { ibEr, LEERLING_ID } from '../test/arrangementFixtures';
import { mockArrangementApi, verzoekenNaar } from '../test/arrangementApi';
import { FakeUserManager, testUser } from '../test/fakeUserManager';
import { medewerker } from '../test/fixtures';
import { jsonResponse, renderApp } from '../test/renderApp';

const rij = (overrides: Partial<AanmeldingRij> = {}): AanmeldingRij => ({
  id: AANMELDING_ID,
  leerling: { id: LEERLING_ID, naam: 'Sam de Vries' },
  vestiging: '12AB00',
  schoolNaam: 'Basisschool De Regenboog',
  ontvangenOp: '2026-01-05',
  ouderVerwachtExtraOndersteuning: true,
  status: 'ontvangen',
  zorgplicht: true,
  besluitUiterlijk: '2026-02-16',
  verlopen: true,
  ...overrides,
});

describe('AanmeldingenPage', () => {
  it('shows the SWV the open cases of the region, an overdue one marked, each opening its aanmelding', async () => {
    const fetchMock = mockArrangementApi(
      (url) => (url.pathname === '/api/v1/aanmeldingen' ? jsonResponse({ aanmeldingen: [rij(), rij({ id: 'ander', zorgplicht: false, besluitUiterlijk: null, verlopen: false })], totaal: 2 }) : jsonResponse({ items: [] })),
      medewerker(),
    );
    renderApp('/aanmeldingen', new FakeUserManager(testUser()));

    const tabel = await screen.findByRole('table', { name: 'Aanmeldingen' });
    expect(screen.getByRole('heading', { level: 1, name: 'Zorgplicht in de regio' })).toBeDefined();
    const [eerste, tweede] = within(tabel).getAllByRole('row').slice(1);
    expect(within(eerste!).getByText('Verlopen')).toBeDefined();
    expect(within(eerste!).getByRole('link', { name: 'Sam de Vries' }).getAttribute('href')).toBe(`/aanmeldingen/${AANMELDING_ID}`);
    expect(within(tweede!).getByText('Geen zorgplicht')).toBeDefined();
    expect(screen.queryByRole('link', { name: 'Nieuwe aanmelding' })).toBeNull();
    // The SWV starts with the open ones only.
    expect(new URL(verzoekenNaar(fetchMock, '/api/v1/aanmeldingen')[0]!.url).searchParams.get('open')).toBe('true');
  });

  it('offers the school a new aanmelding', async () => {
    mockArrangementApi(() => jsonResponse({ aanmeldingen: [], totaal: 0 }), ibEr());
    renderApp('/aanmeldingen', new FakeUserManager(testUser()));

    expect((await screen.findByRole('link', { name: 'Nieuwe aanmelding' })).getAttribute('href')).toBe('/aanmeldingen/nieuw');
    expect(await screen.findByText('0 aanmeldingen gevonden.')).toBeDefined();
  });
});
