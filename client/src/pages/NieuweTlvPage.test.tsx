import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ibEr, leerling, LEERLING_ID, school } from '../test/arrangementFixtures';
import { probleem } from '../test/arrangementApi';
import { FakeUserManager, testUser } from '../test/fakeUserManager';
import { ongeldigeInvoer } from '../test/fixtures';
import { passendeSettingen } from '../test/matchingFixtures';
import { jsonResponse, mockFetch, renderApp } from '../test/renderApp';
import { TLV_ID, tlvAanvraag } from '../test/tlvFixtures';

const SCHOLEN = [
  school(),
  school({ vestiging: '34CD00', naam: 'SBO De Brug', soort: 'SBO' }),
  school({ vestiging: '56EF00', naam: 'SO Het Kompas', soort: 'SO' }),
];

/** The API for the form: the pupil Sam with one arrangement, three schools, and every POST to `aanvraag`. */
function api(aanvraag: (request: Request) => Response | Promise<Response>) {
  return mockFetch((url, request) => {
    if (url.pathname === '/api/v1/ik') return jsonResponse(ibEr());
    if (url.pathname === '/api/v1/scholen') return jsonResponse({ scholen: SCHOLEN, totaal: SCHOLEN.length });
    if (url.pathname === `/api/v1/leerlingen/${LEERLING_ID}`) return jsonResponse(leerling());
    if (url.pathname === `/api/v1/leerlingen/${LEERLING_ID}/passende-settingen`) return jsonResponse(passendeSettingen);
    if (url.pathname === '/api/v1/arrangementen/overzicht') {
      return jsonResponse({
        arrangementen: [{ id: 'arrangement-1', soort: 'onderwijsarrangement', ingangsdatum: '2026-01-01', einddatum: '2026-07-31' }],
      });
    }
    if (request.method === 'POST' && url.pathname === '/api/v1/toelaatbaarheidsverklaringen') return aanvraag(request);
    if (url.pathname === `/api/v1/toelaatbaarheidsverklaringen/${TLV_ID}`) return jsonResponse(tlvAanvraag());
    return jsonResponse({ items: [] });
  });
}

async function formulier() {
  renderApp(`/toelaatbaarheidsverklaringen/nieuw?leerling=${LEERLING_ID}`, new FakeUserManager(testUser()));
  const form = await screen.findByRole('form', { name: 'Toelaatbaarheidsverklaring aanvragen' });
  const keuze = within(form).getByRole('combobox', { name: 'Leerling' }) as HTMLInputElement;
  await waitFor(() => expect(keuze.value).toBe('Sam de Vries'));
  return form;
}

const opties = (select: HTMLElement) => within(select).getAllByRole('option').map((optie) => optie.textContent);

describe('NieuweTlvPage', () => {
  it('offers the categories and schools of the chosen soort, links an arrangement, and goes to the TLV with a message', async () => {
    let gestuurd: unknown;
    api(async (request) => {
      gestuurd = await request.json();
      return jsonResponse(tlvAanvraag(), 201);
    });
    const form = await formulier();
    const vul = (label: string, value: string) => fireEvent.change(within(form).getByLabelText(label), { target: { value } });

    expect(opties(within(form).getByLabelText('School'))).toEqual(['Kies eerst de soort']);
    vul('Soort toelaatbaarheid', 'SBO');
    expect((within(form).getByLabelText('Bekostigingscategorie') as HTMLSelectElement).value).toBe('NVT');
    expect(opties(within(form).getByLabelText('School'))).toEqual(['Kies een school', 'SBO De Brug (34CD00)']);
    vul('Soort toelaatbaarheid', 'SO');
    expect(opties(within(form).getByLabelText('Bekostigingscategorie'))).toEqual([
      'Kies een categorie',
      'Laag (categorie 1)',
      'Midden (categorie 2)',
      'Hoog (categorie 3)',
    ]);
    vul('Bekostigingscategorie', 'H');
    vul('School', '56EF00');
    vul('Ingangsdatum', '01-08-2027');
    vul('Aandacht en tijd', 'Een kleine groep.');
    vul('Basisondersteuning', 'Verlengde instructie.');
    vul('Extra ondersteuning', 'Een gedragsarrangement.');
    fireEvent.click(await within(form).findByRole('checkbox', { name: 'Onderwijsarrangement, 1 januari 2026 tot en met 31 juli 2026' }));
    vul('Visie van de ouders', 'Rust.');
    vul('Visie van de leerling', 'Minder kinderen.');
    fireEvent.click(within(form).getByRole('button', { name: 'Toelaatbaarheidsverklaring aanvragen' }));

    await screen.findByRole('heading', { level: 1, name: 'TLV voor Sam de Vries' });
    expect(screen.getByText('De toelaatbaarheidsverklaring is aangevraagd. Het samenwerkingsverband besluit uiterlijk 22 december 2026.')).toBeTruthy();
    expect(gestuurd).toMatchObject({
      leerlingId: LEERLING_ID,
      soort: 'SO',
      categorie: 'H',
      beoogdeSchool: { vestiging: '56EF00' },
      ingangsdatum: '2027-08-01',
      einddatum: null,
      arrangementen: ['arrangement-1'],
      visieOuders: 'Rust.',
    });
  });

  it('asks what fits the pupil in the form, and makes the SBO school it names the beoogde school with its soort', async () => {
    api(() => jsonResponse(tlvAanvraag(), 201));
    const form = await formulier();
    const panel = within(form).getByRole('region', { name: 'Wat past?' });

    fireEvent.click(within(panel).getByRole('button', { name: 'Bekijk wat past' }));
    fireEvent.click(await within(panel).findByRole('button', { name: 'Kies SBO De Brug als beoogde school' }));

    expect((within(form).getByLabelText('Soort toelaatbaarheid') as HTMLSelectElement).value).toBe('SBO');
    expect((within(form).getByLabelText('Bekostigingscategorie') as HTMLSelectElement).value).toBe('NVT');
    expect((within(form).getByLabelText('School') as HTMLSelectElement).value).toBe('34CD00');
    expect(within(form).getByText('SBO De Brug is de beoogde school. Vul de rest hieronder aan.').getAttribute('role')).toBe('status');
    // The pupil's own school needs no TLV, so it offers no choice here.
    expect(within(panel).getAllByRole('button', { name: /^Kies / })).toHaveLength(1);
  });

  it('shows each of the API’s problems at its field, the school outside the SWV at its BRIN', async () => {
    api(() =>
      probleem(
        ongeldigeInvoer(
          [
            { code: 'vereist', detail: 'Geef de vestiging van de beoogde school.', pointer: '#/beoogdeSchool/vestiging' },
            { code: 'vereist', detail: 'Geef de visie van de ouders.', pointer: '#/visieOuders' },
          ],
          '/api/v1/toelaatbaarheidsverklaringen',
        ),
        400,
      ),
    );
    const form = await formulier();
    fireEvent.click(within(form).getByRole('radio', { name: 'Buiten ons samenwerkingsverband' }));
    fireEvent.click(within(form).getByRole('button', { name: 'Toelaatbaarheidsverklaring aanvragen' }));

    await within(form).findByText('De toelaatbaarheidsverklaring is niet aangevraagd.');
    const brin = within(form).getByLabelText('BRIN-nummer');
    expect(brin.getAttribute('aria-invalid')).toBe('true');
    expect(brin.closest('.veld')?.textContent).toContain('Geef de vestiging van de beoogde school.');
    expect(within(form).getByLabelText('Visie van de ouders').closest('.veld')?.textContent).toContain('Geef de visie van de ouders.');
  });
});
