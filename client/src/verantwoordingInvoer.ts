// The lines of a verantwoording as its form edits them (all text), and the request the API takes.
import type { Verantwoording, VerantwoordingVerzoek, VerantwoordingsregelVerzoek } from './api/middelen';
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

/** The whole request; the pupil lines stay as they are: the form does not change them. */
export function alsVerantwoordingVerzoek(regels: readonly Regelinvoer[], verantwoording: Verantwoording | undefined): VerantwoordingVerzoek {
  return {
    regels: regels.map(alsRegelVerzoek),
    leerlingregels: (verantwoording?.leerlingregels ?? []).map((l) => ({ oppId: l.oppId, besteed: l.besteed, ...(l.toelichting && { toelichting: l.toelichting }) })),
  };
}
