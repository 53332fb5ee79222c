import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Document } from '../api/documenten';
import { arrangement, ARRANGEMENT_ID, ibEr, leerling, LEERLING_ID } from '../test/arrangementFixtures';
import { mockArrangementApi, probleem, verzoekenNaar } from '../test/arrangementApi';
import { vangDownloads } from '../test/downloads';
import { FakeUserManager, testUser } from '../test/fakeUserManager';
import { ongeldigeInvoer } from '../test/fixtures';
import { jsonResponse, renderApp } from '../test/renderApp';

const PAD = `/api/v1/leerlingen/${LEERLING_ID}`;
const ARRANGEMENT = '0197d3c4-7777-7a8b-9c0d-1e2f3a4b5c6d';

function document(overrides: Partial<Document> = {}): Document {
  return {
    id: '0197d3c4-6666-7a8b-9c0d-1e2f3a4b5c6d',
    leerlingId: LEERLING_ID,
    bestandsnaam: 'verslag groep 5.pdf',
    soort: 'pdf',
    mediatype: 'application/pdf',
    grootte: 2_516_582,
    sha256: 'a'.repeat(64),
    herkomst: 'upload',
    ontvangen: '2027-03-14T09:30:00Z',
    ontvangenDoor: { id: 'gebruiker-3', naam: "Ilse de IB'er" },
    ...overrides,
  };
}

const foto = document({
  id: '0197d3c4-8888-7a8b-9c0d-1e2f3a4b5c6d',
  bestandsnaam: 'werk.jpg',
  soort: 'jpeg',
  mediatype: 'image/jpeg',
  grootte: 12_800,
  zaak: { soort: 'arrangement', id: ARRANGEMENT },
});

/** The pupil page's API with the documents in `lijst`; `toevoegen` answers the upload. */
function api(lijst: Document[], toevoegen: (request: Request) => Response | Promise<Response> = () => new Response(null, { status: 500 }), ik = ibEr()) {
  return mockArrangementApi((url, request) => {
    if (url.pathname === PAD) return jsonResponse(leerling());
    if (url.pathname === `${PAD}/documenten` && request.method === 'GET') return jsonResponse({ documenten: lijst });
    if (url.pathname === `${PAD}/documenten` && request.method === 'POST') return toevoegen(request);
    if (url.pathname === `/api/v1/documenten/${foto.id}`) return new Response('JPEG', { status: 200, headers: { 'Content-Type': 'image/jpeg' } });
    if (url.pathname.endsWith('/deling')) {
      const index = lijst.findIndex((d) => url.pathname === `/api/v1/documenten/${d.id}/deling`);
      lijst[index] = { ...lijst[index]!, gedeeldMetOudersOp: request.method === 'POST' ? '2027-03-15T09:00:00Z' : null };
      return jsonResponse(lijst[index]);
    }
    if (url.pathname === '/api/v1/arrangementen/overzicht') return jsonResponse({ arrangementen: [] });
    return new Response(null, { status: 404 });
  }, ik);
}

async function openLeerling() {
  renderApp(`/leerlingen/${LEERLING_ID}`, new FakeUserManager(testUser()));
  await screen.findByRole('heading', { level: 1, name: 'Sam de Vries' });
  return screen.getByRole('region', { name: 'Documenten' });
}

