import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { components } from '../api/schema';
import { beschrijving, probleem, verzoekenNaar } from '../test/arrangementApi';
import { koppeling, mockBeheerApi } from '../test/beheerApi';
import { FakeUserManager, testUser } from '../test/fakeUserManager';
import { jsonResponse, renderApp } from '../test/renderApp';

type Abonnement = components['schemas']['Abonnement'];
type Afleverpoging = components['schemas']['Afleverpoging'];

const aangemeld = () => new FakeUserManager(testUser());
const PAD = '/api/v1/koppelingen/las-parnassys/abonnementen';
const TYPE = 'nl.passendonderwijs.arrangement.gewijzigd';

function abonnement(overrides: Partial<Abonnement> = {}): Abonnement {
  return {
    id: 'ab-1',
    clientId: 'las-parnassys',
    url: 'https://ontvanger.example/webhook',
    soorten: [TYPE],
    gepauzeerd: false,
    aangemaaktOp: '2027-03-14T09:15:00Z',
    versie: 3,
    ...overrides,
  };
}

function poging(overrides: Partial<Afleverpoging> = {}): Afleverpoging {
  return {
    id: 'p-1',
    afleveringId: 'af-1',
    notificatieId: 'n-1',
    type: TYPE,
    subject: '/api/v1/arrangementen/1',
    status: 'mislukt',
    op: '2027-03-14T10:00:00Z',
    statuscode: 500,
    duurMs: 120,
    ...overrides,
  };
}

function api() {
  let huidig: Abonnement[] = [abonnement()];
  let posts = 0;
  return mockBeheerApi(async (url, request) => {
    if (url.pathname === '/api/v1/notificatiesoorten') {
      return jsonResponse({
        soorten: [
          { type: TYPE, omschrijving: 'Een arrangement is gewijzigd', subject: '/api/v1/arrangementen/{id}', scope: 'arrangementen.lezen' },
          { type: 'nl.passendonderwijs.tlv.gewijzigd', omschrijving: 'Een TLV is gewijzigd', subject: '/api/v1/toelaatbaarheidsverklaringen/{id}', scope: 'tlv.lezen' },
        ],
      });
    }
    if (url.pathname === PAD && request.method === 'POST') {
      // The first attempt is refused, as the SSRF check refuses a host it cannot resolve; the second goes through.
      if (posts++ === 0) {
        return probleem(
          { type: 'about:blank', title: 'De invoer klopt niet.', status: 400, traceId: 't', errors: [{ code: 'url-niet-toegestaan', detail: 'De host van de URL is niet te vinden.', pointer: '#/url' }] },
          400,
        );
      }
      const body = (await request.clone().json()) as { url: string; soorten: string[] };
      const nieuw = abonnement({ id: 'ab-2', url: body.url, soorten: body.soorten });
      huidig = [...huidig, nieuw];
      return jsonResponse({ abonnement: nieuw, geheim: 'whsec_eenmalig' }, 201);
    }
    if (url.pathname === PAD) return jsonResponse({ abonnementen: huidig });
    if (url.pathname === `${PAD}/ab-1` && request.method === 'PUT') {
      const body = (await request.clone().json()) as { gepauzeerd: boolean };
      huidig = huidig.map((a) => (a.id === 'ab-1' ? { ...a, gepauzeerd: body.gepauzeerd, versie: a.versie + 1 } : a));
      return jsonResponse(huidig[0]);
    }
    if (url.pathname === `${PAD}/ab-1` && request.method === 'DELETE') {
      huidig = huidig.filter((a) => a.id !== 'ab-1');
      return new Response(null, { status: 204 });
    }
    if (url.pathname === `${PAD}/ab-1/geheimen`) {
      huidig = huidig.map((a) => (a.id === 'ab-1' ? { ...a, vorigGeheimGeldigTot: '2027-03-21T09:15:00Z' } : a));
      return jsonResponse({ abonnementId: 'ab-1', geheim: 'whsec_nieuw', vorigGeheimGeldigTot: '2027-03-21T09:15:00Z' }, 201);
    }
    if (url.pathname === `${PAD}/ab-1/geheimen/vorig`) {
      huidig = huidig.map((a) => (a.id === 'ab-1' ? { ...a, vorigGeheimGeldigTot: null } : a));
      return jsonResponse(huidig[0]);
    }
    if (url.pathname === `${PAD}/ab-1/afleverpogingen`) {
      return jsonResponse({
        pogingen: [
          poging(),
          poging({ id: 'p-2', op: '2027-03-14T09:30:00Z', statuscode: null, fout: 'Time-out na 10 seconden.' }),
          poging({ id: 'p-3', afleveringId: 'af-2', status: 'afgeleverd', statuscode: 204, op: '2027-03-14T09:20:00Z' }),
        ],
      });
    }
    if (url.pathname === `${PAD}/ab-1/afleveringen/af-1/opnieuw`) {
      return jsonResponse({ id: 'af-1', notificatieId: 'n-1', subject: '/api/v1/arrangementen/1', status: 'wachtend', pogingen: 0, volgendePogingOp: '2027-03-14T11:00:00Z' });
    }
    if (url.pathname === '/api/v1/koppelingen/las-parnassys') return jsonResponse(koppeling());
    return jsonResponse({}, 404);
  });
}

