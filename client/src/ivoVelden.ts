import type { components } from './api/schema';

export type IvoVelden = components['schemas']['IvoVelden'];
export type IvoVeld = keyof IvoVelden;

/** The five fields of the IVO model (Inrichting van het onderwijs) with their Dutch names, in their fixed order. */
export const IVO_VELDEN: readonly { veld: IvoVeld; naam: string }[] = [
  { veld: 'aandachtEnTijd', naam: 'Aandacht en tijd' },
  { veld: 'onderwijsmaterialen', naam: 'Onderwijsmaterialen' },
  { veld: 'ruimtelijkeOmgeving', naam: 'Ruimtelijke omgeving' },
  { veld: 'expertise', naam: 'Expertise' },
  { veld: 'samenwerkingMetAndereInstanties', naam: 'Samenwerking met andere instanties' },
];

/** The five fields as a form edits them: text, empty when not described. */
export type IvoTeksten = Record<IvoVeld, string>;

export function alsIvoTeksten(velden: IvoVelden | undefined): IvoTeksten {
  return {
    aandachtEnTijd: velden?.aandachtEnTijd ?? '',
    onderwijsmaterialen: velden?.onderwijsmaterialen ?? '',
    ruimtelijkeOmgeving: velden?.ruimtelijkeOmgeving ?? '',
    expertise: velden?.expertise ?? '',
    samenwerkingMetAndereInstanties: velden?.samenwerkingMetAndereInstanties ?? '',
  };
}

/** The fields as the API takes them: a field left empty is sent as null ("not described"). */
export function alsIvoVelden(teksten: IvoTeksten): IvoVelden {
  const velden: IvoVelden = {};
  for (const { veld } of IVO_VELDEN) velden[veld] = teksten[veld].trim() === '' ? null : teksten[veld].trim();
  return velden;
}

/** Whether none of the five fields is described. */
export function isLeeg(velden: IvoVelden | undefined): boolean {
  return IVO_VELDEN.every(({ veld }) => !velden?.[veld]?.trim());
}
