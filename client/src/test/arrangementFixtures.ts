import type { components } from '../api/schema';
import { beheerder } from './fixtures';

type Arrangement = components['schemas']['Arrangement'];
type Ik = components['schemas']['Ik'];
type Leerling = components['schemas']['Leerling'];
type School = components['schemas']['School'];
type WerkvoorraadItem = components['schemas']['WerkvoorraadItem'];
type MijnAanvraag = components['schemas']['MijnAanvraag'];

export const ARRANGEMENT_ID = '0197d3c4-5e6f-7a8b-9c0d-1e2f3a4b5c6d';
export const LEERLING_ID = '0197d3c4-1111-7a8b-9c0d-1e2f3a4b5c6d';

/** Ilse, IB'er of vestiging 12AB00. */
export function ibEr(): Ik {
  return { ...beheerder(), id: 'gebruiker-3', naam: "Ilse de IB'er", rollen: ['school-medewerker'], vestigingen: ['12AB00'] };
}

export function expert(): Ik {
  return { ...beheerder(), id: 'gebruiker-4', naam: 'Eva Expert', rollen: ['expert'] };
}

/** Ilse (ibEr) and Mo (medewerker) as a case's history and steps name them. */
export const ILSE = { id: 'gebruiker-3', naam: "Ilse de IB'er" };
export const MO = { id: 'gebruiker-2', naam: 'Mo Medewerker' };

/** An arrangement Ilse requested for Sam on 10 November 2026, with two doelen; nobody has looked at it yet. */
export function arrangement(overrides: Partial<Arrangement> = {}): Arrangement {
  return {
    id: ARRANGEMENT_ID,
    leerling: { id: LEERLING_ID, voornaam: 'Sam', achternaam: 'de Vries', geboortedatum: '2017-03-14', groep: '5' },
    vestiging: '12AB00',
    soort: 'onderwijsarrangement',
    status: 'aangevraagd',
    inhoud: {
      aandachtEnTijd: 'Twee keer per week een half uur verlengde instructie.',
      onderwijsmaterialen: 'Leesprogramma met extra oefenstof.',
      ruimtelijkeOmgeving: null,
      expertise: 'Een leesspecialist begeleidt de leerkracht.',
      samenwerkingMetAndereInstanties: null,
    },
    doelen: [
      { nummer: 1, omschrijving: 'Sam leest op AVI-niveau E4.' },
      { nummer: 2, omschrijving: 'Sam werkt twintig minuten zelfstandig.' },
    ],
    ingangsdatum: '2026-12-01',
    einddatum: '2027-07-17',
    uren: 40,
    budget: 1250.5,
    uitvoerder: { soort: 'school', naam: 'Basisschool De Regenboog', obaCode: null, expertise: null },
    bekostiger: 'swv',
    toelichting: 'De basisondersteuning is niet genoeg.',
    aangevraagdOp: '2026-11-10T09:15:00Z',
    behandeldeadline: '2026-12-22',
    openVraag: null,
    evaluaties: [],
    volgendeEvaluatieUiterlijk: null,
    evaluatieVerlopen: false,
    beeindigdOp: null,
    redenBeeindiging: null,
    geschiedenis: [{ op: '2026-11-10T09:15:00Z', door: ILSE, actie: 'aangevraagd', toelichting: null }],
    // The API lists the steps the caller may take; each test names them for the person it plays.
    toegestaneStappen: [],
    versie: 7,
    gewijzigdOp: '2026-11-10T09:15:00Z',
    ...overrides,
  };
}

/** The same arrangement, granted and started by Mo: active, the first evaluation due 1 June 2027. */
export function actiefArrangement(overrides: Partial<Arrangement> = {}): Arrangement {
  return arrangement({
    status: 'actief',
    besluit: {
      uitkomst: 'toegekend',
      besluitdatum: '2026-11-20',
      beschikkingsnummer: 'SWV-2026-0042',
      motivering: 'Past bij de ondersteuningsbehoeften.',
      door: MO,
      vastgelegdOp: '2026-11-20T13:00:00Z',
    },
    startdatum: '2026-12-01',
    volgendeEvaluatieUiterlijk: '2027-06-01',
    geschiedenis: [
      { op: '2026-11-10T09:15:00Z', door: ILSE, actie: 'aangevraagd', toelichting: null },
      { op: '2026-11-12T08:00:00Z', door: MO, actie: 'in-behandeling-genomen', toelichting: null },
      { op: '2026-11-20T13:00:00Z', door: MO, actie: 'toegekend', toelichting: 'SWV-2026-0042: Past bij de ondersteuningsbehoeften.' },
      { op: '2026-12-01T07:30:00Z', door: ILSE, actie: 'gestart', toelichting: null },
    ],
    versie: 12,
    ...overrides,
  });
}

/** One page of a werkvoorraad (arrangementen, TLV's, OPP's): by default the only one, so totaal is the number of items. */
export function werkvoorraadPagina<T = WerkvoorraadItem>(items: T[], overrides: { totaal?: number; volgendeCursor?: string } = {}) {
  return { items, totaal: items.length, ...overrides };
}

export function werkvoorraadItem(overrides: Partial<WerkvoorraadItem> = {}): WerkvoorraadItem {
  return {
    arrangementId: ARRANGEMENT_ID,
    leerlingId: LEERLING_ID,
    leerling: 'Sam de Vries',
    vestiging: '12AB00',
    soort: 'onderwijsarrangement',
    status: 'aangevraagd',
    actie: 'in-behandeling-nemen',
    voor: 'swv-medewerker',
    omschrijving: 'Nieuwe aanvraag: neem haar in behandeling',
    deadline: '2026-12-22',
    verlopen: false,
    ...overrides,
  };
}

export function mijnAanvraag(overrides: Partial<MijnAanvraag> = {}): MijnAanvraag {
  return {
    id: ARRANGEMENT_ID,
    leerling: { id: LEERLING_ID, voornaam: 'Sam', achternaam: 'de Vries' },
    vestiging: '12AB00',
    soort: 'onderwijsarrangement',
    status: 'aangevraagd',
    vraagStaatOpen: false,
    aangevraagdOp: '2026-11-24T10:00:00Z',
    behandeldeadline: '2027-01-05',
    ingangsdatum: '2026-12-01',
    einddatum: '2027-07-31',
    ...overrides,
  };
}

export function leerling(overrides: Partial<Leerling> = {}): Leerling {
  return {
    id: LEERLING_ID,
    voornaam: 'Sam',
    achternaam: 'de Vries',
    geboortedatum: '2017-03-14',
    vestiging: '12AB00',
    groep: '5',
    ondersteuningsbehoeften: {
      bevorderendeFactoren: 'Gemotiveerd, goede band met de leerkracht.',
      belemmerendeFactoren: null,
      onderwijsbehoeften: { aandachtEnTijd: 'Korte instructie, vaak herhalen.' },
      visieLeerling: null,
      visieOuders: null,
    },
    versie: 3,
    ...overrides,
  };
}

export function school(overrides: Partial<School> = {}): School {
  return {
    vestiging: '12AB00',
    naam: 'Basisschool De Regenboog',
    soort: 'BAO',
    schoolbestuur: '41234',
    regio: 'Noord',
    lokaalNetwerk: 'Noord-West',
    ondersteuningsprofiel: { aandachtEnTijd: 'Kleine groepjes voor instructie.' },
    versie: 1,
    ...overrides,
  };
}