async function webhooks() {
  await screen.findByRole('heading', { level: 1, name: 'Koppeling ParnasSys' });
  return screen.getByRole('region', { name: 'Webhooks' });
}

describe('KoppelingWebhooks', () => {
  it('lists the abonnementen with their event types in Dutch and their state in words', async () => {
    api();
    renderApp('/koppelingen/las-parnassys', aangemeld());
    const sectie = await webhooks();

    const kaart = await within(sectie).findByRole('region', { name: 'Webhook naar https://ontvanger.example/webhook' });
    expect(await within(kaart).findByText('Een arrangement is gewijzigd')).toBeDefined();
    expect(within(kaart).getByText('Status').nextElementSibling?.textContent).toBe('Actief');
    expect(within(kaart).getByText('Toegevoegd op').nextElementSibling?.textContent).toBe('14 maart 2027');
  });

  it('adds an abonnement, shows the API refusal in the error summary and then the secret once', async () => {
    const fetchMock = api();
    renderApp('/koppelingen/las-parnassys', aangemeld());
    const sectie = await webhooks();

    fireEvent.click(within(sectie).getByRole('button', { name: 'Webhook toevoegen' }));
    const formulier = within(sectie).getByRole('form', { name: 'Webhook toevoegen' });
    fireEvent.change(within(formulier).getByLabelText(/^URL/), { target: { value: 'https://nergens.example/hook' } });
    fireEvent.click(await within(formulier).findByRole('checkbox', { name: /Een TLV is gewijzigd/ }));
    fireEvent.click(within(formulier).getByRole('button', { name: 'Webhook toevoegen' }));

    expect(await within(formulier).findByText('De webhook is niet toegevoegd.')).toBeDefined();
    expect(beschrijving(within(formulier).getByLabelText(/^URL/))).toContain('De host van de URL is niet te vinden.');
    fireEvent.click(within(formulier).getByRole('button', { name: 'Webhook toevoegen' }));

    const geheim = await screen.findByRole('region', { name: 'Geheim van de webhook naar https://nergens.example/hook' });
    expect(within(geheim).getByText('whsec_eenmalig')).toBeDefined();
    expect(screen.queryByRole('form', { name: 'Webhook toevoegen' })).toBeNull();
    const posts = verzoekenNaar(fetchMock, PAD).filter((v) => v.method === 'POST');
    expect(await posts[1]?.clone().json()).toEqual({ url: 'https://nergens.example/hook', soorten: ['nl.passendonderwijs.tlv.gewijzigd'] });
    expect(await screen.findByRole('region', { name: 'Webhook naar https://nergens.example/hook' })).toBeDefined();
  });

  it('pauses and resumes with If-Match from the version shown', async () => {
    const fetchMock = api();
    renderApp('/koppelingen/las-parnassys', aangemeld());
    const sectie = await webhooks();
    const kaart = await within(sectie).findByRole('region', { name: 'Webhook naar https://ontvanger.example/webhook' });

    fireEvent.click(within(kaart).getByRole('button', { name: 'Pauzeren' }));
    expect(await screen.findByText(/is gepauzeerd\./)).toBeDefined();
    await within(kaart).findByRole('button', { name: 'Hervatten' });
    expect(within(kaart).getByText('Status').nextElementSibling?.textContent).toMatch(/^Gepauzeerd/);
    fireEvent.click(within(kaart).getByRole('button', { name: 'Hervatten' }));
    await within(kaart).findByRole('button', { name: 'Pauzeren' });

    const puts = verzoekenNaar(fetchMock, `${PAD}/ab-1`).filter((v) => v.method === 'PUT');
    expect(puts.map((v) => v.headers.get('If-Match'))).toEqual(['"3"', '"4"']);
    expect(await puts[0]?.clone().json()).toEqual({ url: 'https://ontvanger.example/webhook', soorten: [TYPE], gepauzeerd: true });
  });

  it('rotates the secret, shows the new one once, and retires the old one', async () => {
    const fetchMock = api();
    renderApp('/koppelingen/las-parnassys', aangemeld());
    const sectie = await webhooks();
    const kaart = await within(sectie).findByRole('region', { name: 'Webhook naar https://ontvanger.example/webhook' });
    expect(within(kaart).queryByRole('button', { name: 'Vorig geheim intrekken' })).toBeNull();

    fireEvent.click(within(kaart).getByRole('button', { name: 'Nieuw geheim maken' }));
    const geheim = await within(kaart).findByRole('region', { name: 'Nieuw geheim van de webhook naar https://ontvanger.example/webhook' });
    expect(within(geheim).getByText('whsec_nieuw')).toBeDefined();
    expect(within(geheim).getByText(/werkt nog tot 21 maart 2027 om 10:15/)).toBeDefined();

    fireEvent.click(await within(kaart).findByRole('button', { name: 'Vorig geheim intrekken' }));
    expect(await screen.findByText(/Alleen het nieuwe geheim tekent nog\./)).toBeDefined();
    expect(verzoekenNaar(fetchMock, `${PAD}/ab-1/geheimen/vorig`).map((v) => v.method)).toEqual(['DELETE']);
  });

  it('ends an abonnement only after a confirmation', async () => {
    const fetchMock = api();
    renderApp('/koppelingen/las-parnassys', aangemeld());
    const sectie = await webhooks();
    const kaart = await within(sectie).findByRole('region', { name: 'Webhook naar https://ontvanger.example/webhook' });

    fireEvent.click(within(kaart).getByRole('button', { name: 'Webhook beëindigen' }));
    fireEvent.click(within(kaart).getByRole('button', { name: 'Annuleren' }));
    expect(verzoekenNaar(fetchMock, `${PAD}/ab-1`).filter((v) => v.method === 'DELETE')).toHaveLength(0);
    fireEvent.click(within(kaart).getByRole('button', { name: 'Webhook beëindigen' }));
    fireEvent.click(within(kaart).getByRole('button', { name: 'Ja, beëindigen' }));

    expect(await screen.findByText('De webhook naar https://ontvanger.example/webhook is beëindigd.')).toBeDefined();
    expect(await within(sectie).findByText('Deze koppeling heeft nog geen webhooks.')).toBeDefined();
  });

  it('shows the delivery log and delivers a failed aflevering again', async () => {
    const fetchMock = api();
    renderApp('/koppelingen/las-parnassys', aangemeld());
    const sectie = await webhooks();
    const kaart = await within(sectie).findByRole('region', { name: 'Webhook naar https://ontvanger.example/webhook' });

    fireEvent.click(within(kaart).getByRole('button', { name: 'Afleverlog tonen' }));
    const tabel = await within(kaart).findByRole('table');
    const rijen = within(tabel).getAllByRole('row').slice(1);
    expect(rijen.map((rij) => within(rij).getAllByRole('cell').slice(0, 3).map((c) => c.textContent))).toEqual([
      ['14 maart 2027 om 11:00', 'Een arrangement is gewijzigd', 'Mislukt (HTTP 500)'],
      ['14 maart 2027 om 10:30', 'Een arrangement is gewijzigd', 'Mislukt (Time-out na 10 seconden.)'],
      ['14 maart 2027 om 10:20', 'Een arrangement is gewijzigd', 'Gelukt (HTTP 204)'],
    ]);
    // One button per failed aflevering, not per attempt; none for the delivered one.
    expect(within(tabel).getAllByRole('button', { name: 'Opnieuw bezorgen' })).toHaveLength(1);
    fireEvent.click(within(tabel).getByRole('button', { name: 'Opnieuw bezorgen' }));

    expect(await within(kaart).findByText(/Het bericht wordt opnieuw bezorgd\./)).toBeDefined();
    expect(verzoekenNaar(fetchMock, `${PAD}/ab-1/afleveringen/af-1/opnieuw`).map((v) => v.method)).toEqual(['POST']);
  });
});
