import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Ik } from '../api/ik';
import { expert, ibEr } from '../test/arrangementFixtures';
import { mockArrangementApi, probleem, verzoekenNaar } from '../test/arrangementApi';
import { DOSSIER_ID, dossier } from '../test/dossierFixtures';
import { FakeUserManager, testUser } from '../test/fakeUserManager';
import { jsonResponse, renderApp } from '../test/renderApp';

const DOSSIERS = '/api/v1/dossiers';
const XML = '<?xml version="1.0" encoding="UTF-8"?><dossier/>';

function api(antwoord: (request: Request) => Response | Promise<Response>, ik: Ik = ibEr()) {
  return mockArrangementApi((url, request) => {
    if (url.pathname === DOSSIERS && request.method === 'POST') return antwoord(request);
    if (url.pathname === `${DOSSIERS}/${DOSSIER_ID}`) return jsonResponse(dossier());
    return jsonResponse({}, 404);
  }, ik);
}

async function openPagina() {
  const app = renderApp('/dossiers/nieuw', new FakeUserManager(testUser()));
  return { ...app, formulier: await screen.findByRole('form', { name: 'Dossier aanleveren' }) };
}

function kiesBestand(formulier: HTMLElement) {
  const invoer = within(formulier).getByLabelText('OSO-dossier (XML-bestand)');
  expect(invoer.getAttribute('accept')).toBe('.xml,application/xml,text/xml');
  fireEvent.change(invoer, { target: { files: [new File([XML], 'daan.xml', { type: 'text/xml' })] } });
}

