// Sam's aanmelding at De Regenboog, for every test of the aanmelding screens.
import type { Aanmelding, AanmeldingWerkvoorraadItem } from '../api/aanmeldingen';
import { ILSE, LEERLING_ID } from './arrangementFixtures';

export const AANMELDING_ID = '0197d3c4-9999-7a8b-9c0d-1e2f3a4b5c6d';

/** Received on Monday 1 March 2027, so the school decides by Monday 12 April 2027; nothing decided yet. */
export function aanmelding(overrides: Partial<Aanmelding> = {}): Aanmelding {
  return {
    id: AANMELDING_ID,
    leerling: { id: LEERLING_ID, naam: 'Sam de Vries' },
    vestiging: '12AB00',
    schoolNaam: 'Basisschool De Regenboog',
    ontvangenOp: '2027-03-01',
    ouderVerwachtExtraOndersteuning: true,
    gewensteStartdatum: '2027-08-30',
    schooljaar: '2027-2028',
    status: 'ontvangen',
    zorgplicht: true,
    besluitUiterlijk: '2027-04-12',
    verlopen: false,
    geschiedenis: [{ op: '2027-03-01T09:00:00+01:00', door: ILSE, actie: 'ontvangen', toelichting: null }],
    toegestaneStappen: ['verlenging', 'besluit', 'intrekking'],
    versie: 7,
    gewijzigdOp: '2027-03-01T09:00:00+01:00',
    ...overrides,
  };
}

export function aanmeldingWerkvoorraadItem(overrides: Partial<AanmeldingWerkvoorraadItem> = {}): AanmeldingWerkvoorraadItem {
  return {
    aanmeldingId: AANMELDING_ID,
    leerling: { id: LEERLING_ID, naam: 'Sam de Vries' },
    vestiging: '12AB00',
    schoolNaam: 'Basisschool De Regenboog',
    status: 'ontvangen',
    actie: 'besluiten',
    voor: 'school-medewerker',
    omschrijving: 'Besluit over de toelating: de zorgplicht loopt',
    deadline: '2027-04-12',
    verlopen: false,
    ...overrides,
  };
}
