// The Dutch names of the codes the API uses for arrangementen. A code the SPA does not know yet shows as it is.
import type { components } from './api/schema';

type Schemas = components['schemas'];

/**
 * Labels for a code list of the contract, keyed by its generated enum type: a code the API adds without a label here
 * fails the typecheck.
 */
type Labels<Code extends string> = Readonly<Record<Code, string>>;

export type Codelijst = ReadonlyMap<string, string>;

export function codelijst(paren: readonly (readonly [string, string])[]): Codelijst {
  // A Map, not an object literal: a code named like an Object.prototype key must not find a function.
  return new Map(paren);
}

export function alsCodelijst<Code extends string>(labels: Labels<Code>): Codelijst {
  return codelijst(Object.entries<string>(labels));
}

/** The name of a code in a list; a code the SPA does not know yet shows as it is. */
export function naam(lijst: Codelijst, code: string): string {
  return lijst.get(code) ?? code;
}

/** The codes of a list with their names, in the order of the list: for select boxes. */
export function keuzes(lijst: Codelijst): { code: string; naam: string }[] {
  return [...lijst].map(([code, tekst]) => ({ code, naam: tekst }));
}

export const STATUSSEN = alsCodelijst<Schemas['ArrangementStatus']>({
  aangevraagd: 'Aangevraagd',
  'in-behandeling': 'In behandeling',
  toegekend: 'Toegekend',
  afgewezen: 'Afgewezen',
  actief: 'Actief',
  beeindigd: 'Beëindigd',
});

export const SOORTEN = alsCodelijst<Schemas['SoortArrangement']>({
  onderwijsarrangement: 'Onderwijsarrangement',
  'onderwijs-jeugdhulparrangement': 'Onderwijs-jeugdhulparrangement',
  'inzet-expert': 'Inzet van een expert',
  middelen: 'Middelen',
  'deeltijdplaatsing-elders': 'Deeltijdplaatsing elders',
  'arrangement-cluster-1-2': 'Arrangement cluster 1 en 2',
});

export const UITVOERDERS = alsCodelijst<Schemas['SoortUitvoerder']>({
  school: 'De school zelf',
  'sbo-so': 'Een sbo- of so-school',
  expert: 'Een expert',
  oba: 'Een onderwijsbegeleidingsaanbieder (OBA)',
});

export const BEKOSTIGERS = alsCodelijst<Schemas['Bekostiger']>({
  swv: 'Het samenwerkingsverband',
  school: 'De school',
  bestuur: 'Het schoolbestuur',
});

export const VERVOLGEN = alsCodelijst<Schemas['Vervolg']>({
  voortzetten: 'Voortzetten',
  bijstellen: 'Bijstellen',
  beeindigen: 'Beëindigen',
});

// Not code lists of the contract (the history and the werkvoorraad name their steps in free codes), so plain lists.
const GEBEURTENISSEN = codelijst([
  ['aangevraagd', 'Aangevraagd'],
  ['in-behandeling-genomen', 'In behandeling genomen'],
  ['informatie-gevraagd', 'Informatie gevraagd'],
  ['informatie-gegeven', 'Informatie gegeven'],
  ['toegekend', 'Toegekend'],
  ['afgewezen', 'Afgewezen'],
  ['gestart', 'Gestart'],
  ['geevalueerd', 'Geëvalueerd'],
  ['beeindigd', 'Beëindigd'],
]);

const WERKVOORRAAD_ACTIES = codelijst([
  ['in-behandeling-nemen', 'In behandeling nemen'],
  ['besluiten', 'Besluiten'],
  ['vraag-beantwoorden', 'Vraag beantwoorden'],
  ['starten', 'Starten'],
  ['evalueren', 'Evalueren'],
  ['beeindigen', 'Beëindigen'],
]);

// For whom a werkvoorraad line is: the role that must act, named as people at a school and the SWV call each other.
const WERKVOORRAAD_VOOR = codelijst([
  ['swv-medewerker', 'SWV-medewerker'],
  ['school-medewerker', 'intern begeleider'],
  ['expert', 'expert'],
  ['deskundige', 'deskundige'],
]);

export const statusNaam = (code: string) => naam(STATUSSEN, code);
export const soortNaam = (code: string) => naam(SOORTEN, code);
export const uitvoerderNaam = (code: string) => naam(UITVOERDERS, code);
export const bekostigerNaam = (code: string) => naam(BEKOSTIGERS, code);
export const vervolgNaam = (code: string) => naam(VERVOLGEN, code);
/** What happened in a step of the history ("In behandeling genomen"). */
export const gebeurtenisNaam = (code: string) => naam(GEBEURTENISSEN, code);
/** What an item of the werkvoorraad asks the person to do ("In behandeling nemen"). */
export const werkvoorraadActieNaam = (code: string) => naam(WERKVOORRAAD_ACTIES, code);
/** For whom a werkvoorraad line is ("intern begeleider"), from the role code the API names. */
export const werkvoorraadVoorNaam = (code: string) => naam(WERKVOORRAAD_VOOR, code);