describe('DossierAanleverenPage', () => {
  it("sends the file's bytes as application/xml and opens the dossier's report", async () => {
    const fetchMock = api(() => jsonResponse(dossier(), 201));
    const { formulier, router } = await openPagina();

    expect(screen.getByText('Het burgerservicenummer (BSN) en het onderwijsnummer worden nooit bewaard.')).toBeDefined();
    kiesBestand(formulier);
    fireEvent.click(within(formulier).getByRole('button', { name: 'Dossier aanleveren' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Overdrachtsdossier van Sam de Vries' })).toBeDefined();
    expect(router.state.location.pathname).toBe(`/dossiers/${DOSSIER_ID}`);
    expect(screen.getByText('Het dossier van Sam de Vries is ontvangen. Hieronder staat wat er is overgenomen.')).toBeDefined();
    const [verzoek] = verzoekenNaar(fetchMock, DOSSIERS).filter((r) => r.method === 'POST');
    expect(verzoek?.headers.get('Content-Type')).toBe('application/xml');
    expect(await verzoek?.clone().text()).toBe(XML);
    expect(new URL(verzoek!.url).search).toBe('');
  });

  it('lists every problem in the file with its line, position and XPath', async () => {
    api(() =>
      probleem(
        {
          type: 'urn:passendonderwijs:probleem:validatie',
          title: 'Het dossier is ongeldig.',
          status: 400,
          errors: [
            { code: 'xsd', detail: 'De geboortedatum is geen datum.', regel: 12, positie: 7, pad: '/dossier/leerling/geboortedatum' },
            { code: 'xsd', detail: 'Het geslacht ontbreekt.', regel: 14, positie: 3, pad: '/dossier/leerling' },
          ],
        },
        400,
      ),
    );
    const { formulier } = await openPagina();

    kiesBestand(formulier);
    fireEvent.click(within(formulier).getByRole('button', { name: 'Dossier aanleveren' }));

    const melding = await screen.findByRole('alert');
    expect(within(melding).getByRole('heading', { name: 'Het dossier is niet ingelezen: het bestand klopt niet.' })).toBeDefined();
    const regels = within(melding).getAllByRole('listitem').map((li) => li.textContent);
    expect(regels).toEqual([
      'De geboortedatum is geen datum.Op regel 12, positie 7 · /dossier/leerling/geboortedatum',
      'Het geslacht ontbreekt.Op regel 14, positie 3 · /dossier/leerling',
    ]);
    expect([...melding.querySelectorAll('code')].map((code) => code.textContent)).toEqual(['/dossier/leerling/geboortedatum', '/dossier/leerling']);
  });

  it('asks for the pupil when the API doubts the match, and sends the same file again for the chosen pupil', async () => {
    const twijfel = {
      type: 'urn:passendonderwijs:probleem:leerling-twijfelachtig',
      title: 'Het is niet zeker welke leerling dit is.',
      status: 422,
      detail: 'Twee leerlingen passen: Sam de Vries (0197d3c4-0000-7000-8000-000000000001) en Sam de Vries (0197d3c4-0000-7000-8000-000000000002).',
    };
    let keer = 0;
    const fetchMock = api(() => (++keer === 1 ? probleem(twijfel, 422) : jsonResponse(dossier(), 201)));
    const { formulier, router } = await openPagina();

    expect(within(formulier).queryByLabelText('Leerling-id')).toBeNull();
    kiesBestand(formulier);
    fireEvent.click(within(formulier).getByRole('button', { name: 'Dossier aanleveren' }));

    const melding = await screen.findByRole('alert');
    expect(within(melding).getByRole('heading', { name: 'Het is niet zeker bij welke leerling dit dossier hoort.' })).toBeDefined();
    expect(within(melding).getByText(twijfel.detail)).toBeDefined();
    fireEvent.change(within(formulier).getByLabelText('Leerling-id'), { target: { value: ' 0197d3c4-0000-7000-8000-000000000002 ' } });
    fireEvent.click(within(formulier).getByRole('button', { name: 'Opnieuw aanleveren voor deze leerling' }));

    await screen.findByRole('heading', { level: 1, name: 'Overdrachtsdossier van Sam de Vries' });
    expect(router.state.location.pathname).toBe(`/dossiers/${DOSSIER_ID}`);
    const posts = verzoekenNaar(fetchMock, DOSSIERS).filter((r) => r.method === 'POST');
    expect(posts.map((r) => new URL(r.url).searchParams.get('leerlingId'))).toEqual([null, '0197d3c4-0000-7000-8000-000000000002']);
    expect(await posts[1]?.clone().text()).toBe(XML);
  });

  it('says which samenwerkingsverband a dossier of the wrong sector is not for', async () => {
    api(() =>
      probleem(
        {
          type: 'urn:passendonderwijs:probleem:profiel-past-niet-bij-samenwerkingsverband',
          title: 'Het dossier past niet bij het samenwerkingsverband.',
          status: 422,
          detail: 'Dit is een dossier voor een samenwerkingsverband voortgezet onderwijs; PO2705 is primair onderwijs.',
        },
        422,
      ),
    );
    const { formulier } = await openPagina();

    kiesBestand(formulier);
    fireEvent.click(within(formulier).getByRole('button', { name: 'Dossier aanleveren' }));

    const melding = await screen.findByRole('alert');
    expect(within(melding).getByRole('heading', { name: 'Dit dossier past niet bij uw samenwerkingsverband.' })).toBeDefined();
    expect(within(melding).getByText(/PO2705 is primair onderwijs/)).toBeDefined();
    expect(within(formulier).queryByLabelText('Leerling-id')).toBeNull();
  });

  it('asks for a file before sending anything', async () => {
    const fetchMock = api(() => jsonResponse(dossier(), 201));
    const { formulier } = await openPagina();

    fireEvent.click(within(formulier).getByRole('button', { name: 'Dossier aanleveren' }));

    expect(await within(formulier).findByText('Kies het XML-bestand met het dossier.')).toBeDefined();
    expect(verzoekenNaar(fetchMock, DOSSIERS)).toEqual([]);
  });

  it('tells an expert that only school and SWV staff deliver dossiers', async () => {
    api(() => jsonResponse(dossier(), 201), expert());
    renderApp('/dossiers/nieuw', new FakeUserManager(testUser()));

    expect(await screen.findByText(/Alleen een medewerker van een school of van het samenwerkingsverband kan dossiers aanleveren/)).toBeDefined();
    expect(screen.queryByRole('form', { name: 'Dossier aanleveren' })).toBeNull();
  });
});
