// How the screens of the middelen extra ondersteuning and the samenwerkingsprojecten name their codes and amounts:
// the labels of the API's code lists, never codes.
import type { Middelentoekenning, Verantwoording } from './api/middelen';
import type { components } from './api/schema';
import { alsCodelijst, naam } from './arrangementLabels';
import { euroTekst } from './arrangementWeergave';

type Schemas = components['schemas'];

export const VERDEELSLEUTELS = alsCodelijst<Schemas['Verdeelsleutel']>({
  'per-leerling-op-teldatum': 'Per leerling op de teldatum',
  'naar-ondersteuningsbehoefte': 'Naar ondersteuningsbehoefte',
  'vast-bedrag-per-school': 'Vast bedrag per school',
  anders: 'Anders (zie de toelichting)',
});

export const VERANTWOORDING_STATUSSEN = alsCodelijst<Schemas['VerantwoordingStatus']>({
  concept: 'Concept',
  ingediend: 'Ingediend',
  besproken: 'Besproken in het bestuursgesprek',
});

export const VERANTWOORDING_STAPPEN = alsCodelijst<Schemas['VerantwoordingStap']>({
  indiening: 'Indienen',
  terugsturing: 'Terugsturen voor correctie',
  bespreking: 'Bespreking vastleggen',
});

export const NIVEAUS = alsCodelijst<Schemas['Verantwoordingsniveau']>({
  school: 'Schoolniveau',
  groep: 'Groepsniveau',
});

/** What happened to a grant, its verantwoording or a project, from the history's code. */
export const MIDDELEN_GEBEURTENISSEN = alsCodelijst({
  vastgelegd: 'Vastgelegd',
  gewijzigd: 'Gewijzigd',
  gestart: 'Verantwoording begonnen',
  bijgewerkt: 'Verantwoording bijgewerkt',
  ingediend: 'Ingediend',
  teruggestuurd: 'Teruggestuurd voor correctie',
  besproken: 'Besproken in het bestuursgesprek',
  'plan-gecorrigeerd': 'Projectplan gecorrigeerd',
  geevalueerd: 'Geëvalueerd',
  'evaluatie-vervangen': 'Evaluatie vervangen',
});

/**
 * An amount as typed by a Dutch reader: "90.000,00", "90000", "€ 1.250,5" or "1250.50". Undefined for what is not an
 * amount (the form then sends nothing and the API says what is missing). A dot followed by exactly three digits is a
 * thousands separator; a comma is the decimal sign.
 */
export function leesBedrag(invoer: string): number | undefined {
  const tekst = invoer.replace(/€/g, '').replace(/\s/g, '');
  if (tekst === '') return undefined;
  let genormaliseerd: string;
  if (tekst.includes(',')) genormaliseerd = tekst.replace(/\./g, '').replace(',', '.');
  else if (/^\d{1,3}(\.\d{3})+$/.test(tekst)) genormaliseerd = tekst.replace(/\./g, '');
  else genormaliseerd = tekst;
  if (!/^-?\d+(\.\d+)?$/.test(genormaliseerd)) return undefined;
  return Number(genormaliseerd);
}

/** An amount as a form shows it for changing: 90000 becomes "90.000,00". */
export function bedragInvoer(bedrag: number): string {
  const [euros = '0', centen = '00'] = bedrag.toFixed(2).split('.');
  return `${euros.replace(/\B(?=(\d{3})+(?!\d))/g, '.')},${centen}`;
}

/** The years to choose from: this year and every year with a grant, newest first. */
export function jaarKeuzes(toekenningen: readonly Middelentoekenning[], huidigJaar: number): number[] {
  return [...new Set([huidigJaar, ...toekenningen.map((t) => t.jaar)])].sort((a, b) => b - a);
}

/** The grants of one year (as the year select gives it), by bestuur name. */
export function toekenningenVanJaar(toekenningen: readonly Middelentoekenning[], jaar: string): Middelentoekenning[] {
  return toekenningen.filter((t) => String(t.jaar) === jaar).sort((a, b) => a.schoolbestuurNaam.localeCompare(b.schoolbestuurNaam, 'nl'));
}

/** Where a grant's verantwoording stands, for the list of grants. */
export function verantwoordingStandTekst(toekenning: Middelentoekenning): string {
  return toekenning.verantwoordingStatus ? naam(VERANTWOORDING_STATUSSEN, toekenning.verantwoordingStatus) : 'Nog niet begonnen';
}

/** What the verantwoording spent against the grant ("€ 45.000,00 van € 95.000,00"); a dash before there is one. */
export function besteedTekst(toekenning: Middelentoekenning): string {
  return toekenning.besteed == null ? '—' : `${euroTekst(toekenning.besteed)} van ${euroTekst(toekenning.bedrag)}`;
}

/** A school as a select names it: "Basisschool De Regenboog (12AB00)", or the vestiging when the name is unknown. */
export const schoolLabel = (vestiging: string, naamVanSchool?: string | null) => (naamVanSchool ? `${naamVanSchool} (${vestiging})` : vestiging);

/**
 * The schools a school or group line may name: the person's own, and those a line already names (a colleague's school
 * of the same bestuur), so a line keeps its school when someone else edits it.
 */
export function schoolKeuzes(
  eigen: readonly { vestiging: string; naam?: string | null }[],
  regels: readonly Pick<Verantwoording['regels'][number], 'vestiging' | 'schoolNaam'>[],
): Map<string, string> {
  const scholen = new Map<string, string>(eigen.map((s) => [s.vestiging, schoolLabel(s.vestiging, s.naam)]));
  for (const r of regels) if (!scholen.has(r.vestiging)) scholen.set(r.vestiging, schoolLabel(r.vestiging, r.schoolNaam));
  return scholen;
}
