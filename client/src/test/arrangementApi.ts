import type { components } from '../api/schema';
import { school } from './arrangementFixtures';
import { expertiseLijst, medewerker } from './fixtures';
import { jsonResponse, mockFetch } from './renderApp';

type Ik = components['schemas']['Ik'];

/**
 * The API for the arrangement and leerling pages: GET /ik answers `ik`, GET /scholen one school, GET /expertises the
 * list of 2026-2027, and every other request `antwoord` (which sees the URL and the request).
 */
export function mockArrangementApi(
  antwoord: (url: URL, request: Request) => Response | Promise<Response>,
  ik: Ik = medewerker(),
) {
  return mockFetch((url, request) => {
    if (url.pathname === '/api/v1/ik') return jsonResponse(ik);
    if (url.pathname === '/api/v1/scholen') return jsonResponse({ scholen: [school()] });
    if (url.pathname === '/api/v1/expertises') return jsonResponse(expertiseLijst('2026-2027'));
    return antwoord(url, request);
  });
}

/** The requests that reached a path starting with `pad` (like "/api/v1/arrangementen"), in order. */
export function verzoekenNaar(fetchMock: ReturnType<typeof mockFetch>, pad: string): Request[] {
  return fetchMock.mock.calls.map(([request]) => request).filter((request) => new URL(request.url).pathname.startsWith(pad));
}

export const probleem = (body: unknown, status: number) => jsonResponse(body, status, 'application/problem+json');

/** The messages tied to a form control through aria-describedby. */
export function beschrijving(element: HTMLElement): string {
  return (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
}
