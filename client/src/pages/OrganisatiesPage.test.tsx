import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { beschrijving, probleem, verzoekenNaar } from '../test/arrangementApi';
import { mockBeheerApi } from '../test/beheerApi';
import { FakeUserManager, testUser } from '../test/fakeUserManager';
import { jsonResponse, renderApp } from '../test/renderApp';

const aangemeld = () => new FakeUserManager(testUser());

function api() {
  let pogingen = 0;
  return mockBeheerApi(async (url, request) => {
    if (url.pathname === '/api/v1/samenwerkingsverband') {
      return jsonResponse({ code: 'PO2705', naam: 'Demoregio', regios: [{ naam: 'Noord', lokaleNetwerken: ['Noord-West'] }], versie: 1});
    }
    if (url.pathname === '/api/v1/schoolbesturen' && request.method === 'POST') {
      const body = (await request.clone().json()) as { nummer: string; naam: string };
      return jsonResponse({ id: 'b-2', ...body}, 201);
    }
    if (url.pathname === '/api/v1/schoolbesturen') {
      return jsonResponse({ schoolbesturen: [{ id: 'b-1', nummer: '41234', naam: 'Stichting Primair'}] });
    }
    if (url.pathname === '/api/v1/scholen' && request.method === 'POST') {
      if (pogingen++ === 0) {
        return probleem(
          {
            type: 'about:blank',
            title: 'De invoer klopt niet.',
            status: 400,
            traceId: 't',
            errors: [{ code: 'ongeldige-vestigingcode', detail: 'Een vestiging heeft een code van BRIN en vestigingsnummer, zoals 12AB00.', pointer: '#/vestiging' }],
          },
          400,
        );
      }
      const body = (await request.clone().json()) as { vestiging: string; naam: string };
      return jsonResponse({ ...body, soort: 'SBO', schoolbestuur: '41234', ondersteuningsprofiel: {}, versie: 1}, 201);
    }
    if (url.pathname === '/api/v1/organisaties/import') return importeer(url, request);
    return jsonResponse({}, 404);
  });
}

const LEEG = { nieuw: 0, gewijzigd: 0, ongewijzigd: 0 };

/** The import: a file with "fout" in it has a problem on row 3; any other is one new bestuur with two new schools. */
async function importeer(url: URL, request: Request) {
  const proefrun = url.searchParams.get('proefrun') === 'true';
  const inhoud = await request.clone().text();
  const problemen = inhoud.includes('fout')
    ? [{ regel: 3, kolom: 'soort', code: 'onbekende-soort', melding: 'Kies een soort school, zoals basisonderwijs.' }]
    : [];
  return jsonResponse({
    proefrun,
    schoolbesturen: { ...LEEG, nieuw: 1 },
    scholen: { ...LEEG, nieuw: 2 },
    acties: [
      { regel: 2, soort: 'schoolbestuur', sleutel: '41001', actie: 'nieuw' },
      { regel: 2, soort: 'school', sleutel: '10AA01', actie: 'nieuw' },
      { regel: 3, soort: 'school', sleutel: '10AB00', actie: 'nieuw' },
    ],
    problemen,
  });
}

function kiesBestand(inhoud: string, naam = 'scholen.csv') {
  const formulier = screen.getByRole('form', { name: 'Een lijst importeren' });
  fireEvent.change(within(formulier).getByLabelText('Bestand'), { target: { files: [new File([inhoud], naam, { type: 'text/csv' })] } });
  fireEvent.click(within(formulier).getByRole('button', { name: 'Bestand controleren' }));
}

