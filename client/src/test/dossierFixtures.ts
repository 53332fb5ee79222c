import type { Dossierimport } from '../api/dossiers';
import { ILSE, LEERLING_ID } from './arrangementFixtures';

export const DOSSIER_ID = '0197e0a1-1111-7a8b-9c0d-1e2f3a4b5c6d';

/** Sam's POSWV dossier of 14 March 2027, received the next day; the parents disagree with it. */
export function dossier(overrides: Partial<Dossierimport> = {}): Dossierimport {
  return {
    id: DOSSIER_ID,
    leerlingId: LEERLING_ID,
    leerlingNaam: 'Sam de Vries',
    vestiging: '12AB00',
    status: 'actueel',
    profiel: 'POSWV',
    dossierdatum: '2027-03-14',
    pakket: 'ParnasSys',
    ontvangen: '2027-03-15T09:30:00Z',
    aangeleverdDoor: ILSE,
    inhoudshash: 'a'.repeat(64),
    grootte: 51234,
    ouderinzage: {
      voorlopigDossier: false,
      ingezien: true,
      inzagedatum: '2027-03-10',
      akkoord: 'nee',
      redenNietAkkoord: 'Teveel zorggegevens in het dossier',
      toestemming: 'ja',
      heeftBezwaar: true,
    },
    verzorgers: [{ naam: 'Petra de Vries', relatie: 'Moeder', wettelijkVertegenwoordiger: true, telefoon: '0612345678', email: null }],
    gegevens: {
      schoolloopbaan: [{ schooljaar: '2026-2027', groep: '5B', jaargroep: '5', vestiging: '12AB00', begindatum: '2026-08-24', einddatum: null }],
      toetsresultaten: [{ toets: 'Cito Rekenen-Wiskunde', leergebied: 'Rekenen', afnamedatum: '2027-01-20', jaargroep: '5', scores: ['185', 'IV'] }],
      handelingsplannen: [],
      tlvs: [],
      arrangementen: [{ soort: 'Ambulante begeleiding', ingangsdatum: '2025-09-01', einddatum: '2026-07-31', kenmerk: 'AB-12', beschikkingsnummer: null }],
    },
    heeftBeschermdeGegevens: true,
    verslag: [
      { soort: 'bijgewerkt', onderdeel: 'Leerling', toelichting: 'Herkend aan het leerlingnummer in het LAS.', pad: '/dossier/leerling' },
      { soort: 'weggelaten', onderdeel: 'Burgerservicenummer', toelichting: 'Een BSN wordt nooit bewaard.', pad: '/dossier/leerling/bsn' },
      { soort: 'genegeerd', onderdeel: 'Foto', toelichting: 'Niet nodig voor passend onderwijs.', pad: null },
    ],
    versie: 1,
    ...overrides,
  };
}
