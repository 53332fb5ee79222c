import type { OppRij, OppWerkvoorraadItem } from '../api/ontwikkelingsperspectiefplannen';
import { ARRANGEMENT_ID, LEERLING_ID } from './arrangementFixtures';

export const OPP_ID = '0197d3c4-8888-7a8b-9c0d-1e2f3a4b5c6d';

/** Sam's OPP at De Regenboog (12AB00), started on 1 November 2026 for extra support; a concept, due on 13 December. */
export function oppRij(overrides: Partial<OppRij> = {}): OppRij {
  return {
    id: OPP_ID,
    leerling: { id: LEERLING_ID, naam: 'Sam de Vries' },
    vestiging: '12AB00',
    soortSchool: 'BAO',
    aanleiding: 'extra-ondersteuning',
    status: 'concept',
    conceptversie: 1,
    startdatum: '2026-11-01',
    vaststellenUiterlijk: '2026-12-13',
    wachtOpInstemming: false,
    ...overrides,
  };
}

/** The school must set Sam's concept OPP by 13 December 2026. */
export function oppWerkvoorraadItem(overrides: Partial<OppWerkvoorraadItem> = {}): OppWerkvoorraadItem {
  return {
    oppId: OPP_ID,
    leerling: { id: LEERLING_ID, naam: 'Sam de Vries' },
    vestiging: '12AB00',
    status: 'concept',
    actie: 'vaststellen',
    voor: 'school-medewerker',
    omschrijving: 'Stel het OPP vast: de wettelijke termijn van zes weken loopt',
    deadline: '2026-12-13',
    verlopen: false,
    ...overrides,
  };
}

/** Sam's arrangement runs and Sam has no OPP yet: due six weeks after the start (10 November 2026). */
export function oppOntbreektItem(overrides: Partial<OppWerkvoorraadItem> = {}): OppWerkvoorraadItem {
  return {
    oppId: null,
    arrangementId: ARRANGEMENT_ID,
    leerling: { id: LEERLING_ID, naam: 'Sam de Vries' },
    vestiging: '12AB00',
    actie: 'opp-ontbreekt',
    voor: 'school-medewerker',
    omschrijving: 'Er loopt een arrangement, maar de leerling heeft nog geen OPP: start het en stel het binnen zes weken vast',
    deadline: '2026-12-22',
    verlopen: false,
    ...overrides,
  };
}
