import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { School } from '../api/scholen';
import { ibEr, school } from '../test/arrangementFixtures';
import { verzoekenNaar } from '../test/arrangementApi';
import { FakeUserManager, testUser } from '../test/fakeUserManager';
import { medewerker } from '../test/fixtures';
import { jsonResponse, mockFetch, renderApp } from '../test/renderApp';

const aangemeld = () => new FakeUserManager(testUser());
const ANDERE = school({ vestiging: '34CD01', naam: 'SBO De Brug', soort: 'SBO', ondersteuningsprofiel: {} });

function api(ik = ibEr()) {
  return mockFetch(async (url, request) => {
    if (url.pathname === '/api/v1/ik') return jsonResponse(ik);
    if (url.pathname === '/api/v1/schoolbesturen') {
      return jsonResponse({ schoolbesturen: [{ id: 'b1', nummer: '41234', naam: 'Stichting Primair', auditResourceId: 'b1' }] });
    }
    if (request.method === 'PUT') {
      const profiel = (await request.clone().json()) as School['ondersteuningsprofiel'];
      return jsonResponse(school({ versie: 2, ondersteuningsprofiel: profiel }));
    }
    return jsonResponse({ scholen: [school(), ANDERE] });
  });
}

describe('ScholenPage', () => {
  it('shows every school with its ondersteuningsprofiel', async () => {
    api(medewerker());

    renderApp('/scholen', aangemeld());

    const regenboog = await screen.findByRole('region', { name: 'Basisschool De Regenboog' });
    expect(within(regenboog).getByText('Aandacht en tijd').nextElementSibling?.textContent).toBe('Kleine groepjes voor instructie.');
    expect(within(regenboog).getByText('Regio').nextElementSibling?.textContent).toBe('Noord, lokaal netwerk Noord-West');
    await within(regenboog).findByText('Stichting Primair (41234)');
    const brug = screen.getByRole('region', { name: 'SBO De Brug' });
    expect(within(brug).getAllByText('Niet beschreven')).toHaveLength(5);
    expect(screen.queryByRole('button', { name: /wijzigen$/ })).toBeNull();
  });

  it("lets the IB'er change only the own school's profile, with If-Match", async () => {
    const fetchMock = api();
    renderApp('/scholen', aangemeld());
    await screen.findByRole('region', { name: 'SBO De Brug' });
    expect(screen.queryByRole('button', { name: 'Ondersteuningsprofiel van SBO De Brug wijzigen' })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Ondersteuningsprofiel van Basisschool De Regenboog wijzigen' }));
    const formulier = screen.getByRole('form', { name: 'Ondersteuningsprofiel wijzigen' });
    fireEvent.change(within(formulier).getByLabelText('Expertise'), { target: { value: 'Een eigen leesspecialist.' } });
    fireEvent.click(within(formulier).getByRole('button', { name: 'Ondersteuningsprofiel opslaan' }));

    expect(await screen.findByText('Het ondersteuningsprofiel van Basisschool De Regenboog is opgeslagen.')).toBeDefined();
    const [verzoek] = verzoekenNaar(fetchMock, '/api/v1/scholen/12AB00/ondersteuningsprofiel');
    expect(verzoek?.headers.get('If-Match')).toBe('"1"');
    expect(await verzoek?.clone().json()).toEqual({
      aandachtEnTijd: 'Kleine groepjes voor instructie.',
      onderwijsmaterialen: null,
      ruimtelijkeOmgeving: null,
      expertise: 'Een eigen leesspecialist.',
      samenwerkingMetAndereInstanties: null,
    });
    const regenboog = screen.getByRole('region', { name: 'Basisschool De Regenboog' });
    expect(within(regenboog).getByText('Expertise').nextElementSibling?.textContent).toBe('Een eigen leesspecialist.');
  });
});
