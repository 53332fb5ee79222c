import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { beschrijving, probleem, verzoekenNaar } from '../test/arrangementApi';
import { mockBeheerApi } from '../test/beheerApi';
import { FakeUserManager, testUser } from '../test/fakeUserManager';
import { jsonResponse, renderApp } from '../test/renderApp';
import { netwerkenUit } from './IndelingPage';

const aangemeld = () => new FakeUserManager(testUser());

const swv = {
  code: 'PO2705',
  naam: 'Passend Onderwijs Demoregio',
  regios: [{ naam: 'Noord', lokaleNetwerken: ['Noord-West', 'Noord-Oost'] }],
  versie: 4,
};

function api(eerste?: () => Response) {
  let huidig = swv;
  let poging = 0;
  return mockBeheerApi(async (url, request) => {
    if (url.pathname === '/api/v1/samenwerkingsverband' && request.method === 'PUT') {
      if (poging++ === 0 && eerste) return eerste();
      const body = (await request.clone().json()) as typeof swv;
      huidig = { ...huidig, ...body, versie: huidig.versie + 1 };
      return jsonResponse(huidig);
    }
    if (url.pathname === '/api/v1/samenwerkingsverband') return jsonResponse(huidig);
    return jsonResponse({}, 404);
  });
}

describe('IndelingPage', () => {
  it('changes the name and the regio’s with their lokale netwerken, on the version shown', async () => {
    const fetchMock = api(() =>
      probleem(
        {
          type: 'about:blank',
          title: 'De invoer klopt niet.',
          status: 400,
          traceId: 't',
          errors: [{ code: 'naam-vereist', detail: 'Geef de naam van de regio.', pointer: '#/regios/1/naam' }],
        },
        400,
      ),
    );
    renderApp('/indeling', aangemeld());
    await screen.findByRole('heading', { level: 1, name: 'Passend Onderwijs Demoregio' });
    expect(screen.getByText('Noord').parentElement?.textContent).toBe('Noord: Noord-West, Noord-Oost');

    fireEvent.click(screen.getByRole('button', { name: 'Naam en indeling wijzigen' }));
    const formulier = screen.getByRole('form', { name: 'Naam en indeling wijzigen' });
    fireEvent.click(within(formulier).getByRole('button', { name: 'Regio toevoegen' }));
    const tweede = within(formulier).getByRole('group', { name: 'Regio 2' });
    fireEvent.click(within(formulier).getByRole('button', { name: 'Opslaan' }));

    const regioNaam = await within(tweede).findByLabelText('Naam van de regio');
    expect(beschrijving(regioNaam)).toContain('Geef de naam van de regio.');
    fireEvent.change(regioNaam, { target: { value: 'Zuid' } });
    fireEvent.change(within(tweede).getByLabelText('Lokale netwerken'), { target: { value: 'Zuid-West\n\n Zuid-Oost \n' } });
    fireEvent.click(within(formulier).getByRole('button', { name: 'Opslaan' }));

    expect(await screen.findByText('De indeling is opgeslagen.')).toBeDefined();
    expect(screen.getByText('Zuid').parentElement?.textContent).toBe('Zuid: Zuid-West, Zuid-Oost');
    const puts = verzoekenNaar(fetchMock, '/api/v1/samenwerkingsverband').filter((v) => v.method === 'PUT');
    expect(puts[1]?.headers.get('If-Match')).toBe('"4"');
    expect(await puts[1]?.clone().json()).toEqual({
      naam: 'Passend Onderwijs Demoregio',
      regios: [
        { naam: 'Noord', lokaleNetwerken: ['Noord-West', 'Noord-Oost'] },
        { naam: 'Zuid', lokaleNetwerken: ['Zuid-West', 'Zuid-Oost'] },
      ],
    });
  });

  it('says so when someone else saved first', async () => {
    api(() => probleem({ type: 'about:blank', title: 'Gewijzigd door een ander.', status: 412, traceId: 't' }, 412));
    renderApp('/indeling', aangemeld());
    await screen.findByRole('heading', { level: 1, name: 'Passend Onderwijs Demoregio' });

    fireEvent.click(screen.getByRole('button', { name: 'Naam en indeling wijzigen' }));
    fireEvent.click(screen.getByRole('button', { name: 'Regio 1 verwijderen' }));
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));

    expect((await screen.findByRole('alert')).textContent).toContain('Iemand anders heeft de indeling intussen gewijzigd.');
  });
});

describe('netwerkenUit', () => {
  it('takes one network per line, trimmed, without empty lines', () => {
    expect(netwerkenUit(' A \n\nB\n')).toEqual(['A', 'B']);
    expect(netwerkenUit('')).toEqual([]);
  });
});
