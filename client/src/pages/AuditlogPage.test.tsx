import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { volgendeCursor } from '../api/audit';
import { vandaagIso } from '../aanbiederWeergave';
import { probleem, verzoekenNaar } from '../test/arrangementApi';
import { auditRegel, mockBeheerApi } from '../test/beheerApi';
import { FakeUserManager, testUser } from '../test/fakeUserManager';
import { jsonResponse, type mockFetch, renderApp } from '../test/renderApp';

const aangemeld = () => new FakeUserManager(testUser('token-beheer'));
/** The requests for the log itself, not for its choice of actors (/api/v1/auditregels/actoren). */
const logVerzoeken = (fetchMock: ReturnType<typeof mockFetch>) =>
  verzoekenNaar(fetchMock, '/api/v1/auditregels').filter((verzoek) => new URL(verzoek.url).pathname === '/api/v1/auditregels');

function api(opties: { export?: () => Response } = {}) {
  return mockBeheerApi((url) => {
    if (url.pathname === '/api/v1/auditregels/actoren') {
      return jsonResponse({
        actoren: [
          { actor: 'g-1', actorSoort: 'gebruiker', naam: 'Iris Bakker (ib@regenboog.nl)', ingetrokken: false, inHetLog: true },
          { actor: 'las-magister', actorSoort: 'client', naam: 'Magister', ingetrokken: true, inHetLog: true },
          { actor: 'las-parnassys', actorSoort: 'client', naam: 'ParnasSys', ingetrokken: false, inHetLog: false },
          { actor: 'p-1', actorSoort: 'gebruiker', naam: 'Pia Platform', ingetrokken: false, inHetLog: true },
        ],
      });
    }
    if (url.pathname === '/api/v1/auditregels/export') {
      return opties.export?.() ?? new Response('id,op\r\n"1","2"\r\n', { status: 200, headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
    }
    if (url.pathname === '/api/v1/auditregels') {
      if (url.searchParams.get('cursor') === 'pagina-2') {
        return jsonResponse({ auditRegels: [auditRegel({ id: 'r-3', actie: 'lezen', resourceSoort: 'auditlog', resourceId: null })] });
      }
      return new Response(
        JSON.stringify({
          auditRegels: [
            auditRegel(),
            auditRegel({ id: 'r-2', actorSoort: 'client', actor: 'las-parnassys', actorNaam: null, actie: 'lezen', resourceSoort: 'leerling', resourceId: 'l-1', leerlingId: 'l-1' }),
          ],
          volgendeCursor: 'pagina-2',
        }),
        {
          status: 200,
          headers: { 'Content-Type': 'application/json', Link: `</api/v1/auditregels?${url.searchParams.toString()}&cursor=pagina-2>; rel="next"` },
        },
      );
    }
    return jsonResponse({}, 404);
  });
}

describe('AuditlogPage', () => {
  it('shows the records with labels and Dutch dates, and loads more by the Link header', async () => {
    const fetchMock = api();
    renderApp('/auditlog', aangemeld());

    const tabel = await screen.findByRole('table', { name: 'Regels van het auditlog' });
    const eerste = within(tabel).getAllByRole('row')[1]!;
    expect(within(eerste).getByText('14 maart 2027 om 10:15')).toBeDefined();
    expect(within(eerste).getByText('Bea Beheerder')).toBeDefined();
    expect(within(eerste).getByText('Aangemaakt')).toBeDefined();
    expect(within(eerste).getByText(/Koppeling/)).toBeDefined();
    expect(within(tabel).getByText('Koppeling las-parnassys')).toBeDefined();
    expect(within(tabel).getByText('Gelezen', { selector: 'td' })).toBeDefined();

    fireEvent.click(screen.getByRole('button', { name: 'Meer laden' }));

    expect(await within(tabel).findByText('Auditlog')).toBeDefined();
    expect(screen.queryByRole('button', { name: 'Meer laden' })).toBeNull();
    const urls = logVerzoeken(fetchMock).map((v) => new URL(v.url));
    expect(urls.map((u) => u.searchParams.get('cursor'))).toEqual([null, 'pagina-2']);
  });

  it('offers everyone the log names to filter on: accounts, koppelingen, a revoked one marked, others who acted here', async () => {
    const fetchMock = api();
    renderApp('/auditlog', aangemeld());
    const formulier = await screen.findByRole('form', { name: 'Filteren' });
    const wie = within(formulier).getByLabelText('Wie') as HTMLSelectElement;
    await within(wie).findByRole('option', { name: 'Magister (ingetrokken)' });

    const groepen = [...wie.querySelectorAll('optgroup')].map((groep) => [groep.label, [...groep.querySelectorAll('option')].map((o) => o.textContent)]);
    expect(groepen).toEqual([
      ['Accounts', ['Iris Bakker (ib@regenboog.nl)', 'Pia Platform']],
      ['Koppelingen', ['Magister (ingetrokken)', 'ParnasSys']],
    ]);

    fireEvent.change(wie, { target: { value: 'las-magister' } });
    fireEvent.click(within(formulier).getByRole('button', { name: 'Filteren' }));

    await waitFor(() =>
      expect(logVerzoeken(fetchMock).map((v) => new URL(v.url).searchParams.get('actor'))).toContain('las-magister'),
    );
  });

  it('filters by actor (chosen by name), pupil, kind of data and days', async () => {
    const fetchMock = api();
    renderApp('/auditlog', aangemeld());
    const formulier = await screen.findByRole('form', { name: 'Filteren' });
    await within(formulier).findByRole('option', { name: 'Iris Bakker (ib@regenboog.nl)' });

    fireEvent.change(within(formulier).getByLabelText('Wie'), { target: { value: 'g-1' } });
    fireEvent.change(within(formulier).getByLabelText('Leerling-id', { exact: false }), { target: { value: ' l-1 ' } });
    fireEvent.change(within(formulier).getByLabelText('Soort gegevens'), { target: { value: 'koppeling' } });
    fireEvent.change(within(formulier).getByLabelText('Vanaf'), { target: { value: '1-3-2027' } });
    fireEvent.change(within(formulier).getByLabelText('Tot en met'), { target: { value: '14032027' } });
    fireEvent.click(within(formulier).getByRole('button', { name: 'Filteren' }));

    await waitFor(() => expect(logVerzoeken(fetchMock)).toHaveLength(2));
    const url = new URL(logVerzoeken(fetchMock)[1]!.url);
    expect(Object.fromEntries(url.searchParams)).toEqual({ actor: 'g-1', leerling: 'l-1', resourceSoort: 'koppeling', van: '2027-03-01', tot: '2027-03-14' });
  });

  it('reads dates as dd-mm-jjjj whatever the browser language, and sends nothing it cannot read', async () => {
    const fetchMock = api();
    renderApp('/auditlog', aangemeld());
    const formulier = await screen.findByRole('form', { name: 'Filteren' });
    await waitFor(() => expect(logVerzoeken(fetchMock)).toHaveLength(1));

    const van = within(formulier).getByLabelText('Vanaf');
    fireEvent.change(van, { target: { value: '03-14-2027' } });
    fireEvent.click(within(formulier).getByRole('button', { name: 'Filteren' }));

    expect(await within(formulier).findByText('Een maand is een getal van 1 tot en met 12; 03-14-2027 is geen datum.')).toBeDefined();
    expect(van.getAttribute('aria-invalid')).toBe('true');
    expect(logVerzoeken(fetchMock)).toHaveLength(1);
  });

  it('exports only for one actor or pupil, downloading auditlog-<date>.csv with the bearer token', async () => {
    const fetchMock = api();
    const maakUrl = vi.fn((_blob: Blob) => 'blob:auditlog');
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: maakUrl, revokeObjectURL: vi.fn() }));
    const klik = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    renderApp('/auditlog', aangemeld());
    const formulier = await screen.findByRole('form', { name: 'Filteren' });
    const exporteer = screen.getByRole('button', { name: 'Exporteren als CSV' });
    expect((exporteer as HTMLButtonElement).disabled).toBe(true);

    await within(formulier).findByRole('option', { name: 'ParnasSys' });
    fireEvent.change(within(formulier).getByLabelText('Wie'), { target: { value: 'las-parnassys' } });
    fireEvent.click(within(formulier).getByRole('button', { name: 'Filteren' }));
    await waitFor(() => expect((exporteer as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(exporteer);

    await waitFor(() => expect(klik).toHaveBeenCalledTimes(1));
    const link = klik.mock.contexts[0] as HTMLAnchorElement;
    expect(link.download).toBe(`auditlog-${vandaagIso()}.csv`);
    expect(link.href).toBe('blob:auditlog');
    expect(await maakUrl.mock.calls[0]![0].text()).toContain('id,op');
    const [verzoek] = verzoekenNaar(fetchMock, '/api/v1/auditregels/export');
    expect(new URL(verzoek!.url).searchParams.get('actor')).toBe('las-parnassys');
    expect(verzoek!.headers.get('Accept')).toBe('text/csv');
    expect(verzoek!.headers.get('Authorization')).toBe('Bearer token-beheer');
    klik.mockRestore();
  });

  it("shows the API's reason when the export is refused", async () => {
    api({
      export: () =>
        probleem(
          {
            type: 'about:blank',
            title: 'De invoer klopt niet.',
            status: 400,
            traceId: 't',
            errors: [{ code: 'omgekeerde-periode', detail: 'De einddatum (tot) ligt voor de begindatum (van).', parameter: 'tot' }],
          },
          400,
        ),
    });
    renderApp('/auditlog', aangemeld());
    const formulier = await screen.findByRole('form', { name: 'Filteren' });
    await within(formulier).findByRole('option', { name: 'ParnasSys' });
    fireEvent.change(within(formulier).getByLabelText('Wie'), { target: { value: 'las-parnassys' } });
    fireEvent.click(within(formulier).getByRole('button', { name: 'Filteren' }));
    const exporteer = screen.getByRole('button', { name: 'Exporteren als CSV' });
    await waitFor(() => expect((exporteer as HTMLButtonElement).disabled).toBe(false));

    fireEvent.click(exporteer);

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('De export is niet gelukt.');
    expect(alert.textContent).toContain('De einddatum (tot) ligt voor de begindatum (van).');
  });
});

describe('volgendeCursor', () => {
  it('reads the cursor of rel="next" and nothing else', () => {
    expect(volgendeCursor('</api/v1/auditregels?actor=a&cursor=abc%3D>; rel="next"')).toBe('abc=');
    expect(volgendeCursor('</x?cursor=oud>; rel="prev", </x?cursor=nieuw>; rel="next"')).toBe('nieuw');
    expect(volgendeCursor(null)).toBeUndefined();
    expect(volgendeCursor('</x?cursor=oud>; rel="prev"')).toBeUndefined();
  });
});
