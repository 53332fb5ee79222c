// Which step of the lifecycle a person may take now: aangevraagd → in behandeling → toegekend | afgewezen → actief →
// beëindigd. Only decides what the SPA offers; the API checks it again (403, 409).
import type { Arrangement } from './api/arrangementen';
import { EXPERT, SCHOOL_MEDEWERKER, SWV_MEDEWERKER } from './auth/rollen';

export type StapCode =
  | 'behandeling'
  | 'informatieverzoek'
  | 'antwoord'
  | 'toekenning'
  | 'afwijzing'
  | 'start'
  | 'evaluatie'
  | 'beeindiging';

const UITVOERENDEN = [SWV_MEDEWERKER, SCHOOL_MEDEWERKER, EXPERT];

interface Regel {
  stap: StapCode;
  status: string;
  rollen: readonly string[];
  /** Whether a question to the school must be open (true), must not be (false), or does not matter. */
  openVraag?: boolean;
}

// In the order the panel shows them.
const REGELS: readonly Regel[] = [
  { stap: 'behandeling', status: 'aangevraagd', rollen: [SWV_MEDEWERKER] },
  { stap: 'antwoord', status: 'in-behandeling', rollen: [SCHOOL_MEDEWERKER], openVraag: true },
  { stap: 'toekenning', status: 'in-behandeling', rollen: [SWV_MEDEWERKER] },
  { stap: 'afwijzing', status: 'in-behandeling', rollen: [SWV_MEDEWERKER] },
  { stap: 'informatieverzoek', status: 'in-behandeling', rollen: [SWV_MEDEWERKER], openVraag: false },
  { stap: 'start', status: 'toegekend', rollen: UITVOERENDEN },
  { stap: 'evaluatie', status: 'actief', rollen: UITVOERENDEN },
  { stap: 'beeindiging', status: 'actief', rollen: UITVOERENDEN },
];

/** The steps someone with `rollen` may take on the arrangement as it is now. */
export function toegestaneStappen(
  arrangement: Pick<Arrangement, 'status' | 'openVraag'>,
  rollen: readonly string[],
): StapCode[] {
  const vraagOpen = arrangement.openVraag != null;
  return REGELS.filter(
    (regel) =>
      regel.status === arrangement.status &&
      (regel.openVraag === undefined || regel.openVraag === vraagOpen) &&
      regel.rollen.some((rol) => rollen.includes(rol)),
  ).map((regel) => regel.stap);
}
