import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { verzoekenNaar } from '../test/arrangementApi';
import { auditRegel, gebruiker, koppeling, mockBeheerApi } from '../test/beheerApi';
import { FakeUserManager, testUser } from '../test/fakeUserManager';
import { jsonResponse, renderApp } from '../test/renderApp';

const aangemeld = () => new FakeUserManager(testUser());

function api() {
  return mockBeheerApi((url) => {
    if (url.pathname === '/api/v1/gebruikers') {
      return jsonResponse({
        gebruikers: [
          gebruiker(),
          gebruiker({ id: 'g-2', status: 'actief' }),
          gebruiker({ id: 'g-3', status: 'wacht-op-activering' }),
          gebruiker({ id: 'g-4', status: 'gedeactiveerd' }),
        ],
      });
    }
    if (url.pathname === '/api/v1/koppelingen') {
      return jsonResponse({ koppelingen: [koppeling(), koppeling({ clientId: 'p', authenticatie: 'private_key_jwt' })] });
    }
    if (url.pathname === '/api/v1/auditregels') {
      return jsonResponse({ auditRegels: Array.from({ length: 10 }, (_, i) => auditRegel({ id: `r-${i}` })), volgendeCursor: 'meer' });
    }
    return jsonResponse({}, 404);
  });
}

describe('BeheerPage', () => {
  it('is where the swv-beheerder lands, with the beheer screens in the menu', async () => {
    api();
    const { router } = renderApp('/', aangemeld());

    await screen.findByRole('heading', { level: 1, name: 'Beheer' });
    expect(router.state.location.pathname).toBe('/beheer');
    const menu = within(screen.getByRole('navigation', { name: 'Hoofdmenu' })).getAllByRole('link');
    expect(menu.map((link) => link.textContent)).toEqual([
      'Beheer',
      'Accounts',
      'Koppelingen',
      'Auditlog',
      'Scholen',
      'Deskundigen',
      'Portfolio',
      'Beleidsinstellingen',
      'Expertises',
      'Aanbieders',
      'Mijn gegevens',
    ]);
  });

  it('counts accounts and koppelingen and shows the 10 newest audit records', async () => {
    const fetchMock = api();
    renderApp('/beheer', aangemeld());

    const accounts = await screen.findByRole('region', { name: 'Accounts' });
    expect((await within(accounts).findByText('Actief')).nextElementSibling?.textContent).toBe('2');
    expect(within(accounts).getByText('Wachten op activering').nextElementSibling?.textContent).toBe('1');
    expect(within(accounts).getByRole('link', { name: 'Accounts beheren' }).getAttribute('href')).toBe('/gebruikers');
    const koppelingen = screen.getByRole('region', { name: 'Koppelingen' });
    expect((await within(koppelingen).findByText('Actief')).nextElementSibling?.textContent).toBe('2');
    expect(within(koppelingen).getByText('Met een eigen sleutel').nextElementSibling?.textContent).toBe('1');
    const recent = await screen.findByRole('table', { name: 'De 10 nieuwste regels van het auditlog' });
    expect(within(recent).getAllByRole('row')).toHaveLength(11);
    expect(screen.queryByRole('button', { name: 'Meer laden' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Naar het hele auditlog' }).getAttribute('href')).toBe('/auditlog');
    const [audit] = verzoekenNaar(fetchMock, '/api/v1/auditregels');
    expect(new URL(audit!.url).searchParams.get('pageSize')).toBe('10');
  });
});
