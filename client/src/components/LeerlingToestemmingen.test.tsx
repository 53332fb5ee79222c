import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Toestemming } from '../api/ouders';
import { mockArrangementApi, verzoekenNaar } from '../test/arrangementApi';
import { FakeUserManager, testUser } from '../test/fakeUserManager';
import { jsonResponse, renderComponent } from '../test/renderApp';
import { LeerlingToestemmingen } from './LeerlingToestemmingen';

const LEERLING = '0197d3c4-1111-7a8b-9c0d-1e2f3a4b5c6d';
const PAD = `/api/v1/leerlingen/${LEERLING}/toestemmingen`;

const bas = { gebruikerId: '0197d3c4-3333-7a8b-9c0d-1e2f3a4b5c6d', aanbiederCode: '202B001', naam: 'Bas Bakker', organisatie: 'Klankkast Ambulante Dienst' };
const doorKarin: Toestemming = {
  id: '0197d3c4-4444-7a8b-9c0d-1e2f3a4b5c6d',
  leerlingId: LEERLING,
  ontvanger: bas,
  doel: 'Begeleiding in de klas.',
  gegevenDoor: 'Karin de Vries',
  wijze: 'ouderportaal',
  gegevenOp: '2027-03-14T09:00:00Z',
  actief: true,
};
const opPapier: Toestemming = {
  id: '0197d3c4-5555-7a8b-9c0d-1e2f3a4b5c6d',
  leerlingId: LEERLING,
  ontvanger: { aanbiederCode: '202B001', naam: 'Klankkast Ambulante Dienst' },
  doel: 'Observatie.',
  gegevenDoor: 'Peter de Vries',
  wijze: 'op-papier',
  gegevenOp: '2027-02-01T09:00:00Z',
  tot: '2027-07-15',
  actief: false,
  ingetrokkenOp: '2027-03-01T10:00:00Z',
  ingetrokkenDoor: "Ilse de IB'er",
};

function api(toestemmingen: Toestemming[]) {
  return mockArrangementApi((url, init) => {
    if (url.pathname === PAD && init?.method === 'POST') return jsonResponse({ ...doorKarin, wijze: 'op-papier', gegevenDoor: 'Eva de Vries' }, 201);
    if (url.pathname === `${PAD}/${doorKarin.id}`) return jsonResponse({ ...doorKarin, actief: false, ingetrokkenOp: '2027-03-15T09:00:00Z' });
    if (url.pathname === PAD)
      return jsonResponse({ toestemmingen, mogelijkeOntvangers: [{ ontvanger: bas, waarom: 'Het samenwerkingsverband heeft deze persoon bij uw kind betrokken.' }] });
    return jsonResponse({});
  });
}

describe('LeerlingToestemmingen (Toestemmingen van ouders) on the staff pupil page', () => {
  it('shows who may look, what for, given by whom and how on which day, until when, and who withdrew when', async () => {
    api([doorKarin, opPapier]);
    renderComponent(<LeerlingToestemmingen leerlingId={LEERLING} leerlingNaam="Sanne de Vries" magBeheren={false} />, new FakeUserManager(testUser()));

    const sectie = await screen.findByRole('region', { name: 'Toestemmingen van ouders' });
    const tabel = await within(sectie).findByRole('table', { name: 'Toestemmingen voor Sanne de Vries (2)' });
    const [, karin, papier] = within(tabel).getAllByRole('row');
    expect(within(karin!).getByRole('rowheader').textContent).toBe('Bas Bakker (Klankkast Ambulante Dienst)');
    expect(karin!.textContent).toContain('Begeleiding in de klas.');
    expect(karin!.textContent).toContain('Karin de Vries (ouder, in het ouderportaal), 14 maart 2027');
    expect(karin!.textContent).toContain('Tot intrekking');
    expect(karin!.textContent).toContain('Geldt');
    expect(within(papier!).getByRole('rowheader').textContent).toBe('Klankkast Ambulante Dienst');
    expect(papier!.textContent).toContain('Peter de Vries (op papier, vastgelegd door de school), 1 februari 2027');
    expect(papier!.textContent).toContain('15 juli 2027');
    expect(papier!.textContent).toContain("Ingetrokken door Ilse de IB'er op 1 maart 2027");
    expect(sectie.textContent).not.toContain('op-papier');
  });

  it('says so when no consent was given', async () => {
    api([]);
    renderComponent(<LeerlingToestemmingen leerlingId={LEERLING} leerlingNaam="Sanne de Vries" magBeheren={false} />, new FakeUserManager(testUser()));

    const sectie = await screen.findByRole('region', { name: 'Toestemmingen van ouders' });
    expect(await within(sectie).findByText('Voor Sanne de Vries is nog geen toestemming gegeven.')).toBeDefined();
  });

  it('lets the school record a consent signed on paper', async () => {
    const fetchMock = api([]);
    renderComponent(<LeerlingToestemmingen leerlingId={LEERLING} leerlingNaam="Sanne de Vries" magBeheren />, new FakeUserManager(testUser()));

    const sectie = await screen.findByRole('region', { name: 'Toestemmingen van ouders' });
    fireEvent.click(await within(sectie).findByRole('button', { name: 'Toestemming op papier vastleggen' }));
    const formulier = within(sectie).getByRole('form', { name: 'Toestemming op papier vastleggen' });
    fireEvent.change(within(formulier).getByRole('textbox', { name: /Ondertekend door/ }), { target: { value: 'Eva de Vries' } });
    fireEvent.change(within(formulier).getByRole('combobox', { name: /Wie mag meekijken/ }), { target: { value: bas.gebruikerId } });
    fireEvent.change(within(formulier).getByRole('textbox', { name: /Waarvoor/ }), { target: { value: 'Begeleiding in de klas.' } });
    fireEvent.click(within(formulier).getByRole('button', { name: 'Toestemming vastleggen' }));

    expect(await within(sectie).findByText('De toestemming voor Bas Bakker is vastgelegd.')).toBeDefined();
    const verzoek = verzoekenNaar(fetchMock, PAD).find((v) => v.method === 'POST');
    expect(await verzoek?.json()).toEqual({ ouderNaam: 'Eva de Vries', gebruikerId: bas.gebruikerId, aanbiederCode: null, doel: 'Begeleiding in de klas.', tot: null });
  });

  it('lets the school withdraw a consent on the ouders\' word, after a confirmation', async () => {
    const fetchMock = api([doorKarin, opPapier]);
    renderComponent(<LeerlingToestemmingen leerlingId={LEERLING} leerlingNaam="Sanne de Vries" magBeheren />, new FakeUserManager(testUser()));

    const sectie = await screen.findByRole('region', { name: 'Toestemmingen van ouders' });
    fireEvent.click(await within(sectie).findByRole('button', { name: 'Intrekken: toestemming voor Bas Bakker' }));
    expect(within(sectie).queryByRole('button', { name: 'Intrekken: toestemming voor Klankkast Ambulante Dienst' })).toBeNull();
    fireEvent.click(within(sectie).getByRole('button', { name: 'Ja, intrekken' }));

    expect(await within(sectie).findByText('Bas Bakker ziet Sanne de Vries niet meer.')).toBeDefined();
    expect(verzoekenNaar(fetchMock, `${PAD}/${doorKarin.id}`).at(0)?.method).toBe('DELETE');
  });
});
