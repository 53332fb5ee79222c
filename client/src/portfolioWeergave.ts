// How the screens of the regional portfolio name its codes: the labels of the API's code lists, never codes.
import type { components } from './api/schema';
import { alsCodelijst } from './arrangementLabels';

type Schemas = components['schemas'];

export const EXPERTISEGEBIEDEN = alsCodelijst<Schemas['Expertisegebied']>({
  gedrag: 'Gedrag',
  'zml-cognitie': 'ZML en cognitie',
  hoogbegaafdheid: 'Hoogbegaafdheid',
  'nieuwkomers-nt2': 'Nieuwkomers en NT2',
  'jonge-kind': 'Jonge kind',
  'hechting-trauma': 'Hechting en trauma',
  orthopedagogiek: 'Orthopedagogiek',
});

export const WERKDAGEN = alsCodelijst<Schemas['Werkdag']>({
  maandag: 'Maandag',
  dinsdag: 'Dinsdag',
  woensdag: 'Woensdag',
  donderdag: 'Donderdag',
  vrijdag: 'Vrijdag',
});

/** "0,6 fte": the decimal comma Dutch readers expect. */
export function fteTekst(fte: number): string {
  return `${String(Math.round(fte * 100) / 100).replace('.', ',')} fte`;
}

/** "maandag, dinsdag en donderdag" for a sentence or a table cell. */
export function opsomming(delen: readonly string[]): string {
  return delen.length <= 1 ? (delen[0] ?? '') : `${delen.slice(0, -1).join(', ')} en ${delen[delen.length - 1]}`;
}
