import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Tevredenheidsonderzoek, Tevredenheidsuitslag } from '../api/tevredenheid';
import { probleem, verzoekenNaar } from '../test/arrangementApi';
import { FakeUserManager, testUser } from '../test/fakeUserManager';
import { ibEr } from '../test/arrangementFixtures';
import { medewerker } from '../test/fixtures';
import { jsonResponse, mockFetch, renderApp } from '../test/renderApp';

const aangemeld = () => new FakeUserManager(testUser());

const ONDERZOEK: Tevredenheidsonderzoek = {
  id: 'o1',
  expertinzetId: 'i1',
  expertNaam: 'Eva Expert',
  expertisegebied: 'gedrag',
  vestiging: '12AB00',
  regio: 'Noord',
  verstuurdOp: '2026-12-03T10:00:00Z',
  beantwoord: false,
  versie: 4,
};

const UITSLAG: Tevredenheidsuitslag = {
  schooljaar: '2026-2027',
  vragen: ['werkwijze', 'bijdrage', 'bereikbaarheid', 'communicatie', 'snelheid'],
  verstuurd: 7,
  beantwoord: 6,
  perExpert: [
    { sleutel: 'e1', naam: 'Eva Expert', aantal: 5, onderdrukt: false, gemiddelden: { werkwijze: 4.2, bijdrage: 4, bereikbaarheid: 3.8, communicatie: 4.4, snelheid: 3 } },
    { sleutel: 'e2', naam: 'Hanna Hoogland', aantal: 1, onderdrukt: true },
  ],
  perExpertisegebied: [],
  perRegio: [],
};

function api(ik: ReturnType<typeof medewerker>) {
  return mockFetch(async (url, request) => {
    if (url.pathname === '/api/v1/ik') return jsonResponse(ik);
    if (url.pathname === '/api/v1/tevredenheidsonderzoeken') return jsonResponse({ onderzoeken: [ONDERZOEK] });
    if (url.pathname === '/api/v1/tevredenheidsuitslag') return jsonResponse(UITSLAG);
    if (url.pathname === '/api/v1/tevredenheidsonderzoeken/o1/antwoord' && request.method === 'POST') {
      return probleem(
        {
          type: 'urn:passendonderwijs:probleem:ongeldige-invoer',
          title: 'Ongeldige invoer',
          status: 400,
          errors: [{ code: 'score-vereist', detail: 'Geef een score van 1 tot en met 5.', pointer: '#/scores/snelheid' }],
        },
        400,
      );
    }
    return jsonResponse({}, 404);
  });
}

describe('TevredenheidPage', () => {
  it('lets the school answer with If-Match and shows a problem at its question', async () => {
    const fetchMock = api(ibEr());
    renderApp('/tevredenheid', aangemeld());

    const formulier = await screen.findByRole('form', { name: /^Onderzoek invullen: Inzet van Eva Expert \(Gedrag\)/ });
    const werkwijze = within(formulier).getByRole('group', { name: 'Hoe tevreden bent u over de werkwijze van de expert?' });
    fireEvent.click(within(werkwijze).getByRole('radio', { name: '4 – tevreden' }));
    fireEvent.click(within(formulier).getByRole('button', { name: 'Onderzoek versturen' }));

    const snelheid = within(formulier).getByRole('group', { name: 'Hoe tevreden bent u over hoe snel de expert werd ingezet?' });
    expect(await within(snelheid).findByText('Geef een score van 1 tot en met 5.')).toBeDefined();
    const [verzoek] = verzoekenNaar(fetchMock, '/api/v1/tevredenheidsonderzoeken/o1/antwoord');
    expect(verzoek?.headers.get('If-Match')).toBe('"4"');
    expect(await verzoek?.json()).toEqual({
      scores: { werkwijze: 4, bijdrage: null, bereikbaarheid: null, communicatie: null, snelheid: null },
      toelichting: null,
    });
    expect(screen.queryByRole('heading', { name: /^Uitslag/ })).toBeNull();
  });

  it('shows the beleidsmedewerker the averages with a comma and a small group without them', async () => {
    api({ ...medewerker(), functies: ['beleidsmedewerker'] });
    renderApp('/tevredenheid', aangemeld());

    const tabel = await screen.findByRole('table', { name: /^Per expert/ });
    const eva = within(tabel).getByRole('row', { name: /Eva Expert/ });
    expect(within(eva).getAllByRole('cell').map((c) => c.textContent)).toEqual(['5', '4,2', '4,0', '3,8', '4,4', '3,0']);
    const hanna = within(tabel).getByRole('row', { name: /Hanna Hoogland/ });
    expect(within(hanna).getAllByRole('cell').map((c) => c.textContent)).toEqual(['1 (te weinig om te tonen)', '–', '–', '–', '–', '–']);
    expect(screen.queryByRole('heading', { name: 'Antwoorden van scholen' })).toBeNull();
    expect(screen.getByText('6 van de 7 verstuurde onderzoeken zijn ingevuld.')).toBeDefined();
  });
});
