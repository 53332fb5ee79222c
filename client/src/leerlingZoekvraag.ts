import type { LeerlingFilters } from './api/leerlingen';

/** The fewest characters the pupil picker asks the API with: one letter would match half the school. */
export const MINSTE_TEKENS = 2;

/** A date as Dutch people write it: 14-03-2017, also with / or . and one-digit days or months. */
const NEDERLANDSE_DATUM = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/;

/**
 * What the picker sends for what the person typed: a date of birth ("14-03-2017") searches by geboortedatum,
 * anything else by a part of the name; null when there is too little to search with.
 */
export function alsLeerlingZoekvraag(tekst: string): LeerlingFilters | null {
  const invoer = tekst.trim();
  if (invoer.length < MINSTE_TEKENS) return null;
  const datum = NEDERLANDSE_DATUM.exec(invoer);
  if (datum) {
    const [, dag = '', maand = '', jaar = ''] = datum;
    return { geboortedatum: `${jaar}-${maand.padStart(2, '0')}-${dag.padStart(2, '0')}` };
  }
  return { naam: invoer };
}

/** An ISO date as the picker shows it: 2017-03-14 → 14-03-2017. */
export function geboortedatumTekst(iso: string): string {
  const [jaar, maand, dag] = iso.split('-');
  return jaar && maand && dag ? `${dag}-${maand}-${jaar}` : iso;
}
