// Aanmeldingen and the zorgplicht in plain Dutch: the labels of the API's codes and the term as a sentence.
import { datumTekst } from './aanbiederWeergave';
import { codelijst, naam } from './arrangementLabels';

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

export const AANMELDING_STAPPEN = codelijst([
  ['verlenging', 'Termijn verlengen'],
  ['besluit', 'Besluiten over de toelating'],
  ['intrekking', 'Intrekking door de ouders vastleggen'],
]);

const AANMELDING_GEBEURTENISSEN = codelijst([
  ['ontvangen', 'Aanmelding ontvangen'],
  ['verlengd', 'Termijn verlengd'],
  ['besloten', 'Besloten over de toelating'],
  ['ingetrokken', 'Ingetrokken door de ouders'],
]);

export const aanmeldingGebeurtenisNaam = (code: string) => naam(AANMELDING_GEBEURTENISSEN, code);

// The werkvoorraad's lines: the school decides, the samenwerkingsverband watches the zorgplicht.
const AANMELDING_WERKVOORRAAD_ACTIES = codelijst([
  ['besluiten', 'Besluiten over de toelating'],
  ['zorgplicht-bewaken', 'Zorgplicht bewaken'],
]);

export const aanmeldingWerkvoorraadActieNaam = (code: string) => naam(AANMELDING_WERKVOORRAAD_ACTIES, code);

export const aanmeldingStatusNaam = (code: string) => naam(AANMELDING_STATUSSEN, code);

/**
 * The term in one line, for every aanmelding: the deadline sentence while it runs, why no term runs, or the
 * outcome once it is closed.
 */
export function termijnRegel(
  aanmelding: { besluitUiterlijk?: string | null; status: string; zorgplicht: boolean; geenZorgplicht?: string | null },
  vandaag: string,
): string {
  if (!aanmelding.zorgplicht) return aanmelding.geenZorgplicht === 'vol' ? 'Geen zorgplicht: de school is vol' : 'Geen zorgplicht: cluster 1 of 2';
  return termijnTekst(aanmelding.besluitUiterlijk, isOpen(aanmelding.status), vandaag) ?? 'Geen termijn meer: de aanmelding is afgerond';
}
