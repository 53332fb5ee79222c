import type { components } from '../api/schema';
import { beheerder, expertiseLijst } from './fixtures';
import { jsonResponse, mockFetch } from './renderApp';

type Ik = components['schemas']['Ik'];

/**
 * The API for the aanbieder pages: GET /ik answers `ik`, GET /expertises the list of 2026-2027, and every other
 * request `antwoord` (which sees the URL and the request, and keeps count itself when it must).
 */
export function mockAanbiederApi(
  antwoord: (url: URL, request: Request) => Response | Promise<Response>,
  ik: Ik = beheerder(),
) {
  return mockFetch((url, request) => {
    if (url.pathname === '/api/v1/ik') return jsonResponse(ik);
    if (url.pathname === '/api/v1/expertises') return jsonResponse(expertiseLijst('2026-2027'));
    return antwoord(url, request);
  });
}

/** The requests that reached the aanbieder endpoints, in order. */
export function aanbiederVerzoeken(fetchMock: ReturnType<typeof mockFetch>): Request[] {
  return fetchMock.mock.calls
    .map(([request]) => request)
    .filter((request) => new URL(request.url).pathname.startsWith('/api/v1/onderwijsbegeleidingsaanbieders'));
}
