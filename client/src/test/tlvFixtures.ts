import type { Ik } from '../api/ik';
import type { Bezwaar, Tlv, TlvRij, TlvWerkvoorraadItem } from '../api/toelaatbaarheidsverklaringen';
import { LEERLING_ID, MO } from './arrangementFixtures';
import { medewerker } from './fixtures';

export const TLV_ID = '0197d3c4-7777-7a8b-9c0d-1e2f3a4b5c6d';

/**
 * A TLV for SO (categorie laag) that Ilse requested for Sam on 10 November 2026, decided on 15 December (number
 * TLV-2026-014) and made known on 16 December; the bezwaar term ends on 27 January 2027. No bezwaar yet.
 */
export function tlv(overrides: Partial<Tlv> = {}): Tlv {
  return {
    id: TLV_ID,
    samenwerkingsverband: 'PO2501',
    leerling: { id: LEERLING_ID, naam: 'Sam de Vries', geboortedatum: '2017-03-14' },
    vestiging: '12AB00',
    beoogdeSchool: { vestiging: '34CD00', naam: 'De Vlinder (SO)', soort: 'SO', inSamenwerkingsverband: true },
    status: 'bekendgemaakt',
    soort: 'SO',
    categorie: 'L',
    gevraagdeIngangsdatum: '2027-01-01',
    gevraagdeEinddatum: '2028-07-31',
    onderbouwing: {
      onderwijsbehoeften: { aandachtEnTijd: 'Een kleine groep met veel structuur.' },
      basisondersteuning: 'Verlengde instructie en een time-outplek.',
      extraOndersteuning: 'Een jaar een gedragsarrangement.',
      arrangementen: [],
      visieOuders: 'De ouders willen rust voor Sam.',
      visieLeerling: 'Sam wil minder kinderen om zich heen.',
    },
    aangevraagdOp: '2026-11-10T09:15:00Z',
    behandeldeadline: '2026-12-22',
    adviezen: [],
    besluit: {
      toelaatbaar: true,
      soort: 'SO',
      categorie: 'L',
      ingangsdatum: '2027-01-01',
      einddatum: '2028-07-31',
      beschikkingsnummer: 'TLV-2026-014',
      besluitdatum: '2026-12-15',
      motivering: 'Beide deskundigen adviseren SO.',
      door: MO,
      vastgelegdOp: '2026-12-15T10:00:00Z',
    },
    beschikkingsnummer: 'TLV-2026-014',
    toelaatbaar: true,
    ingangsdatum: '2027-01-01',
    einddatum: '2028-07-31',
    bekendgemaaktOp: '2026-12-16',
    eindeBezwaartermijn: '2027-01-27',
    afgerondeBezwaren: [],
    geschiedenis: [],
    toegestaneStappen: [],
    versie: 7,
    gewijzigdOp: '2026-12-16T10:00:00Z',
    ...overrides,
  };
}

/** A TLV that is still a request: no decision, no bekendmaking. */
export function tlvAanvraag(overrides: Partial<Tlv> = {}): Tlv {
  const { besluit: _geenBesluit, ...zonderBesluit } = tlv();
  return {
    ...zonderBesluit,
    status: 'aangevraagd',
    beschikkingsnummer: null,
    toelaatbaar: null,
    ingangsdatum: null,
    einddatum: null,
    bekendgemaaktOp: null,
    eindeBezwaartermijn: null,
    ...overrides,
  };
}

/** The ouders' bezwaar received on 20 January 2027 (in time); the LBT must be asked by 3 February, the decision is due 21 April. */
export function bezwaar(overrides: Partial<Bezwaar> = {}): Bezwaar {
  return {
    id: '0197d3c4-8888-7a8b-9c0d-1e2f3a4b5c6d',
    indiener: 'ouders',
    indienerNaam: 'J. de Vries',
    ontvangenOp: '2027-01-20',
    teLaat: false,
    lbtAdviesaanvraagUiterlijk: '2027-02-03',
    stukken: [],
    beslissenUiterlijk: '2027-04-21',
    ...overrides,
  };
}

/** A row of the TLV list for Sam's TLV. */
export function tlvRij(overrides: Partial<TlvRij> = {}): TlvRij {
  return {
    id: TLV_ID,
    leerling: { id: LEERLING_ID, naam: 'Sam de Vries', geboortedatum: '2017-03-14' },
    vestiging: '12AB00',
    beoogdeSchool: 'De Vlinder (SO)',
    status: 'bekendgemaakt',
    soort: 'SO',
    categorie: 'L',
    toelaatbaar: true,
    beschikkingsnummer: 'TLV-2026-014',
    aangevraagdOp: '2026-11-10T09:15:00Z',
    behandeldeadline: '2026-12-22',
    ingangsdatum: '2027-01-01',
    einddatum: '2028-07-31',
    ingeschrevenOp: null,
    ...overrides,
  };
}

/** A line of the TLV werkvoorraad: the SWV must decide on Sam's request by 22 December 2026. */
export function tlvWerkvoorraadItem(overrides: Partial<TlvWerkvoorraadItem> = {}): TlvWerkvoorraadItem {
  return {
    tlvId: TLV_ID,
    leerling: { id: LEERLING_ID, naam: 'Sam de Vries', geboortedatum: '2017-03-14' },
    vestiging: '12AB00',
    beoogdeSchool: 'De Vlinder (SO)',
    soort: 'SO',
    status: 'in-advisering',
    actie: 'besluiten',
    voor: 'swv-medewerker',
    omschrijving: 'Beide adviezen zijn binnen: neem een besluit',
    deadline: '2026-12-22',
    verlopen: false,
    ...overrides,
  };
}

/** Dirk, a deskundige (orthopedagoog) with an account: he sees only the TLV's he was asked to advise on. */
export function deskundige(): Ik {
  return { ...medewerker(), id: 'gebruiker-5', naam: 'Dirk Deskundige', rollen: ['deskundige'] };
}
