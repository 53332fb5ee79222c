import type { LeerlingFilters } from './api/leerlingen';
import { leesDatum } from './datum';

/** The fewest characters the pupil picker asks the API with: one letter would match half the school. */
export const MINSTE_TEKENS = 2;

/**
 * What the picker sends for what the person typed: a date of birth ("14-03-2017") searches by geboortedatum,
 * anything else by a part of the name; null when there is too little to search with.
 */
export function alsLeerlingZoekvraag(tekst: string): LeerlingFilters | null {
  const invoer = tekst.trim();
  if (invoer.length < MINSTE_TEKENS) return null;
  const datum = leesDatum(invoer);
  return datum.soort === 'datum' ? { geboortedatum: datum.iso } : { naam: invoer };
}
