import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Ouder } from '../api/ouders';
import { actiefArrangement, ibEr, leerling, LEERLING_ID } from '../test/arrangementFixtures';
import { mockArrangementApi, verzoekenNaar } from '../test/arrangementApi';
import { FakeUserManager, testUser } from '../test/fakeUserManager';
import { medewerker } from '../test/fixtures';
import { jsonResponse, renderApp } from '../test/renderApp';

const PAD = `/api/v1/leerlingen/${LEERLING_ID}`;
const ILSE = { id: 'gebruiker-3', naam: "Ilse de IB'er" };

function ouder(overrides: Partial<Ouder> = {}): Ouder {
  return {
    id: '0197d3c4-6666-7a8b-9c0d-1e2f3a4b5c6d',
    leerlingId: LEERLING_ID,
    naam: 'Karin de Vries',
    email: 'karin@voorbeeld.nl',
    status: 'wacht-op-activering',
    gekoppeldDoor: ILSE,
    gekoppeldOp: '2026-11-24T09:15:00Z',
    ...overrides,
  };
}

/** The pupil page's API with the pupil's ouders in `lijst`, changed by the POSTs as the server would. */
function api(lijst: Ouder[], ik = ibEr(), bestaand = false) {
  return mockArrangementApi(async (url, request) => {
    if (url.pathname === PAD) return jsonResponse(leerling());
    if (url.pathname === '/api/v1/arrangementen/overzicht') return jsonResponse({ arrangementen: [actiefArrangement()] });
    if (url.pathname === `${PAD}/ouders` && request.method === 'GET') return jsonResponse({ ouders: lijst });
    if (url.pathname === `${PAD}/ouders` && request.method === 'POST') {
      const { naam, email } = (await request.clone().json()) as { naam: string; email: string };
      const nieuw = ouder({ naam: bestaand ? 'Karin de Vries' : naam, email, status: bestaand ? 'actief' : 'wacht-op-activering' });
      lijst.push(nieuw);
      return jsonResponse(
        bestaand ? { ouder: nieuw } : { ouder: nieuw, activatiecode: 'code-voor-karin', activatieGeldigTot: '2026-12-01T09:15:00Z' },
        201,
      );
    }
    if (url.pathname.endsWith('/activatiecode')) {
      return jsonResponse({ ouder: lijst[0], activatiecode: 'nieuwe-code', activatieGeldigTot: '2026-12-01T09:15:00Z' });
    }
    if (request.method === 'DELETE') {
      lijst.splice(0, 1);
      return new Response(null, { status: 204 });
    }
    return new Response(null, { status: 404 });
  }, ik);
}

async function openLeerling() {
  renderApp(`/leerlingen/${LEERLING_ID}`, new FakeUserManager(testUser()));
  await screen.findByRole('heading', { level: 1, name: 'Sam de Vries' });
  return screen.getByRole('region', { name: 'Ouders en verzorgers' });
}

describe('LeerlingOuders', () => {
  it('lets the school invite an ouder and shows the one-time code to pass on', async () => {
    const fetchMock = api([]);
    const sectie = await openLeerling();
    await within(sectie).findByText('Er is nog geen ouder of verzorger gekoppeld aan Sam de Vries.');

    fireEvent.click(within(sectie).getByRole('button', { name: 'Ouder uitnodigen' }));
    const formulier = within(sectie).getByRole('form', { name: 'Ouder uitnodigen' });
    fireEvent.change(within(formulier).getByLabelText('Naam'), { target: { value: 'Karin de Vries' } });
    fireEvent.change(within(formulier).getByLabelText('E-mailadres'), { target: { value: 'karin@voorbeeld.nl' } });
    fireEvent.click(within(formulier).getByRole('button', { name: 'Ouder uitnodigen' }));

    expect(await within(sectie).findByRole('heading', { name: 'Activeringscode voor Karin de Vries' })).toBeDefined();
    expect(within(sectie).getByText('code-voor-karin')).toBeDefined();
    const verzoek = verzoekenNaar(fetchMock, `${PAD}/ouders`).find((r) => r.method === 'POST');
    expect(await verzoek?.clone().json()).toEqual({ naam: 'Karin de Vries', email: 'karin@voorbeeld.nl' });
    const tabel = await within(sectie).findByRole('table', { name: 'Ouders en verzorgers van Sam de Vries (1)' });
    expect(within(tabel).getByText('Wacht op activering')).toBeDefined();
  });

  it('says so when the ouder already had an account: no code then', async () => {
    api([], ibEr(), true);
    const sectie = await openLeerling();
    fireEvent.click(await within(sectie).findByRole('button', { name: 'Ouder uitnodigen' }));
    const formulier = within(sectie).getByRole('form', { name: 'Ouder uitnodigen' });
    fireEvent.change(within(formulier).getByLabelText('Naam'), { target: { value: 'Karin' } });
    fireEvent.change(within(formulier).getByLabelText('E-mailadres'), { target: { value: 'karin@voorbeeld.nl' } });
    fireEvent.click(within(formulier).getByRole('button', { name: 'Ouder uitnodigen' }));

    expect(await within(sectie).findByText('Karin de Vries had al een account en ziet Sam de Vries nu ook in het ouderportaal.')).toBeDefined();
    expect(within(sectie).queryByRole('heading', { name: /Activeringscode/ })).toBeNull();
  });

  it('gives a new code while the account waits, and ends a link after a confirmation', async () => {
    const fetchMock = api([ouder()]);
    const sectie = await openLeerling();

    fireEvent.click(await within(sectie).findByRole('button', { name: 'Nieuwe code voor Karin de Vries' }));
    expect(await within(sectie).findByRole('heading', { name: 'Nieuwe activeringscode voor Karin de Vries' })).toBeDefined();
    expect(within(sectie).getByText('nieuwe-code')).toBeDefined();

    fireEvent.click(within(sectie).getByRole('button', { name: 'Ontkoppel Karin de Vries' }));
    fireEvent.click(within(sectie).getByRole('button', { name: 'Ja, ontkoppelen' }));
    expect(await within(sectie).findByText('Karin de Vries ziet Sam de Vries niet meer.')).toBeDefined();
    expect(verzoekenNaar(fetchMock, `${PAD}/ouders/${ouder().id}`).filter((r) => r.method === 'DELETE')).toHaveLength(1);
  });

  it('shows SWV staff who the ouders are, without the school’s actions', async () => {
    api([ouder({ status: 'actief' })], medewerker());
    const sectie = await openLeerling();
    const tabel = await within(sectie).findByRole('table', { name: 'Ouders en verzorgers van Sam de Vries (1)' });
    expect(within(tabel).getByText('Actief')).toBeDefined();
    expect(within(sectie).queryByRole('button')).toBeNull();
  });
});
