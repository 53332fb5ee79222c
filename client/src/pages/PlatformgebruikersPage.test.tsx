import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { verzoekenNaar } from '../test/arrangementApi';
import { FakeUserManager, testUser } from '../test/fakeUserManager';
import { platformBeheerder } from '../test/fixtures';
import { jsonResponse, mockFetch, renderApp } from '../test/renderApp';

const aangemeld = () => new FakeUserManager(testUser());

const rik = { id: 'r1', email: 'rik@register.nl', naam: 'Rik Register', rol: 'register-beheerder', vestigingen: [], status: 'wacht-op-activering' };
const pia = { id: 'gebruiker-4', email: 'pia@platform.nl', naam: 'Pia Platform', rol: 'platform-beheerder', vestigingen: [], status: 'actief' };

function api() {
  return mockFetch(async (url, request) => {
    if (url.pathname === '/api/v1/ik') return jsonResponse(platformBeheerder());
    if (url.pathname.endsWith('/activatiecode')) {
      return jsonResponse({ gebruiker: rik, activatiecode: 'vervangende-code-987654321', activatieGeldigTot: '2027-03-28T09:15:00Z' });
    }
    if (url.pathname.endsWith('/deactivering')) return jsonResponse({ ...rik, status: 'gedeactiveerd' });
    if (request.method === 'POST') {
      const body = (await request.clone().json()) as { email: string; naam: string; rol: string };
      return jsonResponse(
        {
          gebruiker: { id: 'n1', email: body.email, naam: body.naam, rol: body.rol, vestigingen: [], status: 'wacht-op-activering' },
          activatiecode: 'eenmalige-code-123456789',
          activatieGeldigTot: '2027-03-21T09:15:00Z',
        },
        201,
      );
    }
    return jsonResponse({ gebruikers: [pia, rik] });
  });
}

describe('PlatformgebruikersPage', () => {
  it('lists the accounts with labels and never offers to deactivate oneself', async () => {
    api();
    renderApp('/platform-gebruikers', aangemeld());
    const tabel = await screen.findByRole('table', { name: 'Accounts van het platform' });

    const rijRik = within(tabel).getByRole('row', { name: /Rik Register/ });
    expect(within(rijRik).getByText('Beheerder landelijk register')).toBeDefined();
    expect(within(rijRik).getByText('Wacht op activering')).toBeDefined();
    const rijPia = within(tabel).getByRole('row', { name: /Pia Platform/ });
    expect(within(rijPia).queryByRole('button')).toBeNull();
  });

  it('makes a register-beheerder and shows the activation code once', async () => {
    const fetchMock = api();
    renderApp('/platform-gebruikers', aangemeld());
    const formulier = await screen.findByRole('form', { name: 'Account aanmaken' });

    fireEvent.change(within(formulier).getByLabelText('E-mailadres'), { target: { value: 'nina@register.nl' } });
    fireEvent.change(within(formulier).getByLabelText('Naam'), { target: { value: 'Nina Register' } });
    fireEvent.click(within(formulier).getByRole('button', { name: 'Account aanmaken' }));

    const code = await screen.findByRole('region', { name: 'Activeringscode voor Nina Register' });
    expect(within(code).getByText('eenmalige-code-123456789')).toBeDefined();
    const [verzoek] = verzoekenNaar(fetchMock, '/api/v1/platform-gebruikers').filter((v) => v.method === 'POST');
    expect(await verzoek?.clone().json()).toEqual({ email: 'nina@register.nl', naam: 'Nina Register', rol: 'register-beheerder' });
  });

  it('renews a lost code and deactivates only after a confirmation', async () => {
    const fetchMock = api();
    renderApp('/platform-gebruikers', aangemeld());
    const tabel = await screen.findByRole('table', { name: 'Accounts van het platform' });

    fireEvent.click(within(tabel).getByRole('button', { name: 'Nieuwe activeringscode voor Rik Register' }));
    const code = await screen.findByRole('region', { name: 'Nieuwe activeringscode voor Rik Register' });
    expect(code.textContent).toContain('De vorige code werkt niet meer.');

    fireEvent.click(within(tabel).getByRole('button', { name: 'Deactiveren Rik Register' }));
    expect(verzoekenNaar(fetchMock, '/api/v1/platform-gebruikers/r1/deactivering')).toHaveLength(0);
    fireEvent.click(within(tabel).getByRole('button', { name: 'Ja, deactiveren' }));
    expect(await screen.findByText('Rik Register is gedeactiveerd.')).toBeDefined();
    expect(verzoekenNaar(fetchMock, '/api/v1/platform-gebruikers/r1/deactivering')).toHaveLength(1);
  });
});
