// Aanmeldingen and the zorgplicht in plain Dutch: the labels of the API's codes and the term as a sentence.
import { datumTekst } from './aanbiederWeergave';
import { codelijst } from './arrangementLabels';

export const AANMELDING_STATUSSEN = codelijst([
  ['ontvangen', 'Ontvangen, besluit volgt'],
  ['verlengd', 'Termijn verlengd, besluit volgt'],
  ['besloten', 'Besloten'],
  ['ingetrokken', 'Ingetrokken door de ouders'],
]);

export const TOELATINGSUITKOMSTEN = codelijst([
  ['toegelaten', 'Toegelaten'],
  ['andere-school', 'Toegelaten op een andere school'],
  ['niet-toegelaten', 'Niet toegelaten'],
  ['vol', 'Niet toegelaten: de school is vol'],
]);

export const GEEN_ZORGPLICHT = codelijst([
  ['cluster-1-2', 'De school hoort bij cluster 1 of 2 en heeft geen zorgplicht; er loopt geen termijn.'],
  ['vol', 'De school is vol; de zorgplicht geldt niet.'],
]);

const DAG = 24 * 60 * 60 * 1000;

/** Whole days from `vandaag` to `tot` (both "2027-04-12"), negative when `tot` has passed. */
export function dagenTot(tot: string, vandaag: string): number {
  return Math.round((Date.parse(`${tot}T00:00:00Z`) - Date.parse(`${vandaag}T00:00:00Z`)) / DAG);
}

/**
 * The term as the school reads it: "Besluit uiterlijk 12 april 2027, nog 9 dagen", "…, vandaag is de laatste dag" or
 * "…, 3 dagen te laat". Null when no term runs (no zorgplicht) or the aanmelding is no longer open.
 */
export function termijnTekst(besluitUiterlijk: string | null | undefined, open: boolean, vandaag: string): string | null {
  if (!besluitUiterlijk || !open) return null;
  const dagen = dagenTot(besluitUiterlijk, vandaag);
  const begin = `Besluit uiterlijk ${datumTekst(besluitUiterlijk)}`;
  if (dagen === 0) return `${begin}, vandaag is de laatste dag`;
  if (dagen > 0) return `${begin}, nog ${dagen} ${dagen === 1 ? 'dag' : 'dagen'}`;
  return `${begin}, ${-dagen} ${dagen === -1 ? 'dag' : 'dagen'} te laat`;
}

export const isOpen = (status: string) => status === 'ontvangen' || status === 'verlengd';
