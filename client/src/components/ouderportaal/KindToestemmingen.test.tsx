import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Toestemming } from '../../api/ouders';
import { mockArrangementApi, verzoekenNaar } from '../../test/arrangementApi';
import { FakeUserManager, testUser } from '../../test/fakeUserManager';
import { jsonResponse, renderComponent } from '../../test/renderApp';
import { KindToestemmingen } from './KindToestemmingen';

const KIND = '0197d3c4-1111-7a8b-9c0d-1e2f3a4b5c6d';
const BAS = '0197d3c4-3333-7a8b-9c0d-1e2f3a4b5c6d';
const TOESTEMMING = '0197d3c4-4444-7a8b-9c0d-1e2f3a4b5c6d';
const PAD = `/api/v1/ouderportaal/kinderen/${KIND}/toestemmingen`;

const ontvanger = { gebruikerId: BAS, aanbiederCode: '202B001', naam: 'Bas Bakker', organisatie: 'Klankkast Ambulante Dienst' };
const gegeven: Toestemming = {
  id: TOESTEMMING,
  leerlingId: KIND,
  ontvanger,
  doel: 'Begeleiding in de klas.',
  gegevenDoor: 'Karin de Vries',
  wijze: 'ouderportaal',
  gegevenOp: '2027-03-14T09:00:00Z',
  actief: true,
};

function api(toestemmingen: () => Toestemming[]) {
  return mockArrangementApi((url, init) => {
    if (url.pathname === PAD && init?.method === 'POST') return jsonResponse(gegeven, 201);
    if (url.pathname === `${PAD}/${TOESTEMMING}`) return jsonResponse({ ...gegeven, actief: false, ingetrokkenOp: '2027-03-15T09:00:00Z' });
    if (url.pathname === PAD)
      return jsonResponse({ toestemmingen: toestemmingen(), mogelijkeOntvangers: [{ ontvanger, waarom: 'Het samenwerkingsverband heeft deze persoon bij uw kind betrokken.' }] });
    return jsonResponse({});
  });
}

describe('KindToestemmingen (Wie mag meekijken) on the child page of the ouderportaal', () => {
  it('gives consent for someone involved, after a confirmation', async () => {
    const fetchMock = api(() => []);
    renderComponent(<KindToestemmingen leerlingId={KIND} voornaam="Sanne" />, new FakeUserManager(testUser()));

    const sectie = await screen.findByRole('region', { name: 'Wie mag meekijken' });
    expect(await within(sectie).findByText(/Nu mag niemand van buiten/)).toBeDefined();
    fireEvent.click(within(sectie).getByRole('radio', { name: /Bas Bakker \(Klankkast Ambulante Dienst\)/ }));
    fireEvent.change(within(sectie).getByRole('textbox', { name: 'Waarvoor geeft u toestemming?' }), { target: { value: 'Begeleiding in de klas.' } });
    fireEvent.click(within(sectie).getByRole('button', { name: 'Toestemming geven' }));
    fireEvent.click(within(sectie).getByRole('button', { name: 'Ja, geef toestemming' }));

    expect(await within(sectie).findByText('U heeft toestemming gegeven aan Bas Bakker.')).toBeDefined();
    const verzoek = verzoekenNaar(fetchMock, PAD).find((v) => v.method === 'POST');
    expect(await verzoek?.json()).toEqual({ gebruikerId: BAS, aanbiederCode: null, doel: 'Begeleiding in de klas.' });
  });

  it('shows who may look, from which organisation, why and since when, and withdraws after a confirmation', async () => {
    const fetchMock = api(() => [gegeven]);
    renderComponent(<KindToestemmingen leerlingId={KIND} voornaam="Sanne" />, new FakeUserManager(testUser()));

    const sectie = await screen.findByRole('region', { name: 'Wie mag meekijken' });
    expect(await within(sectie).findByText('Bas Bakker (Klankkast Ambulante Dienst)')).toBeDefined();
    expect(within(sectie).getByText('Waarvoor: Begeleiding in de klas.')).toBeDefined();
    expect(within(sectie).getByText(/Gegeven door Karin de Vries op 14 maart 2027/)).toBeDefined();
    fireEvent.click(within(sectie).getByRole('button', { name: 'Toestemming intrekken voor Bas Bakker' }));
    fireEvent.click(within(sectie).getByRole('button', { name: 'Ja, trek in' }));

    await within(sectie).findByRole('button', { name: 'Toestemming intrekken voor Bas Bakker' });
    expect(verzoekenNaar(fetchMock, `${PAD}/${TOESTEMMING}`).at(0)?.method).toBe('DELETE');
  });
});
