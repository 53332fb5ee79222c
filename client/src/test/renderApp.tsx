import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { onTestFinished, vi } from 'vitest';
import { koppelTokenBron } from '../api/client';
import { Aanmelder } from '../auth/Aanmelder';
import { AanmeldingProvider } from '../auth/AanmeldingProvider';
import { routes } from '../routes';
import { FakeUserManager } from './fakeUserManager';

/**
 * Renders the real route tree at `path`, wired as main.tsx wires it, with a fake UserManager
 * (signed out unless the test passes one with a user). Retries are off so failures show at once.
 */
export function renderApp(path: string, userManager = new FakeUserManager(), routeTree: RouteObject[] = routes) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createMemoryRouter(routeTree, { initialEntries: [path] });
  const aanmelder = new Aanmelder(userManager, router);
  onTestFinished(koppelTokenBron(aanmelder));
  void aanmelder.start();
  render(
    <QueryClientProvider client={queryClient}>
      <AanmeldingProvider aanmelder={aanmelder}>
        <RouterProvider router={router} />
      </AanmeldingProvider>
    </QueryClientProvider>,
  );
  return { router, userManager, aanmelder };
}

/**
 * Renders one component as the only page, with the same providers as the app, for a component that asks who is
 * signed in (useGebruiker). Sign in with a FakeUserManager holding a user and let GET /ik answer who it is.
 */
export function renderComponent(element: ReactNode, userManager = new FakeUserManager()) {
  return renderApp('/', userManager, [{ path: '/', element }]);
}

export function jsonResponse(body: unknown, status = 200, contentType = 'application/json') {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': contentType } });
}

/** Replaces fetch (the network edge of the API client) with `answer`; returns the mock. */
export function mockFetch(answer: (url: URL, request: Request) => Response | Promise<Response>) {
  const fetchMock = vi.fn((request: Request) => Promise.resolve(answer(new URL(request.url), request)));
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

export function requestedUrls(fetchMock: ReturnType<typeof mockFetch>): URL[] {
  return fetchMock.mock.calls.map(([request]) => new URL(request.url));
}
