import { vi } from 'vitest';
import type { components } from '../api/schema';
import { school } from './arrangementFixtures';
import { beheerder } from './fixtures';
import { mockFetch, jsonResponse } from './renderApp';

type Gebruiker = components['schemas']['Gebruiker'];
type Koppeling = components['schemas']['Koppeling'];
type AuditRegel = components['schemas']['AuditRegel'];

export function gebruiker(overrides: Partial<Gebruiker> = {}): Gebruiker {
  return {
    id: 'g-1',
    email: 'ib@regenboog.nl',
    naam: 'Iris Bakker',
    rol: 'school-medewerker',
    vestigingen: ['12AB00'],
    status: 'actief',
    functies: [],
    ...overrides,
  };
}

export function koppeling(overrides: Partial<Koppeling> = {}): Koppeling {
  return {
    clientId: 'las-parnassys',
    naam: 'ParnasSys',
    samenwerkingsverband: 'PO2705',
    scopes: ['aanbieders.lezen', 'leerlingen.lezen'],
    vestigingen: ['12AB00'],
    authenticatie: 'client_secret_basic',
    ...overrides,
  };
}

export function auditRegel(overrides: Partial<AuditRegel> = {}): AuditRegel {
  return {
    id: 'r-1',
    op: '2027-03-14T09:15:00Z',
    actorSoort: 'gebruiker',
    actor: 'gebruiker-1',
    actorNaam: 'Bea Beheerder',
    actie: 'aanmaken',
    resourceSoort: 'koppeling',
    resourceId: 'las-parnassys',
    doel: 'Beheer van koppelingen',
    ...overrides,
  };
}

export const SCHOLEN = [school(), school({ vestiging: '34CD00', naam: 'OBS Het Anker'})];

/**
 * The API as the beheerder's screens use it: GET /ik is the beheerder, GET /scholen two schools, and every other
 * request goes to `antwoord`.
 */
export function mockBeheerApi(antwoord: (url: URL, request: Request) => Response | Promise<Response>) {
  return mockFetch((url, request) => {
    if (url.pathname === '/api/v1/ik') return jsonResponse(beheerder());
    if (url.pathname === '/api/v1/scholen' && request.method === 'GET') return jsonResponse({ scholen: SCHOLEN });
    return antwoord(url, request);
  });
}

/** Gives the page a clipboard (jsdom has none); returns its writeText. */
export function metKlembord(writeText = vi.fn(async (_tekst: string) => {})) {
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  return writeText;
}

export function zonderKlembord() {
  Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
}
