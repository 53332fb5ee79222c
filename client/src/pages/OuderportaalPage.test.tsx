import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Inzage, Kind } from '../api/ouders';
import { FakeUserManager, testUser } from '../test/fakeUserManager';
import { beheerder } from '../test/fixtures';
import { jsonResponse, mockFetch, renderApp } from '../test/renderApp';

const SANNE = '0197d3c4-7777-7a8b-9c0d-1e2f3a4b5c6d';
const karin = { ...beheerder(), id: 'gebruiker-9', naam: 'Karin de Vries', rollen: ['ouder'] };
const kind: Kind = { id: SANNE, voornaam: 'Sanne', achternaam: 'de Vries', geboortedatum: '2017-05-01', school: 'De Regenboog', groep: '6' };

function inzage(overrides: Partial<Inzage> = {}): Inzage {
  return {
    op: '2026-11-24T09:15:00Z',
    actie: 'lezen',
    gegevens: 'De gegevens van uw kind',
    wie: 'Intern begeleider of zorgcoördinator van de school',
    organisatie: 'De Regenboog',
    doel: 'Ondersteuning van de leerling (passend onderwijs)',
    ...overrides,
  };
}

function api() {
  return mockFetch((url) => {
    if (url.pathname === '/api/v1/ik') return jsonResponse(karin);
    if (url.pathname === '/api/v1/ouderportaal/kinderen') return jsonResponse({ kinderen: [kind] });
    if (url.pathname === `/api/v1/ouderportaal/kinderen/${SANNE}`) return jsonResponse(kind);
    if (url.pathname === `/api/v1/ouderportaal/kinderen/${SANNE}/inzagen`) {
      return url.searchParams.has('cursor')
        ? jsonResponse({ inzagen: [inzage({ actie: 'wijzigen', wie: 'Medewerker van het samenwerkingsverband', organisatie: 'SWV Demoregio' })] })
        : jsonResponse({ inzagen: [inzage(), inzage({ wie: 'U zelf', organisatie: null, doel: 'Inzage door de ouder' })], volgendeCursor: 'volgende' });
    }
    return new Response(null, { status: 404 });
  });
}

describe('Ouderportaal', () => {
  it('shows an ouder their children, and for a child who used its data, by role and organisation', async () => {
    api();
    renderApp('/', new FakeUserManager(testUser()));
    expect(await screen.findByRole('heading', { level: 1, name: 'Mijn kinderen' })).toBeDefined();
    const menu = screen.getByRole('navigation', { name: 'Hoofdmenu' });
    expect(within(menu).getAllByRole('link').map((link) => link.textContent)).toEqual(['Mijn kinderen', 'Mijn gegevens']);
    expect(await screen.findByText('De Regenboog, groep 6')).toBeDefined();

    fireEvent.click(screen.getByRole('link', { name: 'Sanne de Vries' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sanne de Vries' })).toBeDefined();
    const sectie = screen.getByRole('region', { name: 'Wie heeft de gegevens van Sanne bekeken?' });
    const regels = await within(sectie).findAllByRole('listitem');
    expect(regels.map((regel) => regel.textContent)).toEqual([
      'Bekeken: de gegevens van uw kind24 november 2026 om 10:15 · Intern begeleider of zorgcoördinator van de school, De RegenboogWaarom: Ondersteuning van de leerling (passend onderwijs)',
      'Bekeken: de gegevens van uw kind24 november 2026 om 10:15 · U zelfWaarom: Inzage door de ouder',
    ]);

    fireEvent.click(within(sectie).getByRole('button', { name: 'Meer laden' }));
    expect(await within(sectie).findByText(/Medewerker van het samenwerkingsverband, SWV Demoregio/)).toBeDefined();
    expect(within(sectie).getByText(/^Gewijzigd/)).toBeDefined();
  });
});
