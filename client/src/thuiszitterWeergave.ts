// The Dutch names of the thuiszitters register's codes, and how long a child is at home or how far the aim is, in the
// plain words the screens use ("7 weken", "3 weken te laat"). A code the SPA does not know yet shows as it is.
import type { components } from './api/schema';
import { alsCodelijst, naam } from './arrangementLabels';

type Schemas = components['schemas'];

export const VERZUIMSOORTEN = alsCodelijst<Schemas['Verzuimsoort']>({
  'absoluut-verzuim': 'Absoluut verzuim',
  'langdurig-relatief-verzuim': 'Langdurig relatief verzuim',
  vrijstelling: 'Vrijstelling',
});

export const THUISZITREDENEN = alsCodelijst<Schemas['Thuiszitreden']>({
  'geen-passend-aanbod': 'Geen passend onderwijsaanbod',
  'wachten-op-plek': 'Wachten op een plek',
  'ziekte-psychisch': 'Ziekte of psychische klachten',
  schoolweigering: 'Schoolweigering',
  'onvoldoende-ondersteuning': 'Onvoldoende ondersteuning op school',
  anders: 'Een andere reden',
});

export const VRIJSTELLINGSGRONDEN = alsCodelijst<Schemas['Vrijstellingsgrond']>({
  'artikel-5-onder-a': 'Artikel 5 onder a: niet geschikt voor onderwijs',
  'artikel-5-onder-b': 'Artikel 5 onder b: bezwaar tegen de richting van de scholen',
  'artikel-5a': 'Artikel 5a: niet in staat tot volledig dagonderwijs',
  'artikel-15': 'Artikel 15: vrijstelling om een andere reden (bijvoorbeeld onderwijs buiten Nederland)',
});

export const BEEINDIGINGSREDENEN = alsCodelijst<Schemas['Beeindigingsreden']>({
  verhuisd: 'Verhuisd buiten het samenwerkingsverband',
  'niet-meer-leerplichtig': 'Niet meer leerplichtig',
  'vrijstelling-verleend': 'Vrijstelling verleend',
  anders: 'Een andere reden',
});

export const THUISZITTER_STATUSSEN = alsCodelijst<Schemas['ThuiszitterStatus']>({
  open: 'Thuis',
  teruggekeerd: 'Teruggekeerd',
  beeindigd: 'Beëindigd',
});

export const THUISZITTER_STAPPEN = alsCodelijst<Schemas['ThuiszitterStap']>({
  planwijziging: 'Plan bijwerken',
  terugkeer: 'Terugkeer vastleggen',
  beeindiging: 'Beëindigen',
});

/** The werkvoorraad's action: the API's only one so far. */
const WERKVOORRAAD_ACTIES = alsCodelijst<'terugkeer-regelen'>({ 'terugkeer-regelen': 'Terugkeer regelen' });

export const verzuimsoortNaam = (code: string) => naam(VERZUIMSOORTEN, code);
export const thuiszitredenNaam = (code: string) => naam(THUISZITREDENEN, code);
export const vrijstellingsgrondNaam = (code: string) => naam(VRIJSTELLINGSGRONDEN, code);
export const beeindigingsredenNaam = (code: string) => naam(BEEINDIGINGSREDENEN, code);
export const thuiszitterStatusNaam = (code: string) => naam(THUISZITTER_STATUSSEN, code);
export const thuiszitterStapNaam = (code: string) => naam(THUISZITTER_STAPPEN, code);
export const thuiszitterActieNaam = (code: string) => naam(WERKVOORRAAD_ACTIES, code);

const DAG_MS = 24 * 60 * 60 * 1000;

/** Days from ISO date `van` to ISO date `tot` (negative when `tot` is earlier). */
export function dagenTussen(van: string, tot: string): number {
  return Math.round((Date.parse(`${tot}T00:00:00Z`) - Date.parse(`${van}T00:00:00Z`)) / DAG_MS);
}

/**
 * A number of days as a person says it: days up to two weeks, then weeks up to two months, then months, then years
 * and months. Rounded down: "7 weken" is at least 49 days.
 */
export function duurTekst(dagen: number): string {
  const d = Math.max(0, dagen);
  if (d < 14) return d === 1 ? '1 dag' : `${d} dagen`;
  if (d < 61) return `${Math.floor(d / 7)} weken`;
  // An average month (365.25 / 12 days), with a day's slack so 365 days read as "1 jaar" and 91 as "3 maanden".
  const maanden = Math.floor((d + 1) / 30.4375);
  if (maanden < 12) return maanden === 1 ? '1 maand' : `${maanden} maanden`;
  const jaren = Math.floor(maanden / 12);
  const rest = maanden % 12;
  const jaarTekst = jaren === 1 ? '1 jaar' : `${jaren} jaar`;
  return rest === 0 ? jaarTekst : `${jaarTekst} en ${rest === 1 ? '1 maand' : `${rest} maanden`}`;
}

/** Where an open entry stands with its aim, seen from `vandaag`: "nog 12 dagen", "vandaag", "3 weken te laat". */
export function streefdatumStand(streefdatum: string, vandaag: string): string {
  const over = dagenTussen(vandaag, streefdatum);
  if (over === 0) return 'vandaag';
  return over > 0 ? `nog ${duurTekst(over)}` : `${duurTekst(-over)} te laat`;
}

/** For the list: how far an overdue entry is past its aim ("3 weken over de streefdatum"). */
export function overStreefdatumTekst(streefdatum: string, vandaag: string): string {
  return `${duurTekst(Math.max(1, dagenTussen(streefdatum, vandaag)))} over de streefdatum`;
}
