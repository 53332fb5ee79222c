import { AANGEMELD_PAD } from './userManager';

/** What the SPA sends along through the OIDC `state` and gets back on /aangemeld. */
export interface AanmeldState {
  /** The route to return to after signing in. */
  returnTo: string;
  /** Set when this sign-in follows a 401 on a token the API had never accepted. */
  herhaling: boolean;
}

export function maakAanmeldState(returnTo: string, herhaling = false): AanmeldState {
  return { returnTo: veiligeRoute(returnTo), herhaling };
}

/** Reads the state back; anything unexpected falls back to the start page. */
export function leesAanmeldState(data: unknown): AanmeldState {
  const state = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
  return {
    returnTo: typeof state['returnTo'] === 'string' ? veiligeRoute(state['returnTo']) : '/',
    herhaling: state['herhaling'] === true,
  };
}

// Only a path on this origin: "//host" or "https://…" would make the SPA an open redirect, and
// returning to /aangemeld itself would try to use the spent code again.
function veiligeRoute(route: string): string {
  if (!route.startsWith('/') || route.startsWith('//') || route.startsWith('/\\')) return '/';
  const pad = route.split(/[?#]/, 1)[0];
  return pad === AANGEMELD_PAD ? '/' : route;
}
