import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Zoekresultaten } from '../api/zoeken';
import { LEERLING_ID } from '../test/arrangementFixtures';
import { mockArrangementApi, probleem, verzoekenNaar } from '../test/arrangementApi';
import { FakeUserManager, testUser } from '../test/fakeUserManager';
import { beheerder, medewerker, registerBeheerder } from '../test/fixtures';
import { jsonResponse, renderApp } from '../test/renderApp';

const aangemeld = () => new FakeUserManager(testUser());
const ARRANGEMENT_ID = '0197d3c4-aaaa-7a8b-9c0d-1e2f3a4b5c6d';

function resultaten(overrides: Partial<Zoekresultaten> = {}): Zoekresultaten {
  return {
    leerlingen: {
      totaal: 12,
      resultaten: [
        { id: LEERLING_ID, voornaam: 'Sam', achternaam: 'de Vries', geboortedatum: '2017-03-14', vestiging: '12AB00', href: `/leerlingen/${LEERLING_ID}` },
      ],
    },
    arrangementen: {
      totaal: 1,
      resultaten: [
        {
          id: ARRANGEMENT_ID,
          beschikkingsnummer: 'BS-2026-0417',
          leerling: { id: LEERLING_ID, voornaam: 'Sam', achternaam: 'de Vries' },
          soort: 'inzet-expert',
          status: 'actief',
          vestiging: '12AB00',
          href: `/arrangementen/${ARRANGEMENT_ID}`,
        },
      ],
    },
    onderwijsbegeleidingsaanbieders: { totaal: 0, resultaten: [] },
    ...overrides,
  };
}

/** Types `term` in the header's search box and submits it. */
async function zoek(term: string) {
  const zoekvak = await screen.findByRole('search', { name: 'Zoeken in PassendOnderwijs' });
  fireEvent.change(within(zoekvak).getByLabelText('Zoek een leerling, arrangement of aanbieder'), { target: { value: term } });
  fireEvent.click(within(zoekvak).getByRole('button', { name: 'Zoeken' }));
}

describe('the search box and ZoekresultatenPage', () => {
  it('searches from the header with the term in the body, never in the URL, and shows each kind with its count and links', async () => {
    const fetchMock = mockArrangementApi(() => jsonResponse(resultaten()), medewerker());
    const { router } = renderApp('/werkvoorraad', aangemeld());

    await zoek(' sam 14-03-2017 ');

    expect(await screen.findByRole('heading', { level: 1, name: 'Zoekresultaten' })).toBeDefined();
    expect(router.state.location.pathname).toBe('/zoeken');
    expect(router.state.location.search).toBe('');
    const verzoek = verzoekenNaar(fetchMock, '/api/v1/zoekopdrachten').at(-1);
    expect(verzoek?.method).toBe('POST');
    expect(await verzoek?.clone().json()).toEqual({ zoekterm: 'sam 14-03-2017' });

    const leerlingen = await screen.findByRole('region', { name: 'Leerlingen' });
    expect(within(leerlingen).getByText('12 leerlingen gevonden; de eerste 1 staan hieronder. Maak uw zoekterm preciezer om te verfijnen.')).toBeDefined();
    expect(within(leerlingen).getByRole('link', { name: 'Sam de Vries' }).getAttribute('href')).toBe(`/leerlingen/${LEERLING_ID}`);
    expect(within(leerlingen).getByRole('listitem').textContent).toContain('geboren 14-03-2017');
    const arrangementen = screen.getByRole('region', { name: 'Arrangementen' });
    expect(within(arrangementen).getByText('1 arrangement gevonden.')).toBeDefined();
    expect(within(arrangementen).getByRole('link', { name: 'BS-2026-0417' }).getAttribute('href')).toBe(`/arrangementen/${ARRANGEMENT_ID}`);
    expect(within(screen.getByRole('region', { name: 'Aanbieders' })).getByText('Geen aanbieders gevonden.')).toBeDefined();
    expect(screen.getAllByRole('heading', { level: 2 }).map((kop) => kop.textContent)).toEqual(['Leerlingen', 'Arrangementen', 'Aanbieders']);
  });

  it('shows a beheerder only the aanbieders, which the API alone returns', async () => {
    mockArrangementApi(
      () =>
        jsonResponse({
          onderwijsbegeleidingsaanbieders: { totaal: 1, resultaten: [{ code: '123A456', naam: 'Visio Ambulante Dienst', href: '/onderwijsbegeleidingsaanbieders/123A456' }] },
        }),
      beheerder(),
    );
    renderApp('/beheer', aangemeld());

    await zoek('visio');

    const aanbieders = await screen.findByRole('region', { name: 'Aanbieders' });
    expect(within(aanbieders).getByRole('link', { name: 'Visio Ambulante Dienst' }).getAttribute('href')).toBe('/aanbieders/123A456');
    expect(screen.queryByRole('region', { name: 'Leerlingen' })).toBeNull();
    expect(screen.queryByRole('region', { name: 'Arrangementen' })).toBeNull();
  });

  it('lists every problem the API found with the term', async () => {
    mockArrangementApi(
      () =>
        probleem(
          {
            type: 'about:blank',
            title: 'Ongeldige invoer',
            status: 400,
            detail: 'De invoer klopt niet.',
            instance: '/api/v1/zoekopdrachten',
            traceId: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
            errors: [{ code: 'zoekterm-te-kort', detail: 'Typ minstens 2 tekens, of een geboortedatum als 14-03-2017.', pointer: '#/zoekterm' }],
          },
          400,
        ),
      medewerker(),
    );
    renderApp('/werkvoorraad', aangemeld());

    await zoek('s');

    expect(await screen.findByText('Controleer uw zoekterm.')).toBeDefined();
    expect(screen.getByText('Typ minstens 2 tekens, of een geboortedatum als 14-03-2017.')).toBeDefined();
  });

  it('explains itself when opened without a search', async () => {
    const fetchMock = mockArrangementApi(() => jsonResponse({}), medewerker());
    renderApp('/zoeken', aangemeld());
    expect(await screen.findByText(/Typ in het zoekvak bovenaan/)).toBeDefined();
    expect(verzoekenNaar(fetchMock, '/api/v1/zoekopdrachten')).toEqual([]);
  });

  it('gives the register-beheerder, who sees no samenwerkingsverband, no search box', async () => {
    mockArrangementApi(() => jsonResponse({}), registerBeheerder());
    renderApp('/zoeken', aangemeld());
    expect(await screen.findByText(/Typ in het zoekvak bovenaan/)).toBeDefined();
    // Signed in (the header names the person), so the roles are known.
    expect(await screen.findByText('Rik Register')).toBeDefined();
    expect(screen.queryByRole('search', { name: 'Zoeken in PassendOnderwijs' })).toBeNull();
  });
});
