import { describe, expect, it } from 'vitest';
import { leesAanmeldState, maakAanmeldState } from './aanmeldState';

describe('aanmeldState', () => {
  it('round-trips the route to return to', () => {
    const state = maakAanmeldState('/ik?tab=rollen#boven');
    expect(leesAanmeldState(JSON.parse(JSON.stringify(state)))).toEqual({
      returnTo: '/ik?tab=rollen#boven',
      herhaling: false,
    });
    expect(leesAanmeldState(maakAanmeldState('/ik', true)).herhaling).toBe(true);
  });

  const onveilig = ['https://kwaad.example/', '//kwaad.example/pad', '/\\kwaad.example', 'ik', '/aangemeld', '/aangemeld?code=x'];
  it.each(onveilig)('returns to the start page instead of %s', (returnTo) => {
    expect(maakAanmeldState(returnTo).returnTo).toBe('/');
    expect(leesAanmeldState({ returnTo }).returnTo).toBe('/');
  });

  it('falls back to the start page for a state it did not make', () => {
    expect(leesAanmeldState(undefined)).toEqual({ returnTo: '/', herhaling: false });
    expect(leesAanmeldState('/ik')).toEqual({ returnTo: '/', herhaling: false });
    expect(leesAanmeldState({ returnTo: 42, herhaling: 'ja' })).toEqual({ returnTo: '/', herhaling: false });
  });
});
