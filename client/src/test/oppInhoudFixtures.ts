import type { Opp, OppInhoud, OppVersie } from '../api/ontwikkelingsperspectiefplannen';
import type { components } from '../api/schema';
import { LEERLING_ID } from './arrangementFixtures';

type Instemming = components['schemas']['OppInstemming'];

export const OPP_ID = '0197d3c4-7777-7a8b-9c0d-1e2f3a4b5c6d';
export const ILSE = { id: 'gebruiker-3', naam: "Ilse de IB'er" };

/** A plan with every part filled: what Sam's first version says. */
export function volledigeInhoud(overrides: Partial<OppInhoud> = {}): OppInhoud {
  return {
    uitstroombestemming: 'vmbo-kb',
    onderbouwingUitstroom: 'Sam leert praktisch en gaat vooruit met rekenen.',
    bevorderendeFactoren: 'Gemotiveerd, veel steun thuis.',
    belemmerendeFactoren: 'Leest langzaam.',
    afwijkingen: [{ vakgebied: 'Rekenen', leerlijn: 'Eigen leerlijn rekenen', niveau: '1F' }],
    handelingsdeel: {
      doelen: [
        { nummer: 1, termijn: 'lange-termijn', domein: 'Technisch lezen', omschrijving: 'Sam leest op AVI-niveau E6.' },
        { nummer: 2, termijn: 'korte-termijn', domein: 'Technisch lezen', omschrijving: 'Sam leest op AVI-niveau E4.' },
      ],
      ondersteuning: [{ wat: 'Verlengde instructie lezen', doorWie: 'Leerkracht', omvang: 'Twee keer per week een half uur', arrangementId: null }],
      evaluatiemomenten: ['2027-02-01', '2027-06-15'],
      planVanAanpak: {
        doelen: ['Sam leest elke dag tien minuten hardop.'],
        interventies: [{ wat: 'Observatie in de klas', wie: 'Eva Expert', van: '2027-01-10', tot: '2027-01-31' }],
        expertUren: 12.5,
      },
    },
    ...overrides,
  };
}

export const legeInhoud = (): OppInhoud => ({
  afwijkingen: [],
  handelingsdeel: { doelen: [], ondersteuning: [], evaluatiemomenten: [] },
});

export function instemming(overrides: Partial<Instemming> = {}): Instemming {
  return {
    gegeven: true,
    datum: '2027-01-05',
    ouder: 'Anna de Vries',
    wijze: 'op-papier',
    reden: null,
    vingerafdruk: 'abc',
    geldig: true,
    vastgelegdDoor: ILSE,
    vastgelegdOp: '2027-01-05T10:00:00Z',
    ...overrides,
  };
}

export function versie(overrides: Partial<OppVersie> = {}): OppVersie {
  return {
    nummer: 1,
    status: 'concept',
    inhoud: volledigeInhoud(),
    vingerafdruk: 'abc',
    handelingsdeelVastgesteld: false,
    aangemaaktDoor: ILSE,
    aangemaaktOp: '2026-12-01T09:00:00Z',
    ...overrides,
  };
}

/** Sam's OPP at a regular primary school, with one concept version unless `versies` says otherwise. */
export function opp(overrides: Partial<Opp> = {}): Opp {
  return {
    id: OPP_ID,
    leerlingId: LEERLING_ID,
    leerlingNaam: 'Sam de Vries',
    vestiging: '12AB00',
    soortSchool: 'BAO',
    aanleiding: 'extra-ondersteuning',
    startdatum: '2026-12-01',
    vaststellenUiterlijk: '2027-01-12',
    status: 'concept',
    versies: [versie()],
    conceptversie: 1,
    wachtOpInstemming: false,
    evaluaties: [],
    rod: { plichtig: true, begindatumTeRegistreren: false, einddatumTeRegistreren: false },
    geschiedenis: [],
    toegestaneStappen: ['wijziging'],
    versie: 3,
    gewijzigdOp: '2026-12-01T09:00:00Z',
    ...overrides,
  };
}
