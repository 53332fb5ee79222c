/**
 * Where the search box hands its term to the results page: in the navigation's history state, never in the URL
 * (a name or date of birth in a URL ends up in logs and the browser's history). Back and reload in the same tab
 * keep it; a new tab starts empty.
 */
export interface ZoekStaat {
  zoekterm: string;
}

export const ZOEKPAD = '/zoeken';

/** The term of a navigation's state, or undefined when there is none. */
export function leesZoekterm(state: unknown): string | undefined {
  if (typeof state !== 'object' || state === null || !('zoekterm' in state)) return undefined;
  return typeof state.zoekterm === 'string' ? state.zoekterm : undefined;
}
