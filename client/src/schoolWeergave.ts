// How the screens name the kind of a school: labels, never codes; the API's messages use the same words.
import type { components } from './api/schema';

type SoortSchool = components['schemas']['SoortSchool'];

/** Keyed by the contract's enum, so a new soort without a label fails the build. */
export const SOORT_LABELS: Readonly<Record<SoortSchool, string>> = {
  BAO: 'Basisonderwijs',
  SBO: 'Speciaal basisonderwijs',
  SO: 'Speciaal onderwijs',
  VSO: 'Voortgezet speciaal onderwijs',
  VO: 'Voortgezet onderwijs',
  PRO: 'Praktijkonderwijs',
};

/** The soorten in the contract's order, for a choice. */
export const SOORT_KEUZES: readonly { waarde: SoortSchool; label: string }[] = (Object.keys(SOORT_LABELS) as SoortSchool[]).map((waarde) => ({
  waarde,
  label: SOORT_LABELS[waarde],
}));
