// How the screens name a deskundige's discipline and register: the labels of the API's code lists, never codes.
import type { Beroepsregister, Discipline } from './api/deskundigen';

export const DISCIPLINES = new Map<Discipline, string>([
  ['orthopedagoog', 'Orthopedagoog'],
  ['psycholoog', 'Psycholoog'],
  ['kinder-en-jeugdpsycholoog', 'Kinder- en jeugdpsycholoog'],
  ['pedagoog', 'Pedagoog'],
  ['kinder-en-jeugdpsychiater', 'Kinder- en jeugdpsychiater'],
  ['arts', 'Arts'],
  ['maatschappelijk-werker', 'Maatschappelijk werker'],
]);

export const BEROEPSREGISTERS = new Map<Beroepsregister, string>([
  ['NIP', 'NIP (Nederlands Instituut van Psychologen)'],
  ['NVO', 'NVO (Nederlandse Vereniging van Pedagogen en Onderwijskundigen)'],
  ['SKJ', 'SKJ (Kwaliteitsregister Jeugd)'],
  ['BIG', 'BIG-register'],
]);

/** "Orthopedagoog"; a code the SPA does not know yet shows as it is. */
export function disciplineTekst(code: string): string {
  return DISCIPLINES.get(code as Discipline) ?? code;
}

export function beroepsregisterTekst(code: string): string {
  return BEROEPSREGISTERS.get(code as Beroepsregister) ?? code;
}
