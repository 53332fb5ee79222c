// How the SPA writes the figures of the portfolio's yearly evaluation in Dutch.

/**
 * What the regional board's version shows instead of a small count (and the cells hidden with it): not "fewer than 5",
 * as a cell hidden with a small one can be any size.
 */
export const VERBORGEN = 'verborgen';

/** What the staff's page adds to a figure the board's version leaves out. */
export const VERBORGEN_VOOR_BESTUUR = 'niet in de versie voor het bestuur';

/** 12 stays "12"; 2.5 becomes "2,5". */
export function getalTekst(getal: number): string {
  return String(getal).replace('.', ',');
}

/**
 * A figure of a cell: the number; absent (the board's version) "verborgen"; on the staff's page a small cell says
 * that the board will not see it.
 */
export function celTekst(waarde: number | null | undefined, klein: boolean): string {
  if (waarde === null || waarde === undefined) return VERBORGEN;
  return klein ? `${getalTekst(waarde)} (${VERBORGEN_VOOR_BESTUUR})` : getalTekst(waarde);
}

/** The years to choose from: this year and the four before it, newest first. */
export function jaarKeuzes(vandaag: Date): number[] {
  const jaar = vandaag.getFullYear();
  return [0, 1, 2, 3, 4].map((terug) => jaar - terug);
}

/** The year the page opens on: the evaluation is made at the turn of the year, so in January to March the year just ended. */
export function standaardJaar(vandaag: Date): number {
  return vandaag.getMonth() < 3 ? vandaag.getFullYear() - 1 : vandaag.getFullYear();
}
