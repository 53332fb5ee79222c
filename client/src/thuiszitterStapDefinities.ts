// The steps of a thuiszitters entry as the action panel offers them: ending it as a definition for StapFormulier; the
// plan (filled in from the current one) and the return (a school or another destination) have forms of their own.
import { beeindigThuiszitter, useThuiszitterStap, type Thuiszitter } from './api/thuiszitters';
import { keuzes } from './arrangementLabels';
import type { components } from './api/schema';
import type { StapDefinitie, Zaakbehandeling } from './stapDefinitie';
import { BEEINDIGINGSREDENEN, thuiszitterStapNaam, thuiszitterStatusNaam } from './thuiszitterWeergave';

export type ThuiszitterStapCode = components['schemas']['ThuiszitterStap'];

export const THUISZITTER_GEWIJZIGD = 'Deze registratie is intussen door iemand anders gewijzigd; de nieuwste versie is geladen.';

export const THUISZITTER_BEHANDELING: Zaakbehandeling<Thuiszitter> = {
  useStap: useThuiszitterStap,
  gewijzigd: THUISZITTER_GEWIJZIGD,
  dezeZaak: 'deze registratie',
  statusNaam: (thuiszitter) => thuiszitterStatusNaam(thuiszitter.status),
};

export const BEEINDIGING: StapDefinitie<Thuiszitter> = {
  titel: thuiszitterStapNaam('beeindiging'),
  uitleg: () => 'Beëindig de registratie als de leerling niet terugkeert, bijvoorbeeld omdat het gezin is verhuisd.',
  knop: 'Registratie beëindigen',
  gelukt: 'De registratie is beëindigd.',
  mislukt: 'De registratie is niet beëindigd.',
  velden: [
    { naam: 'datum', label: 'Datum', soort: 'datum', vandaag: true },
    { naam: 'reden', label: 'Reden', soort: 'keuze', opties: keuzes(BEEINDIGINGSREDENEN) },
    { naam: 'toelichting', label: 'Toelichting', soort: 'tekstvak', optioneel: true },
  ],
  stap: (thuiszitter, waarden) =>
    beeindigThuiszitter(thuiszitter, {
      datum: waarden('datum'),
      reden: waarden('reden') as components['schemas']['Beeindigingsreden'] | null,
      toelichting: waarden('toelichting'),
    }),
};

const BEKEND: readonly string[] = ['planwijziging', 'terugkeer', 'beeindiging'] satisfies ThuiszitterStapCode[];

/** Whether this screen knows the step: a newer API may list a step before the screen has its form. */
export const isThuiszitterStapCode = (code: string): code is ThuiszitterStapCode => BEKEND.includes(code);
