// The lines of a verantwoording as its form edits them (all text), and the request the API takes.
import type { LeerlingregelVerzoek, Verantwoording, VerantwoordingVerzoek, VerantwoordingsregelVerzoek } from './api/middelen';
import { bedragInvoer, leesBedrag } from './middelenWeergave';

/** A line at school or group level as the form edits it. */
export interface Regelinvoer {
  niveau: string;
  vestiging: string;
  groep: string;
  doel: string;
  interventies: string;
  besteed: string;
  resultaten: string;
}

/**
 * At most this many lines, school and pupil lines together: the API's Verantwoording.MaximumRegels, which it checks
 * as well; the form offers no line beyond it.
 */
export const MAXIMUM_REGELS = 200;

export const LEGE_REGEL: Regelinvoer = { niveau: 'school', vestiging: '', groep: '', doel: '', interventies: '', besteed: '', resultaten: '' };

/** The fields of a line at school or group level, as the API's error paths name them under `regels/{i}/`. */
export const REGELVELDEN = ['niveau', 'vestiging', 'groep', 'doel', 'interventies', 'besteed', 'resultaten'] as const;

/** The lines of a verantwoording to edit; a new one starts with one empty line. */
export function regelsVan(verantwoording: Verantwoording | undefined): Regelinvoer[] {
  if (!verantwoording || verantwoording.regels.length === 0) return [{ ...LEGE_REGEL }];
  return verantwoording.regels.map((r) => ({
    niveau: r.niveau,
    vestiging: r.vestiging,
    groep: r.groep ?? '',
    doel: r.doel,
    interventies: r.interventies,
    besteed: bedragInvoer(r.besteed),
    resultaten: r.resultaten ?? '',
  }));
}

/** A line as the API takes it: what is empty goes as null (required) or not at all (optional), so the API names it. */
export function alsRegelVerzoek(r: Regelinvoer): VerantwoordingsregelVerzoek {
  return {
    niveau: r.niveau === '' ? null : (r.niveau as VerantwoordingsregelVerzoek['niveau']),
    vestiging: r.vestiging === '' ? null : r.vestiging,
    ...(r.niveau === 'groep' && r.groep.trim() !== '' && { groep: r.groep }),
    doel: r.doel.trim() === '' ? null : r.doel,
    interventies: r.interventies.trim() === '' ? null : r.interventies,
    besteed: leesBedrag(r.besteed) ?? null,
    ...(r.resultaten.trim() !== '' && { resultaten: r.resultaten }),
  };
}

/** A line at pupil level as the form edits it: the pupil's OPP (its id, never shown), the money used and a note. */
export interface Leerlingregelinvoer {
  /** Identifies the line while lines are added and removed. */
  sleutel: number;
  oppId: string;
  besteed: string;
  toelichting: string;
}

/** The fields of a pupil line, as the API's error paths name them under `leerlingregels/{i}/`. */
export const LEERLINGREGELVELDEN = ['oppId', 'besteed', 'toelichting'] as const;

let laatsteSleutel = 0;

export function nieuweLeerlingregel(oppId = '', besteed = '', toelichting = ''): Leerlingregelinvoer {
  laatsteSleutel += 1;
  return { sleutel: laatsteSleutel, oppId, besteed, toelichting };
}

/** The pupil lines of a verantwoording to edit; a new one has none. */
export function leerlingregelsVan(verantwoording: Verantwoording | undefined): Leerlingregelinvoer[] {
  return (verantwoording?.leerlingregels ?? []).map((l) => nieuweLeerlingregel(l.oppId, bedragInvoer(l.besteed), l.toelichting ?? ''));
}

/** A pupil line as the API takes it: no OPP or no amount goes as null, so the API names it; an empty note not at all. */
export function alsLeerlingregelVerzoek(r: Leerlingregelinvoer): LeerlingregelVerzoek {
  return {
    oppId: r.oppId === '' ? null : r.oppId,
    besteed: leesBedrag(r.besteed) ?? null,
    ...(r.toelichting.trim() !== '' && { toelichting: r.toelichting }),
  };
}

/** The whole request: PUT replaces every line, so both kinds go, in the form's order (the API's errors name them by index). */
export function alsVerantwoordingVerzoek(regels: readonly Regelinvoer[], leerlingregels: readonly Leerlingregelinvoer[]): VerantwoordingVerzoek {
  return { regels: regels.map(alsRegelVerzoek), leerlingregels: leerlingregels.map(alsLeerlingregelVerzoek) };
}
