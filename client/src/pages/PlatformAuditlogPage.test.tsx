import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { vandaagIso } from '../aanbiederWeergave';
import { verzoekenNaar } from '../test/arrangementApi';
import { auditRegel } from '../test/beheerApi';
import { csvBestand, vangDownloads } from '../test/downloads';
import { FakeUserManager, testUser } from '../test/fakeUserManager';
import { platformBeheerder } from '../test/fixtures';
import { jsonResponse, mockFetch, renderApp } from '../test/renderApp';

const aangemeld = () => new FakeUserManager(testUser());
/** The requests for the log itself, not for its choice of actors (/api/v1/platform-auditregels/actoren). */
const logVerzoeken = (fetchMock: ReturnType<typeof mockFetch>) =>
  verzoekenNaar(fetchMock, '/api/v1/platform-auditregels').filter((verzoek) => new URL(verzoek.url).pathname === '/api/v1/platform-auditregels');

const rik = { id: 'r1', email: 'rik@register.nl', naam: 'Rik Register', rol: 'register-beheerder', vestigingen: [], status: 'actief' };

function api() {
  return mockFetch((url) => {
    if (url.pathname === '/api/v1/ik') return jsonResponse(platformBeheerder());
    if (url.pathname === '/api/v1/platform-auditregels/actoren') {
      return jsonResponse({
        actoren: [
          { actor: 'gebruiker-4', actorSoort: 'gebruiker', naam: 'Pia Platform (pia@platform.nl)', ingetrokken: false, inHetLog: true },
          { actor: rik.id, actorSoort: 'gebruiker', naam: `${rik.naam} (${rik.email})`, ingetrokken: false, inHetLog: true },
          { actor: 'systeem', actorSoort: 'systeem', naam: 'systeem', ingetrokken: false, inHetLog: true },
        ],
      });
    }
    if (url.pathname === '/api/v1/platform-auditregels/export') return csvBestand();
    if (url.pathname === '/api/v1/platform-auditregels') {
      if (url.searchParams.get('cursor') === 'pagina-2') {
        return jsonResponse({ auditRegels: [auditRegel({ id: 'p-3', actie: 'lezen', resourceSoort: 'auditlog', resourceId: null })] });
      }
      const regels = [
        auditRegel({ id: 'p-1', actor: 'r1', actorNaam: 'Rik Register', actie: 'wijzigen', resourceSoort: 'aanbieder', resourceId: '123A456', doel: 'Beheer van het landelijke register' }),
        auditRegel({ id: 'p-2', actor: 'gebruiker-4', actorNaam: 'Pia Platform', actie: 'aanmaken', resourceSoort: 'expertise-waardelijst', resourceId: '2027-2028' }),
      ];
      const query = new URLSearchParams(url.searchParams);
      query.set('cursor', 'pagina-2');
      return new Response(JSON.stringify({ auditRegels: url.searchParams.has('actor') ? regels.slice(0, 1) : regels }), {
        status: 200,
        headers: { 'Content-Type': 'application/json', Link: `</api/v1/platform-auditregels?${query.toString()}>; rel="next"` },
      });
    }
    return jsonResponse({}, 404);
  });
}

describe('PlatformAuditlogPage', () => {
  it('is in the platform-beheerder menu and shows the records with labels, loading more by the Link header', async () => {
    const fetchMock = api();
    renderApp('/platform-auditlog', aangemeld());

    expect(await screen.findByRole('heading', { level: 1, name: 'Auditlog van het platform' })).toBeDefined();
    expect(document.title).toBe('Auditlog van het platform – PassendOnderwijs');
    const menu = screen.getByRole('navigation', { name: 'Hoofdmenu' });
    expect(within(menu).getByRole('link', { name: 'Auditlog van het platform' }).getAttribute('href')).toBe('/platform-auditlog');
    const tabel = await screen.findByRole('table', { name: 'Regels van het auditlog' });
    const [, eerste, tweede] = within(tabel).getAllByRole('row');
    expect(within(eerste!).getByText('Rik Register')).toBeDefined();
    expect(within(eerste!).getByText('Gewijzigd')).toBeDefined();
    expect(within(eerste!).getByText(/Aanbieder/)).toBeDefined();
    expect(within(tweede!).getByText(/Lijst van expertises/)).toBeDefined();
    expect(within(tweede!).getByText('14 maart 2027 om 10:15')).toBeDefined();
    expect(screen.getByText('2 regels geladen; er zijn er meer.')).toBeDefined();

    fireEvent.click(screen.getByRole('button', { name: 'Meer laden' }));

    expect(await within(tabel).findByText('Auditlog')).toBeDefined();
    const urls = logVerzoeken(fetchMock).map((v) => new URL(v.url));
    expect(urls.map((u) => u.searchParams.get('cursor'))).toEqual([null, 'pagina-2']);
  });

  it('filters by who acted, chosen by name among the platform accounts, and clears the filter again', async () => {
    const fetchMock = api();
    renderApp('/platform-auditlog', aangemeld());
    const formulier = await screen.findByRole('form', { name: 'Filteren' });
    const wie = within(formulier).getByLabelText('Wie') as HTMLSelectElement;
    await within(wie).findByRole('option', { name: 'Rik Register (rik@register.nl)' });
    expect([...wie.querySelectorAll('optgroup')].map((groep) => groep.label)).toEqual(['Accounts van het platform', 'Systeem']);

    fireEvent.change(wie, { target: { value: 'r1' } });
    fireEvent.click(within(formulier).getByRole('button', { name: 'Filteren' }));

    await waitFor(() => expect(screen.getByText('1 regel geladen; er zijn er meer.')).toBeDefined());
    const actoren = () => logVerzoeken(fetchMock).map((v) => new URL(v.url).searchParams.get('actor'));
    expect(actoren()).toEqual([null, 'r1']);

    fireEvent.click(within(formulier).getByRole('button', { name: 'Filters wissen' }));

    expect(wie.value).toBe('');
    await waitFor(() => expect(screen.getByText('2 regels geladen; er zijn er meer.')).toBeDefined());
  });

  it('exports the log with the current filter, downloading platform-auditlog-<date>.csv with the bearer token', async () => {
    const { klik } = vangDownloads();
    const fetchMock = api();
    renderApp('/platform-auditlog', aangemeld());
    const formulier = await screen.findByRole('form', { name: 'Filteren' });
    const wie = within(formulier).getByLabelText('Wie') as HTMLSelectElement;
    await within(wie).findByRole('option', { name: 'Rik Register (rik@register.nl)' });
    fireEvent.change(wie, { target: { value: 'r1' } });
    fireEvent.click(within(formulier).getByRole('button', { name: 'Filteren' }));
    await waitFor(() => expect(screen.getByText('1 regel geladen; er zijn er meer.')).toBeDefined());

    const exporteren = screen.getByRole('region', { name: 'Exporteren' });
    fireEvent.click(within(exporteren).getByRole('button', { name: 'Exporteren als CSV' }));

    await waitFor(() => expect(klik).toHaveBeenCalledTimes(1));
    expect((klik.mock.contexts[0] as HTMLAnchorElement).download).toBe(`platform-auditlog-${vandaagIso()}.csv`);
    const [verzoek] = verzoekenNaar(fetchMock, '/api/v1/platform-auditregels/export');
    expect(Object.fromEntries(new URL(verzoek!.url).searchParams)).toEqual({ actor: 'r1' });
    expect(verzoek!.headers.get('Accept')).toBe('text/csv');
    expect(verzoek!.headers.get('Authorization')).toBe('Bearer token-1');
    vi.restoreAllMocks();
  });
});
