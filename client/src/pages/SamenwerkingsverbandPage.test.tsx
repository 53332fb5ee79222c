import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { verzoekenNaar } from '../test/arrangementApi';
import { FakeUserManager, testUser } from '../test/fakeUserManager';
import { platformBeheerder, tenant } from '../test/fixtures';
import { jsonResponse, mockFetch, renderApp } from '../test/renderApp';

const aangemeld = () => new FakeUserManager(testUser());

const beheerders = [
  { id: 'b1', email: 'bea@oost.nl', naam: 'Bea Beheer', rol: 'swv-beheerder', vestigingen: [], status: 'wacht-op-activering' },
  { id: 'b2', email: 'bob@oost.nl', naam: 'Bob Beheer', rol: 'swv-beheerder', vestigingen: [], status: 'actief' },
];

function api() {
  let huidig = tenant();
  return mockFetch(async (url, request) => {
    if (url.pathname === '/api/v1/ik') return jsonResponse(platformBeheerder());
    if (url.pathname.endsWith('/beheerders') && request.method === 'GET') return jsonResponse({ gebruikers: beheerders });
    if (url.pathname.endsWith('/activatiecode')) {
      return jsonResponse({ gebruiker: beheerders[0], activatiecode: 'vervangende-code-987654321', activatieGeldigTot: '2027-03-28T09:15:00Z' });
    }
    if (url.pathname.endsWith('/beheerders')) {
      const body = (await request.clone().json()) as { email: string; naam: string };
      return jsonResponse(
        {
          gebruiker: { id: 'g1', email: body.email, naam: body.naam, rol: 'swv-beheerder', vestigingen: [], status: 'wacht-op-activering' },
          activatiecode: 'eenmalige-code-123456789',
          activatieGeldigTot: '2027-03-21T09:15:00Z',
        },
        201,
      );
    }
    if (url.pathname.endsWith('/opschorting')) huidig = tenant({ status: 'opgeschort', versie: 8 });
    if (url.pathname.endsWith('/heractivering')) huidig = tenant({ status: 'actief', versie: 9 });
    return jsonResponse(huidig);
  });
}

describe('SamenwerkingsverbandPage', () => {
  it('shows the tenant with labels, not codes', async () => {
    api();
    renderApp('/samenwerkingsverbanden/PO2801', aangemeld());

    await screen.findByRole('heading', { level: 1, name: 'Passend PO Oost' });
    expect(screen.getByText('Sector').nextElementSibling?.textContent).toBe('Primair onderwijs');
    expect(screen.getByText('Status', { selector: 'dt' }).nextElementSibling?.textContent).toBe('Actief');
    expect(screen.getByText('Laatste activiteit').nextElementSibling?.textContent).toBe('14 maart 2027 om 10:15');
  });

  it('creates the first beheerder and shows the activation code once', async () => {
    const fetchMock = api();
    renderApp('/samenwerkingsverbanden/PO2801', aangemeld());
    const formulier = await screen.findByRole('form', { name: 'Eerste beheerder aanmaken' });

    fireEvent.change(within(formulier).getByLabelText('E-mailadres'), { target: { value: 'bea@oost.nl' } });
    fireEvent.change(within(formulier).getByLabelText('Naam'), { target: { value: 'Bea Beheer' } });
    fireEvent.click(within(formulier).getByRole('button', { name: 'Beheerder aanmaken' }));

    const code = await screen.findByRole('region', { name: 'Activeringscode voor Bea Beheer' });
    expect(within(code).getByText('eenmalige-code-123456789')).toBeDefined();
    expect(code.textContent).toContain('U ziet de code maar één keer: kopieer hem nu.');
    expect(code.textContent).toContain('Geldig tot 21 maart 2027 om 10:15.');
    const [verzoek] = verzoekenNaar(fetchMock, '/api/v1/samenwerkingsverbanden/PO2801/beheerders').filter((v) => v.method === 'POST');
    expect(await verzoek?.clone().json()).toEqual({ email: 'bea@oost.nl', naam: 'Bea Beheer' });
  });

  it('lists the beheerders and gives one who waits for activation (or forgot their password) a new code, shown once', async () => {
    const fetchMock = api();
    renderApp('/samenwerkingsverbanden/PO2801', aangemeld());
    const tabel = await screen.findByRole('table', { name: 'Beheerders van dit samenwerkingsverband' });

    expect(within(tabel).getByText('Wacht op activering')).toBeDefined();
    expect(within(tabel).getByText('Actief')).toBeDefined();
    expect(within(tabel).getByRole('button', { name: 'Nieuwe activeringscode voor Bob Beheer' })).toBeDefined();
    fireEvent.click(within(tabel).getByRole('button', { name: 'Nieuwe activeringscode voor Bea Beheer' }));

    const code = await screen.findByRole('region', { name: 'Nieuwe activeringscode voor Bea Beheer' });
    expect(within(code).getByText('vervangende-code-987654321')).toBeDefined();
    expect(code.textContent).toContain('De vorige code werkt niet meer.');
    expect(verzoekenNaar(fetchMock, '/api/v1/samenwerkingsverbanden/PO2801/beheerders/b1/activatiecode')).toHaveLength(1);
  });

  it('suspends and reactivates only after a confirmation, on the version shown', async () => {
    const fetchMock = api();
    renderApp('/samenwerkingsverbanden/PO2801', aangemeld());
    await screen.findByRole('heading', { level: 1, name: 'Passend PO Oost' });

    fireEvent.click(screen.getByRole('button', { name: 'Opschorten' }));
    expect(verzoekenNaar(fetchMock, '/api/v1/samenwerkingsverbanden/PO2801/opschorting')).toHaveLength(0);
    fireEvent.click(screen.getByRole('button', { name: 'Ja, opschorten' }));

    expect(await screen.findByText('Passend PO Oost is opgeschort.')).toBeDefined();
    const [opschorting] = verzoekenNaar(fetchMock, '/api/v1/samenwerkingsverbanden/PO2801/opschorting');
    expect(opschorting?.headers.get('If-Match')).toBe('"7"');
    expect(screen.getByText('Status', { selector: 'dt' }).nextElementSibling?.textContent).toBe('Opgeschort');

    fireEvent.click(screen.getByRole('button', { name: 'Weer activeren' }));
    fireEvent.click(screen.getByRole('button', { name: 'Annuleren' }));
    fireEvent.click(screen.getByRole('button', { name: 'Weer activeren' }));
    fireEvent.click(screen.getByRole('button', { name: 'Ja, weer activeren' }));

    expect(await screen.findByText('Passend PO Oost is weer actief.')).toBeDefined();
    const [heractivering] = verzoekenNaar(fetchMock, '/api/v1/samenwerkingsverbanden/PO2801/heractivering');
    expect(heractivering?.headers.get('If-Match')).toBe('"8"');
  });
});
