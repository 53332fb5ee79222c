import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Middelentoekenning, Verantwoording } from '../api/middelen';
import { ibEr } from '../test/arrangementFixtures';
import { beschrijving, mockArrangementApi, probleem, verzoekenNaar } from '../test/arrangementApi';
import { FakeUserManager, testUser } from '../test/fakeUserManager';
import { medewerker } from '../test/fixtures';
import { jsonResponse, renderApp } from '../test/renderApp';

const aangemeld = () => new FakeUserManager(testUser());
const ilse = () => ({ ...ibEr(), scholen: [{ vestiging: '12AB00', naam: 'Basisschool De Regenboog' }] });

function toekenning(overrides: Partial<Middelentoekenning> = {}): Middelentoekenning {
  return {
    id: 'toekenning-1',
    schoolbestuurId: 'bestuur-1',
    schoolbestuurNaam: 'Stichting Primair',
    jaar: 2024,
    bedrag: 90000,
    verdeelsleutel: 'per-leerling-op-teldatum',
    scholen: [],
    geschiedenis: [],
    versie: 1,
    ...overrides,
  };
}

function verantwoording(overrides: Partial<Verantwoording> = {}): Verantwoording {
  return {
    id: 'verantwoording-1',
    toekenningId: 'toekenning-1',
    schoolbestuurId: 'bestuur-1',
    schoolbestuurNaam: 'Stichting Primair',
    jaar: 2024,
    status: 'concept',
    regels: [
      { niveau: 'groep', vestiging: '12AB00', schoolNaam: 'Basisschool De Regenboog', groep: '6', doel: 'Lezen', interventies: 'Leesgroep', besteed: 100000, resultaten: 'Beter' },
    ],
    leerlingregels: [],
    toegekend: 90000,
    besteed: 100000,
    overschreden: true,
    waarschuwing: 'Er is € 10.000,00 meer besteed dan toegekend.',
    toegestaneStappen: ['indiening'],
    geschiedenis: [],
    versie: 1,
    ...overrides,
  };
}

