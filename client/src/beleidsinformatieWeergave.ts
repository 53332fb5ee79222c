// How the SPA writes the figures of the beleidsinformatie dashboard in Dutch (the cells follow the portfolio evaluation).
import { getalTekst } from './portfolioevaluatieWeergave';

/** The schooljaar (1 August to 31 July) that holds a date, written "2026-2027". */
export function schooljaarVan(datum: Date): string {
  const begin = datum.getMonth() >= 7 ? datum.getFullYear() : datum.getFullYear() - 1;
  return `${begin}-${begin + 1}`;
}

/** The schooljaren to choose from: the current one and the four before it, newest first. */
export function schooljaarKeuzes(vandaag: Date): string[] {
  const begin = Number(schooljaarVan(vandaag).slice(0, 4));
  return [0, 1, 2, 3, 4].map((terug) => `${begin - terug}-${begin - terug + 1}`);
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
