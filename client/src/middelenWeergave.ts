// How the screens of the middelen extra ondersteuning and the samenwerkingsprojecten name their codes and amounts:
// the labels of the API's code lists, never codes.
import { datumTekst } from './aanbiederWeergave';
import type { Leerlingregel, Middelentoekenning, Verantwoording } from './api/middelen';
import type { OppRij } from './api/ontwikkelingsperspectiefplannen';
import type { components } from './api/schema';
import { alsCodelijst, naam } from './arrangementLabels';
import { euroTekst } from './arrangementWeergave';
import { oppStatusNaam } from './oppLabels';

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

const kleineBeginletter = (tekst: string) => tekst.charAt(0).toLowerCase() + tekst.slice(1);

/**
 * An OPP as a pupil line offers it: the pupil, the school, the plan's status and its period, so the writer knows the
 * plan without its id. "Sanne Jansen (Basisschool De Regenboog): OPP vastgesteld, gestart op 12 januari 2025".
 */
export function oppKeuzeTekst(opp: OppRij, naamVanSchool?: string | null): string {
  const periode = opp.einddatum ? `van ${datumTekst(opp.startdatum)} t/m ${datumTekst(opp.einddatum)}` : `gestart op ${datumTekst(opp.startdatum)}`;
  return `${opp.leerling.naam} (${naamVanSchool ?? opp.vestiging}): OPP ${kleineBeginletter(oppStatusNaam(opp.status))}, ${periode}`;
}

/** A pupil line already in the verantwoording, whose OPP is not among those loaded (or the writer may not see its pupil). */
export function leerlingregelTekst(regel: Leerlingregel): string {
  const wie = `${regel.leerlingNaam ?? 'Een leerling die u niet kunt zien'} (${regel.schoolNaam ?? regel.vestiging})`;
  return regel.oppLaatstGeevalueerdOp ? `${wie}: OPP laatst geëvalueerd op ${datumTekst(regel.oppLaatstGeevalueerdOp)}` : `${wie}: OPP`;
}

/**
 * The OPP's a pupil line may choose, by label in Dutch order, by OPP id: those loaded from the OPP list, then those the
 * verantwoording's lines already name that are not among them, so each line keeps its OPP when someone edits it.
 */
export function oppKeuzes(
  opps: readonly OppRij[],
  bestaande: readonly Leerlingregel[],
  naamVanSchool: (vestiging: string) => string | null | undefined,
): Map<string, string> {
  const geladen = opps.map((opp): [string, string] => [opp.id, oppKeuzeTekst(opp, naamVanSchool(opp.vestiging))]);
  geladen.sort(([, a], [, b]) => a.localeCompare(b, 'nl'));
  const keuzes = new Map(geladen);
  for (const regel of bestaande) if (!keuzes.has(regel.oppId)) keuzes.set(regel.oppId, leerlingregelTekst(regel));
  return keuzes;
}
