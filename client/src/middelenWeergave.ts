// How the screens of the middelen extra ondersteuning and the samenwerkingsprojecten name their codes and amounts:
// the labels of the API's code lists, never codes.
import type { components } from './api/schema';
import { alsCodelijst } from './arrangementLabels';

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