describe('LeerlingDocumenten', () => {
  it('lists the documents with their kind in words, size, day, uploader and case, each with its own download', async () => {
    api([document(), foto]);
    const sectie = await openLeerling();

    const tabel = await within(sectie).findByRole('table', { name: 'Documenten van Sam de Vries (2)' });
    const rijen = within(tabel).getAllByRole('row').slice(1);
    expect(rijen.map((rij) => within(rij).getByRole('rowheader').textContent)).toEqual(['verslag groep 5.pdf', 'werk.jpg']);
    expect(within(rijen[0]!).getAllByRole('cell').map((cel) => cel.textContent).slice(0, 4)).toEqual([
      'PDF-document',
      '2,4 MB',
      "14 maart 2027, Ilse de IB'er",
      '—',
    ]);
    expect(within(rijen[1]!).getAllByRole('cell').map((cel) => cel.textContent).slice(0, 2)).toEqual(['JPEG-foto', '13 kB']);
    expect(within(rijen[1]!).getByRole('link', { name: 'Arrangement' }).getAttribute('href')).toBe(`/arrangementen/${ARRANGEMENT}`);
    expect(within(tabel).getAllByRole('button').map((knop) => knop.getAttribute('aria-label'))).toEqual([
      'Delen met ouders: verslag groep 5.pdf',
      'Download verslag groep 5.pdf',
      'Delen met ouders: werk.jpg',
      'Download werk.jpg',
    ]);
  });

  it('lets the school share a document with the ouders and stop again', async () => {
    const fetchMock = api([document()]);
    const sectie = await openLeerling();
    const tabel = await within(sectie).findByRole('table', { name: 'Documenten van Sam de Vries (1)' });
    expect(within(tabel).getByText('Niet gedeeld')).toBeDefined();

    fireEvent.click(within(tabel).getByRole('button', { name: 'Delen met ouders: verslag groep 5.pdf' }));
    expect(await within(sectie).findByText('De ouders zien verslag groep 5.pdf nu in het ouderportaal.')).toBeDefined();
    await within(tabel).findByText('Gedeeld sinds 15 maart 2027');

    fireEvent.click(within(tabel).getByRole('button', { name: 'Stop delen van verslag groep 5.pdf' }));
    expect(await within(sectie).findByText('De ouders zien verslag groep 5.pdf niet meer.')).toBeDefined();
    expect(verzoekenNaar(fetchMock, `/api/v1/documenten/${document().id}/deling`).map((r) => r.method)).toEqual(['POST', 'DELETE']);
  });

  it('downloads a document with the token and saves it under its own name', async () => {
    const fetchMock = api([foto]);
    const { maakUrl, klik } = vangDownloads();
    const sectie = await openLeerling();

    fireEvent.click(await within(sectie).findByRole('button', { name: 'Download werk.jpg' }));

    await waitFor(() => expect(klik).toHaveBeenCalledTimes(1));
    expect((klik.mock.contexts[0] as HTMLAnchorElement).download).toBe('werk.jpg');
    expect(await maakUrl.mock.calls[0]![0].text()).toBe('JPEG');
    const [verzoek] = verzoekenNaar(fetchMock, `/api/v1/documenten/${foto.id}`);
    expect(verzoek?.headers.get('Authorization')).toMatch(/^Bearer .+/);
  });

  it('sends the file itself with its type and name, and shows it in the list', async () => {
    const lijst: Document[] = [];
    let ontvangen: { type: string | null; dispositie: string | null; inhoud: string } | undefined;
    api(lijst, async (request) => {
      ontvangen = { type: request.headers.get('Content-Type'), dispositie: request.headers.get('Content-Disposition'), inhoud: await request.text() };
      const nieuw = document({ bestandsnaam: 'Verslag é.pdf' });
      lijst.push(nieuw);
      return jsonResponse(nieuw, 201);
    });
    const sectie = await openLeerling();
    expect(await within(sectie).findByText('Er zijn nog geen documenten bij Sam de Vries.')).toBeTruthy();

    const invoer = within(sectie).getByLabelText('Bestand');
    expect(invoer.getAttribute('accept')).toContain('.pdf');
    fireEvent.change(invoer, { target: { files: [new File(['%PDF-1.4'], 'Verslag é.pdf', { type: 'application/pdf' })] } });
    fireEvent.click(within(sectie).getByRole('button', { name: 'Document toevoegen' }));

    expect(await within(sectie).findByText('Verslag é.pdf is toegevoegd.')).toBeTruthy();
    expect(ontvangen).toEqual({ type: 'application/pdf', dispositie: "attachment; filename*=UTF-8''Verslag%20%C3%A9.pdf", inhoud: '%PDF-1.4' });
    expect(await within(sectie).findByRole('table', { name: 'Documenten van Sam de Vries (1)' })).toBeTruthy();
  });

  it('sends a file of another type as octet-stream and shows the API’s refusal at the file input', async () => {
    let type: string | null = null;
    api([], (request) => {
      type = request.headers.get('Content-Type');
      return probleem(
        ongeldigeInvoer(
          [{ code: 'documentsoort-niet-toegestaan', detail: 'Het bestand "pagina.html" is een webpagina (HTML).', pointer: '#/inhoud' }],
          `${PAD}/documenten`,
        ),
        400,
      );
    });
    const sectie = await openLeerling();

    const invoer = within(sectie).getByLabelText('Bestand');
    fireEvent.change(invoer, { target: { files: [new File(['<html>'], 'pagina.html', { type: 'text/html' })] } });
    fireEvent.click(within(sectie).getByRole('button', { name: 'Document toevoegen' }));

    const samenvatting = await within(sectie).findByRole('alert');
    expect(samenvatting.textContent).toContain('Het document is niet toegevoegd.');
    expect(within(samenvatting).getByRole('link', { name: 'Het bestand "pagina.html" is een webpagina (HTML).' })).toBeTruthy();
    expect(type).toBe('application/octet-stream');
    expect(invoer.getAttribute('aria-invalid')).toBe('true');
  });

  it('does not send a file over 10 MB and says why, as the API would', async () => {
    const fetchMock = api([]);
    const sectie = await openLeerling();

    const groot = new File(['x'], 'scan.pdf', { type: 'application/pdf' });
    Object.defineProperty(groot, 'size', { value: 10 * 1024 * 1024 + 1 });
    fireEvent.change(within(sectie).getByLabelText('Bestand'), { target: { files: [groot] } });
    fireEvent.click(within(sectie).getByRole('button', { name: 'Document toevoegen' }));

    const samenvatting = await within(sectie).findByRole('alert');
    expect(samenvatting.textContent).toContain('Een document is hoogstens 10 MB.');
    expect(verzoekenNaar(fetchMock, `${PAD}/documenten`).filter((verzoek) => verzoek.method === 'POST')).toEqual([]);
  });

  it('shows an expert the list without the upload form', async () => {
    api([document()], undefined, { ...ibEr(), rollen: ['expert'], vestigingen: [] });
    const sectie = await openLeerling();

    expect(await within(sectie).findByRole('table', { name: 'Documenten van Sam de Vries (1)' })).toBeTruthy();
    expect(within(sectie).queryByLabelText('Bestand')).toBeNull();
  });
});

