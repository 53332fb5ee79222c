import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { verzoekenNaar } from '../test/arrangementApi';
import { koppeling, mockBeheerApi } from '../test/beheerApi';
import { FakeUserManager, testUser } from '../test/fakeUserManager';
import { jsonResponse, renderApp } from '../test/renderApp';

const aangemeld = () => new FakeUserManager(testUser());

function api() {
  let ingetrokken = false;
  return mockBeheerApi((url, request) => {
    if (url.pathname === '/api/v1/koppelingen/las-parnassys' && request.method === 'DELETE') {
      ingetrokken = true;
      return new Response(null, { status: 204 });
    }
    if (url.pathname === '/api/v1/koppelingen/las-parnassys') return jsonResponse(koppeling());
    if (url.pathname === '/api/v1/koppelingen/las-parnassys/geheimen') {
      return jsonResponse({ clientId: 'las-parnassys', clientSecret: 'nieuw-geheim-xyz' }, 201);
    }
    if (url.pathname === '/api/v1/koppelingen') return jsonResponse({ koppelingen: ingetrokken ? [] : [koppeling()] });
    return jsonResponse({}, 404);
  });
}

describe('KoppelingPage', () => {
  it('shows the koppeling with labels and says that its rights cannot be changed yet', async () => {
    api();
    renderApp('/koppelingen/las-parnassys', aangemeld());

    await screen.findByRole('heading', { level: 1, name: 'Koppeling ParnasSys' });
    expect(screen.getByText('Mag').nextElementSibling?.textContent).toBe('Aanbieders lezen, Leerlingen lezen');
    expect(await screen.findByText('Basisschool De Regenboog (12AB00)')).toBeDefined();
    expect(screen.getByText(/kun je nog niet wijzigen/)).toBeDefined();
  });

  it('renews the secret after a confirmation and shows the new one once', async () => {
    const fetchMock = api();
    renderApp('/koppelingen/las-parnassys', aangemeld());
    await screen.findByRole('heading', { level: 1, name: 'Koppeling ParnasSys' });

    fireEvent.click(screen.getByRole('button', { name: 'Nieuw geheim maken' }));
    expect(verzoekenNaar(fetchMock, '/api/v1/koppelingen/las-parnassys/geheimen')).toHaveLength(0);
    fireEvent.click(screen.getByRole('button', { name: 'Ja, maak een nieuw geheim' }));

    const geheim = await screen.findByRole('region', { name: 'Nieuw geheim van koppeling ParnasSys' });
    expect(within(geheim).getByText('nieuw-geheim-xyz')).toBeDefined();
    expect(within(geheim).getByRole('button', { name: 'Kopieer het geheim' })).toBeDefined();
    expect(verzoekenNaar(fetchMock, '/api/v1/koppelingen/las-parnassys/geheimen').map((v) => v.method)).toEqual(['POST']);
  });

  it('revokes the koppeling after a confirmation and returns to the list', async () => {
    const fetchMock = api();
    const { router } = renderApp('/koppelingen/las-parnassys', aangemeld());
    await screen.findByRole('heading', { level: 1, name: 'Koppeling ParnasSys' });

    fireEvent.click(screen.getByRole('button', { name: 'Koppeling intrekken' }));
    fireEvent.click(screen.getByRole('button', { name: 'Annuleren' }));
    expect(verzoekenNaar(fetchMock, '/api/v1/koppelingen/las-parnassys').filter((v) => v.method === 'DELETE')).toHaveLength(0);
    fireEvent.click(screen.getByRole('button', { name: 'Koppeling intrekken' }));
    fireEvent.click(screen.getByRole('button', { name: 'Ja, intrekken' }));

    expect(await screen.findByText('Koppeling ParnasSys is ingetrokken.')).toBeDefined();
    expect(router.state.location.pathname).toBe('/koppelingen');
    expect(await screen.findByText('Je samenwerkingsverband heeft nog geen koppelingen.')).toBeDefined();
  });

  it('offers no new secret to a koppeling that signs in with its own key', async () => {
    mockBeheerApi(() => jsonResponse(koppeling({ authenticatie: 'private_key_jwt' })));
    renderApp('/koppelingen/las-parnassys', aangemeld());

    await screen.findByRole('heading', { level: 1, name: 'Koppeling ParnasSys' });
    expect(screen.queryByRole('button', { name: 'Nieuw geheim maken' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Koppeling intrekken' })).toBeDefined();
  });
});
