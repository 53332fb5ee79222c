import type { components } from './api/schema';

export type IvoVelden = components['schemas']['IvoVelden'];
export type IvoNiveaus = NonNullable<IvoVelden['niveaus']>;
export type IvoVeld = Exclude<keyof IvoVelden, 'niveaus'>;

/** The five fields of the IVO model (Inrichting van het onderwijs) with their Dutch names, in their fixed order. */
export const IVO_VELDEN: readonly { veld: IvoVeld; naam: string }[] = [
  { veld: 'aandachtEnTijd', naam: 'Aandacht en tijd' },
  { veld: 'onderwijsmaterialen', naam: 'Onderwijsmaterialen' },
  { veld: 'ruimtelijkeOmgeving', naam: 'Ruimtelijke omgeving' },
  { veld: 'expertise', naam: 'Expertise' },
  { veld: 'samenwerkingMetAndereInstanties', naam: 'Samenwerking met andere instanties' },
];

/**
 * The four levels (Intensiteit in the API) with the words every form and screen uses, so schools fill them in the
 * same way; "niet ingevuld" (null) is not the same as 0.
 */
export const NIVEAUS: readonly { niveau: number; label: string; uitleg: string }[] = [
  { niveau: 0, label: '0 – geen', uitleg: 'niets meer dan elke groep biedt (de basisondersteuning)' },
  { niveau: 1, label: '1 – licht', uitleg: 'een beetje extra in de groep, kort of een paar momenten per week' },
  { niveau: 2, label: '2 – intensief', uitleg: 'elke dag extra of met een specialist, gepland en vastgelegd' },
  { niveau: 3, label: '3 – zeer intensief', uitleg: 'doorlopend en specialistisch, vaak met een plek of kennis die de meeste scholen niet hebben' },
];

/** The label of a level as the screens show it; "Niet ingevuld" when there is none. */
export function niveauLabel(niveau: number | null | undefined): string {
  return NIVEAUS.find((n) => n.niveau === niveau)?.label ?? 'Niet ingevuld';
}

/** The five fields as a form edits them: text, empty when not described; a level as the select's value, '' when not filled in. */
export type IvoTeksten = Record<IvoVeld, string> & { niveaus: Record<IvoVeld, string> };

export function alsIvoTeksten(velden: IvoVelden | undefined): IvoTeksten {
  const niveau = (veld: IvoVeld) => {
    const waarde = velden?.niveaus?.[veld];
    return waarde === null || waarde === undefined ? '' : String(waarde);
  };
  return {
    aandachtEnTijd: velden?.aandachtEnTijd ?? '',
    onderwijsmaterialen: velden?.onderwijsmaterialen ?? '',
    ruimtelijkeOmgeving: velden?.ruimtelijkeOmgeving ?? '',
    expertise: velden?.expertise ?? '',
    samenwerkingMetAndereInstanties: velden?.samenwerkingMetAndereInstanties ?? '',
    niveaus: {
      aandachtEnTijd: niveau('aandachtEnTijd'),
      onderwijsmaterialen: niveau('onderwijsmaterialen'),
      ruimtelijkeOmgeving: niveau('ruimtelijkeOmgeving'),
      expertise: niveau('expertise'),
      samenwerkingMetAndereInstanties: niveau('samenwerkingMetAndereInstanties'),
    },
  };
}

/**
 * The fields as the API takes them: a field or level left empty is sent as null ("not described", "niet ingevuld").
 * Without any level the levels are left out, which the API reads as all "niet ingevuld".
 */
export function alsIvoVelden(teksten: IvoTeksten): IvoVelden {
  const velden: IvoVelden = {};
  const niveaus: IvoNiveaus = {};
  for (const { veld } of IVO_VELDEN) {
    velden[veld] = teksten[veld].trim() === '' ? null : teksten[veld].trim();
    niveaus[veld] = teksten.niveaus[veld] === '' ? null : Number(teksten.niveaus[veld]);
  }
  if (IVO_VELDEN.some(({ veld }) => niveaus[veld] !== null)) velden.niveaus = niveaus;
  return velden;
}

/** Whether none of the five fields is described or has a level. */
export function isLeeg(velden: IvoVelden | undefined): boolean {
  return IVO_VELDEN.every(({ veld }) => !velden?.[veld]?.trim() && (velden?.niveaus?.[veld] ?? null) === null);
}
