import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ibEr, leerling, LEERLING_ID } from '../test/arrangementFixtures';
import { beschrijving, mockArrangementApi, probleem, verzoekenNaar } from '../test/arrangementApi';
import { FakeUserManager, testUser } from '../test/fakeUserManager';
import { ongeldigeInvoer } from '../test/fixtures';
import { jsonResponse, renderApp } from '../test/renderApp';

const aangemeld = () => new FakeUserManager(testUser());

describe('NieuweLeerlingPage', () => {
  it("registers a pupil at the IB'er's own school and goes to the pupil's page", async () => {
    const fetchMock = mockArrangementApi((url, request) => {
      if (request.method === 'POST') return jsonResponse(leerling(), 201);
      if (url.pathname === '/api/v1/arrangementen/overzicht') return jsonResponse({ arrangementen: [] });
      return jsonResponse(leerling());
    }, ibEr());
    const { router } = renderApp('/leerlingen/nieuw', aangemeld());

    const formulier = await screen.findByRole('form', { name: 'Nieuwe leerling registreren' });
    const school = within(formulier).getByLabelText('School') as HTMLSelectElement;
    expect(school.value).toBe('12AB00');
    await within(school).findByRole('option', { name: 'Basisschool De Regenboog (12AB00)' });
    fireEvent.change(within(formulier).getByLabelText('Voornaam'), { target: { value: ' Sam ' } });
    fireEvent.change(within(formulier).getByLabelText('Achternaam'), { target: { value: 'de Vries' } });
    fireEvent.change(within(formulier).getByLabelText('Geboortedatum'), { target: { value: '2017-03-14' } });
    fireEvent.change(within(formulier).getByLabelText('Groep of klas'), { target: { value: '5' } });
    fireEvent.change(within(formulier).getByLabelText('Postcodegebied'), { target: { value: '3811' } });
    fireEvent.click(within(formulier).getByRole('button', { name: 'Leerling registreren' }));

    expect(await screen.findByText('Sam de Vries is geregistreerd.')).toBeDefined();
    expect(router.state.location.pathname).toBe(`/leerlingen/${LEERLING_ID}`);
    const [verzoek] = verzoekenNaar(fetchMock, '/api/v1/leerlingen').filter((r) => r.method === 'POST');
    expect(await verzoek?.clone().json()).toEqual({
      voornaam: 'Sam',
      achternaam: 'de Vries',
      geboortedatum: '2017-03-14',
      vestiging: '12AB00',
      groep: '5',
      postcodegebied: '3811',
    });
  });

  it('shows the errors of a 400 at their fields', async () => {
    mockArrangementApi(
      () =>
        probleem(
          ongeldigeInvoer(
            [
              { code: 'voornaam-vereist', detail: 'Geef de voornaam van de leerling.', pointer: '#/voornaam' },
              { code: 'onwaarschijnlijke-geboortedatum', detail: 'Deze geboortedatum past niet bij een leerling.', pointer: '#/geboortedatum' },
            ],
            '/api/v1/leerlingen',
          ),
          400,
        ),
      ibEr(),
    );
    renderApp('/leerlingen/nieuw', aangemeld());

    const formulier = await screen.findByRole('form', { name: 'Nieuwe leerling registreren' });
    fireEvent.click(within(formulier).getByRole('button', { name: 'Leerling registreren' }));

    await within(formulier).findByRole('alert');
    expect(beschrijving(within(formulier).getByLabelText('Voornaam'))).toContain('Geef de voornaam van de leerling.');
    expect(beschrijving(within(formulier).getByLabelText('Geboortedatum'))).toContain('Deze geboortedatum past niet bij een leerling.');
    expect(within(formulier).getByLabelText('Achternaam').getAttribute('aria-invalid')).toBeNull();
  });
});
