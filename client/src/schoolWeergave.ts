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

/** The choices for the cluster of an SO/VSO school: only 1 and 2 matter (no zorgplicht); empty is "neither". */
export const CLUSTER_KEUZES: readonly { waarde: string; label: string }[] = [
  { waarde: '', label: 'Geen cluster 1 of 2' },
  { waarde: '1', label: 'Cluster 1: leerlingen die blind of slechtziend zijn' },
  { waarde: '2', label: 'Cluster 2: leerlingen die doof of slechthorend zijn of een taal- of spraakstoornis hebben' },
];

/** The cluster as the school's details show it. */
export function clusterTekst(cluster: number | undefined): string {
  if (cluster === 1 || cluster === 2) return `Cluster ${cluster}: geen zorgplicht bij aanmelding`;
  if (cluster === 3 || cluster === 4) return `Cluster ${cluster}`;
  return 'Geen cluster 1 of 2';
}
