import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expertiseLijst } from './test/fixtures';
import { jsonResponse, mockFetch, renderApp } from './test/renderApp';

describe('app routes', () => {
  it('shows the start page inside the app shell, with the public expertises in the menu', async () => {
    mockFetch(() => jsonResponse(expertiseLijst('2026-2027')));

    const { router } = renderApp('/');

    expect(await screen.findByRole('heading', { level: 1, name: 'Welkom bij PassendOnderwijs' })).toBeDefined();
    expect(router.state.location.pathname).toBe('/');
    expect(screen.getByRole('banner').textContent).toContain('PassendOnderwijs');
    const nav = screen.getByRole('navigation', { name: 'Hoofdmenu' });
    expect(nav.querySelector('a[href="/expertises"]')?.textContent).toBe('Expertises');
  });

  it('shows a Dutch not-found page for an unknown route', async () => {
    renderApp('/bestaat-niet');

    expect(await screen.findByRole('heading', { level: 1, name: 'Pagina niet gevonden' })).toBeDefined();
    expect(screen.getByRole('link', { name: 'Naar de expertises' }).getAttribute('href')).toBe('/expertises');
    expect(document.title).toBe('Pagina niet gevonden – PassendOnderwijs');
  });
});