describe('OrganisatiesPage', () => {
  it('registers a schoolbestuur', async () => {
    const fetchMock = api();
    renderApp('/organisaties', aangemeld());
    const formulier = await screen.findByRole('form', { name: 'Schoolbestuur registreren' });

    fireEvent.change(within(formulier).getByLabelText('Bestuursnummer'), { target: { value: '41235' } });
    fireEvent.change(within(formulier).getByLabelText('Naam'), { target: { value: 'Stichting Samen' } });
    fireEvent.click(within(formulier).getByRole('button', { name: 'Schoolbestuur registreren' }));

    expect(await screen.findByText('Schoolbestuur Stichting Samen is geregistreerd.')).toBeDefined();
    const [verzoek] = verzoekenNaar(fetchMock, '/api/v1/schoolbesturen').filter((v) => v.method === 'POST');
    expect(await verzoek?.clone().json()).toEqual({ nummer: '41235', naam: 'Stichting Samen' });
  });

  it('registers a school with soort, bestuur, regio and lokaal netwerk chosen from labels', async () => {
    const fetchMock = api();
    renderApp('/organisaties', aangemeld());
    const formulier = await screen.findByRole('form', { name: 'School registreren' });
    await within(formulier).findByRole('option', { name: 'Stichting Primair (41234)' });
    await within(formulier).findByRole('option', { name: 'Noord' });

    fireEvent.change(within(formulier).getByLabelText('Vestigingscode'), { target: { value: '12AB0' } });
    fireEvent.change(within(formulier).getByLabelText('Naam'), { target: { value: 'SBO De Brug' } });
    fireEvent.change(within(formulier).getByLabelText('Soort school'), { target: { value: 'SBO' } });
    fireEvent.change(within(formulier).getByLabelText('Schoolbestuur'), { target: { value: '41234' } });
    fireEvent.change(within(formulier).getByLabelText('Regio (niet verplicht)'), { target: { value: 'Noord' } });
    fireEvent.change(within(formulier).getByLabelText('Lokaal netwerk (niet verplicht)'), { target: { value: 'Noord-West' } });
    fireEvent.click(within(formulier).getByRole('button', { name: 'School registreren' }));

    // In the summary at the top (a link to the field) and at the field itself.
    expect(await within(formulier).findAllByText(/Een vestiging heeft een code/)).toHaveLength(2);
    expect(beschrijving(within(formulier).getByLabelText('Vestigingscode'))).toContain('Een vestiging heeft een code');
    fireEvent.change(within(formulier).getByLabelText('Vestigingscode'), { target: { value: '12AB02' } });
    fireEvent.click(within(formulier).getByRole('button', { name: 'School registreren' }));

    expect(await screen.findByText('School SBO De Brug (12AB02) is geregistreerd.')).toBeDefined();
    const posts = verzoekenNaar(fetchMock, '/api/v1/scholen').filter((v) => v.method === 'POST');
    expect(await posts[1]?.clone().json()).toEqual({
      vestiging: '12AB02',
      naam: 'SBO De Brug',
      soort: 'SBO',
      schoolbestuur: '41234',
      regio: 'Noord',
      lokaalNetwerk: 'Noord-West',
    });
  });

  it('checks an import file first and lists its problems by row and column, with no way to import it', async () => {
    const fetchMock = api();
    renderApp('/organisaties', aangemeld());
    await screen.findByRole('form', { name: 'Een lijst importeren' });
    kiesBestand('bevoegd-gezagnummer;soort\n41001;fout');

    const problemen = await screen.findByRole('table', { name: 'Problemen in het bestand' });
    expect(within(problemen).getByRole('row', { name: '3 soort Kies een soort school, zoals basisonderwijs.' })).toBeDefined();
    expect(screen.getByText(/Er is 1 probleem in het bestand/)).toBeDefined();
    expect(screen.queryByRole('button', { name: 'Importeren' })).toBeNull();
    const [controle] = verzoekenNaar(fetchMock, '/api/v1/organisaties/import');
    expect(controle?.url).toContain('proefrun=true');
    expect(controle?.headers.get('Content-Type')).toBe('text/csv');
    expect(await controle?.clone().text()).toBe('bevoegd-gezagnummer;soort\n41001;fout');
  });

  it('imports a checked file without problems, as the same file, and says what it did', async () => {
    const fetchMock = api();
    renderApp('/organisaties', aangemeld());
    await screen.findByRole('form', { name: 'Een lijst importeren' });
    kiesBestand('bevoegd-gezagnummer;soort\n41001;BAO', 'scholen.xlsx');

    expect(await screen.findByText('Excel-bestand scholen.xlsx: 1 schoolbestuur (1 nieuw) en 2 scholen (2 nieuw). Er is nog niets veranderd.')).toBeDefined();
    const nieuw = screen.getByRole('table', { name: 'Nieuw en gewijzigd' });
    expect(within(nieuw).getByRole('row', { name: '3 School 10AB00 Nieuw' })).toBeDefined();
    fireEvent.click(screen.getByRole('button', { name: 'Importeren' }));

    expect(await screen.findByText('De import is doorgevoerd: 1 schoolbestuur (1 nieuw) en 2 scholen (2 nieuw).')).toBeDefined();
    const verzoeken = verzoekenNaar(fetchMock, '/api/v1/organisaties/import');
    expect(verzoeken.map((v) => new URL(v.url).searchParams.get('proefrun'))).toEqual(['true', 'false']);
    expect(verzoeken[1]?.headers.get('Content-Type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(screen.queryByRole('table', { name: 'Nieuw en gewijzigd' })).toBeNull();
  });
});