describe('MiddelenPage', () => {
  it("lets the IB'er start her bestuur's verantwoording and shows the warning when more is spent", async () => {
    const fetchMock = mockArrangementApi((url, request) => {
      if (url.pathname === '/api/v1/middelentoekenningen') return jsonResponse({ toekenningen: [toekenning()] });
      if (url.pathname === '/api/v1/middelentoekenningen/toekenning-1/verantwoording' && request.method === 'POST') return jsonResponse(verantwoording(), 201);
      if (url.pathname === '/api/v1/verantwoordingen/verantwoording-1') return jsonResponse(verantwoording());
      return jsonResponse({});
    }, ilse());

    renderApp('/middelen', aangemeld());

    const jaar = await screen.findByRole('combobox', { name: 'Jaar' });
    await screen.findByRole('option', { name: '2024' });
    fireEvent.change(jaar, { target: { value: '2024' } });
    const rij = await screen.findByRole('row', { name: /Stichting Primair/ });
    expect(rij.textContent).toContain('€ 90.000,00');
    expect(rij.textContent).toContain('Per leerling op de teldatum');
    expect(rij.textContent).toContain('Nog niet begonnen');
    expect(screen.queryByRole('button', { name: /Toekenning wijzigen/ })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Verantwoording beginnen: Stichting Primair 2024' }));
    const formulier = await screen.findByRole('form', { name: 'Verantwoording Stichting Primair over 2024 beginnen' });
    const regel = within(formulier).getByRole('group', { name: 'Regel 1' });
    fireEvent.change(within(regel).getByLabelText('Niveau'), { target: { value: 'groep' } });
    fireEvent.change(within(regel).getByLabelText('School'), { target: { value: '12AB00' } });
    fireEvent.change(within(regel).getByLabelText('Groep'), { target: { value: '6' } });
    fireEvent.change(within(regel).getByLabelText('Doel'), { target: { value: 'Lezen' } });
    fireEvent.change(within(regel).getByLabelText('Interventies'), { target: { value: 'Leesgroep' } });
    fireEvent.change(within(regel).getByLabelText(/Besteed bedrag/), { target: { value: '100.000,00' } });
    fireEvent.change(within(regel).getByLabelText('Resultaten'), { target: { value: 'Beter' } });
    fireEvent.click(within(formulier).getByRole('button', { name: 'Verantwoording opslaan' }));

    const sectie = await screen.findByRole('region', { name: 'Verantwoording Stichting Primair over 2024' });
    await within(sectie).findByText('€ 100.000,00 van € 90.000,00 toegekend');
    expect(within(sectie).getByRole('alert').textContent).toContain('meer besteed dan toegekend');
    expect(within(sectie).getByRole('button', { name: 'Indienen' })).toBeDefined();
    expect(within(sectie).queryByRole('button', { name: 'Terugsturen voor correctie' })).toBeNull();
    await waitFor(() => expect(verzoekenNaar(fetchMock, '/api/v1/middelentoekenningen/toekenning-1/verantwoording')).toHaveLength(1));
    const [post] = verzoekenNaar(fetchMock, '/api/v1/middelentoekenningen/toekenning-1/verantwoording');
    expect(await post!.clone().json()).toEqual({
      regels: [{ niveau: 'groep', vestiging: '12AB00', groep: '6', doel: 'Lezen', interventies: 'Leesgroep', besteed: 100000, resultaten: 'Beter' }],
      leerlingregels: [],
    });
  });

  it('lets the beleidsmedewerker record a grant, with every problem of a 400 at its field', async () => {
    const bella = { ...medewerker(), naam: 'Bella Beleid', functies: ['beleidsmedewerker' as const] };
    const fetchMock = mockArrangementApi((url, request) => {
      if (url.pathname === '/api/v1/middelentoekenningen' && request.method === 'POST')
        return probleem(
          {
            type: 'https://passendonderwijs.nl/problemen/ongeldige-invoer',
            title: 'De invoer klopt niet.',
            status: 400,
            errors: [{ code: 'toelichting-vereist', detail: 'Beschrijf bij een andere verdeling hoe het bedrag is verdeeld.', pointer: '#/toelichting' }],
          },
          400,
        );
      if (url.pathname === '/api/v1/middelentoekenningen') return jsonResponse({ toekenningen: [toekenning({ jaar: new Date().getFullYear() })] });
      if (url.pathname === '/api/v1/schoolbesturen') return jsonResponse({ schoolbesturen: [{ id: 'bestuur-1', nummer: '41234', naam: 'Stichting Primair' }] });
      return jsonResponse({});
    }, bella);

    renderApp('/middelen', aangemeld());

    expect(await screen.findByRole('button', { name: `Toekenning wijzigen: Stichting Primair ${new Date().getFullYear()}` })).toBeDefined();
    fireEvent.click(screen.getByRole('button', { name: 'Toekenning vastleggen' }));
    const formulier = await screen.findByRole('form', { name: 'Toekenning vastleggen' });
    await within(formulier).findByRole('option', { name: 'Stichting Primair (41234)' });
    fireEvent.change(within(formulier).getByLabelText('Schoolbestuur'), { target: { value: 'bestuur-1' } });
    fireEvent.change(within(formulier).getByLabelText(/Kalenderjaar/), { target: { value: '2031' } });
    fireEvent.change(within(formulier).getByLabelText(/Bedrag in euro/), { target: { value: '90.000,00' } });
    fireEvent.change(within(formulier).getByLabelText('Verdeelsleutel'), { target: { value: 'anders' } });
    fireEvent.click(within(formulier).getByRole('button', { name: 'Toekenning opslaan' }));

    await within(formulier).findByText('De toekenning is niet opgeslagen.');
    expect(beschrijving(within(formulier).getByLabelText(/^Toelichting/))).toContain('Beschrijf bij een andere verdeling hoe het bedrag is verdeeld.');
    const [post] = verzoekenNaar(fetchMock, '/api/v1/middelentoekenningen').filter((r) => r.method === 'POST');
    expect(await post!.clone().json()).toEqual({ schoolbestuurId: 'bestuur-1', jaar: 2031, bedrag: 90000, verdeelsleutel: 'anders' });
  });
});
