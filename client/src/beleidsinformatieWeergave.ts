// How the SPA writes the figures of the beleidsinformatie dashboard in Dutch (the cells follow the portfolio evaluation).
import { huidigLeerjaar, leerjaarVanaf } from './leerjaar';
import { percentageTekst } from './leerlingaantallenWeergave';
import { getalTekst } from './portfolioevaluatieWeergave';

/** The schooljaren to choose from: the current one and the four before it, newest first. */
export function schooljaarKeuzes(vandaag: Date): string[] {
  const begin = Number(huidigLeerjaar(vandaag).slice(0, 4));
  return [0, 1, 2, 3, 4].map((terug) => leerjaarVanaf(begin - terug));
}

/** A figure as the table shows it: the number, "verborgen" when left out, and on the staff's page a mark for outsiders. */
export function cijferTekst(waarde: number | null | undefined, klein: boolean, voorBuiten: boolean): string {
  if (waarde === null || waarde === undefined) return 'verborgen';
  return klein && !voorBuiten ? `${getalTekst(waarde)} (niet zichtbaar buiten het bureau)` : getalTekst(waarde);
}

/** Days as a sentence part: "1 dag", "6,5 dagen"; without a value a dash. */
export function dagenTekst(dagen: number | null | undefined): string {
  if (dagen === null || dagen === undefined) return '–';
  return dagen === 1 ? '1 dag' : `${getalTekst(dagen)} dagen`;
}

/** A chart's value: a hidden figure is drawn as nothing (never as zero, which would be a figure of its own). */
export function grafiekwaarde(waarde: number | null | undefined): number | null {
  return waarde ?? null;
}

/**
 * "besloten binnen de termijn" as a percentage: op tijd of the terms that ended (op tijd + te laat). Only from two shown
 * figures: a share of a hidden count could give that count away. Without an ended term there is no share yet.
 */
export function binnenTermijnTekst(cellen: readonly { sleutel: string; aantal?: number | null | undefined }[]): string {
  const opTijd = cellen.find((c) => c.sleutel === 'op-tijd')?.aantal;
  const teLaat = cellen.find((c) => c.sleutel === 'te-laat')?.aantal;
  if (opTijd === null || opTijd === undefined || teLaat === null || teLaat === undefined) return 'verborgen';
  if (opTijd + teLaat === 0) return 'nog geen termijn afgelopen';
  return `${Math.round((opTijd / (opTijd + teLaat)) * 100)} %`;
}

/**
 * A percentage made of counts (the deelnamepercentage): "96,5 %", "verborgen" when a count behind it is hidden, "niet
 * geteld" without pupils on the teldatum, and on the staff's page the mark for outsiders.
 */
export function percentagecijferTekst(p: { waarde?: number | null | undefined; klein: boolean }, voorBuiten: boolean): string {
  if (p.waarde === null || p.waarde === undefined) return p.klein ? 'verborgen' : 'niet geteld';
  return p.klein && !voorBuiten ? `${percentageTekst(p.waarde)} (niet zichtbaar buiten het bureau)` : percentageTekst(p.waarde);
}