/**
 * The arrangement page's API: the arrangement, and its documents for GET with `?arrangementId=` (any other filter is
 * a 400, as the API answers a list asked for wrongly); `toevoegen` answers the upload.
 */
function zaakApi(lijst: Document[], toevoegen: (request: Request, url: URL) => Response | Promise<Response> = () => new Response(null, { status: 500 })) {
  return mockArrangementApi((url, request) => {
    if (url.pathname === `/api/v1/arrangementen/${ARRANGEMENT_ID}`) return jsonResponse(arrangement());
    if (url.pathname === `${PAD}/documenten` && request.method === 'GET') {
      return url.search === `?arrangementId=${ARRANGEMENT_ID}` ? jsonResponse({ documenten: lijst }) : new Response(null, { status: 400 });
    }
    if (url.pathname === `${PAD}/documenten` && request.method === 'POST') return toevoegen(request, url);
    return jsonResponse({ items: [], arrangementen: [] });
  }, ibEr());
}

async function openArrangement() {
  renderApp(`/arrangementen/${ARRANGEMENT_ID}`, new FakeUserManager(testUser()));
  await screen.findByRole('heading', { level: 1, name: 'Arrangement voor Sam de Vries' });
  return screen.getByRole('region', { name: 'Documenten' });
}

const bijArrangement = (overrides: Partial<Document> = {}) => document({ zaak: { soort: 'arrangement', id: ARRANGEMENT_ID }, ...overrides });

describe('LeerlingDocumenten on the page of a case', () => {
  it('lists only the documents of this arrangement, asked for with its id, without repeating the case per row', async () => {
    const fetchMock = zaakApi([bijArrangement()]);
    const sectie = await openArrangement();

    const tabel = await within(sectie).findByRole('table', { name: 'Documenten bij dit arrangement (1)' });
    expect(within(tabel).getAllByRole('columnheader').map((kop) => kop.textContent)).toEqual(['Naam', 'Soort', 'Grootte', 'Toegevoegd', 'Acties']);
    expect(within(tabel).getByRole('rowheader').textContent).toBe('verslag groep 5.pdf');
    const [verzoek] = verzoekenNaar(fetchMock, `${PAD}/documenten`);
    expect(new URL(verzoek!.url).searchParams.get('arrangementId')).toBe(ARRANGEMENT_ID);
  });

  it('adds a file to this arrangement (its id on the upload) and shows it in the arrangement’s list', async () => {
    const lijst: Document[] = [];
    let zaakparameter: string | null = null;
    zaakApi(lijst, (_request, url) => {
      zaakparameter = url.searchParams.get('arrangementId');
      const nieuw = bijArrangement({ bestandsnaam: 'handelingsplan.pdf' });
      lijst.push(nieuw);
      return jsonResponse(nieuw, 201);
    });
    const sectie = await openArrangement();
    expect(await within(sectie).findByText('Nog geen documenten bij dit arrangement.')).toBeTruthy();
    expect(within(sectie).getByText('Het document komt in het dossier van Sam de Vries en hoort bij dit arrangement.')).toBeTruthy();

    fireEvent.change(within(sectie).getByLabelText('Bestand'), {
      target: { files: [new File(['%PDF-1.4'], 'handelingsplan.pdf', { type: 'application/pdf' })] },
    });
    fireEvent.click(within(sectie).getByRole('button', { name: 'Document toevoegen' }));

    expect(await within(sectie).findByText('handelingsplan.pdf is toegevoegd.')).toBeTruthy();
    expect(zaakparameter).toBe(ARRANGEMENT_ID);
    const tabel = await within(sectie).findByRole('table', { name: 'Documenten bij dit arrangement (1)' });
    expect(within(tabel).getByRole('rowheader').textContent).toBe('handelingsplan.pdf');
  });

  it('shows the API’s refusal of the case in the form’s error summary, and lists nothing new', async () => {
    const detail = 'Dit arrangement hoort bij een andere leerling; een document kan alleen bij een zaak van dezelfde leerling horen.';
    zaakApi([], () =>
      probleem(
        {
          type: 'urn:passendonderwijs:probleem:zaak-van-andere-leerling',
          title: 'Dit kan niet volgens de regels.',
          status: 422,
          detail,
          instance: `${PAD}/documenten`,
          errors: [{ code: 'zaak-van-andere-leerling', detail, pointer: '#/arrangementId' }],
        },
        422,
      ),
    );
    const sectie = await openArrangement();

    fireEvent.change(within(sectie).getByLabelText('Bestand'), { target: { files: [new File(['%PDF-1.4'], 'x.pdf', { type: 'application/pdf' })] } });
    fireEvent.click(within(sectie).getByRole('button', { name: 'Document toevoegen' }));

    const samenvatting = await within(sectie).findByRole('alert');
    expect(samenvatting.textContent).toContain('Het document is niet toegevoegd.');
    expect(within(samenvatting).getByText(detail)).toBeTruthy();
    expect(within(sectie).getByText('Nog geen documenten bij dit arrangement.')).toBeTruthy();
  });
});
