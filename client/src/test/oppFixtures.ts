// Sam's OPP, for every test of the OPP screens: the plan itself, its versions and the rows of the lists.
import type { Opp, OppInhoud, OppRij, OppVersie, OppWerkvoorraadItem } from '../api/ontwikkelingsperspectiefplannen';
import type { components } from '../api/schema';
import { ARRANGEMENT_ID, ILSE, LEERLING_ID } from './arrangementFixtures';

type Instemming = components['schemas']['OppInstemming'];

export const OPP_ID = '0197d3c4-8888-7a8b-9c0d-1e2f3a4b5c6d';

/** A plan with every part filled: destination, factors, a deviation, two goals, support, two moments, a plan van aanpak. */
export function volledigeInhoud(overrides: Partial<OppInhoud> = {}): OppInhoud {
  return {
    uitstroombestemming: 'vmbo-kb',
    onderbouwingUitstroom: 'Sam leert praktisch en gaat vooruit met rekenen.',
    bevorderendeFactoren: 'Gemotiveerd, veel steun thuis.',
    belemmerendeFactoren: 'Leest langzaam.',
    afwijkingen: [{ vakgebied: 'Rekenen', leerlijn: 'Eigen leerlijn rekenen', niveau: '1F' }],
    handelingsdeel: {
      doelen: [
        { nummer: 1, termijn: 'lange-termijn', domein: 'Technisch lezen', omschrijving: 'Leest op AVI E6.' },
        { nummer: 2, termijn: 'korte-termijn', domein: 'Werkhouding', omschrijving: 'Werkt tien minuten zelfstandig.' },
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

/** Anna de Vries agreed on paper on 5 January 2027 to the handelingsdeel as it still is. */
export function instemming(overrides: Partial<Instemming> = {}): Instemming {
  return {
    gegeven: true,
    datum: '2027-01-05',
    ouder: 'Anna de Vries',
    wijze: 'op-papier',
    reden: null,
    vingerafdruk: 'a1',
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
    vingerafdruk: 'a1',
    handelingsdeelVastgesteld: false,
    aangemaaktDoor: ILSE,
    aangemaaktOp: '2026-11-02T09:00:00Z',
    ...overrides,
  };
}

/** Sam's OPP at 12AB00 (basisonderwijs), started on 2 November 2026 for extra support: version 1 in concept. */
export function opp(overrides: Partial<Opp> = {}): Opp {
  return {
    id: OPP_ID,
    leerlingId: LEERLING_ID,
    leerlingNaam: 'Sam de Vries',
    vestiging: '12AB00',
    soortSchool: 'BAO',
    aanleiding: 'extra-ondersteuning',
    startdatum: '2026-11-02',
    vaststellenUiterlijk: '2026-12-14',
    status: 'concept',
    versies: [versie()],
    conceptversie: 1,
    versieVoorInstemming: 1,
    wachtOpInstemming: false,
    evaluaties: [],
    rod: { plichtig: true, begindatumTeRegistreren: false, einddatumTeRegistreren: false },
    geschiedenis: [{ op: '2026-11-02T09:00:00Z', door: ILSE, actie: 'concept-gemaakt' }],
    toegestaneStappen: ['wijziging', 'overleg', 'hoorrecht', 'instemming', 'vaststelling', 'afsluiting'],
    versie: 4,
    gewijzigdOp: '2026-11-02T09:00:00Z',
    ...overrides,
  };
}

const OVERLEG = {
  datum: '2026-11-20',
  deelnemers: 'Moeder, mentor',
  uitkomst: 'Eens over de doelen.',
  vastgelegdDoor: ILSE,
  vastgelegdOp: '2026-11-20T10:00:00Z',
};

const HOORRECHT = {
  gehoord: true,
  datum: '2026-11-21',
  toelichting: 'Sam wil graag beter lezen.',
  vastgelegdDoor: ILSE,
  vastgelegdOp: '2026-11-21T10:00:00Z',
};

/**
 * Version 1 vastgesteld on 1 December 2026 with instemming; version 2 in concept with a changed goal (another
 * fingerprint), so the handelingsdeel needs the ouders again. One evaluation of version 1.
 */
export function oppInHerziening(): Opp {
  const eerste = versie({
    status: 'vastgesteld',
    vastgesteldOp: '2026-12-01',
    vastgesteldDoor: ILSE,
    handelingsdeelVastgesteld: true,
    overleg: OVERLEG,
    hoorrecht: HOORRECHT,
    instemming: instemming({ datum: '2026-11-22', ouder: 'Moeder de Vries', vastgelegdOp: '2026-11-22T10:00:00Z' }),
  });
  const inhoud = volledigeInhoud();
  const tweede = versie({
    nummer: 2,
    vingerafdruk: 'b2',
    inhoud: {
      ...inhoud,
      handelingsdeel: {
        ...inhoud.handelingsdeel,
        doelen: [inhoud.handelingsdeel.doelen[0]!, { nummer: 2, termijn: 'korte-termijn', domein: 'Werkhouding', omschrijving: 'Werkt twintig minuten zelfstandig.' }],
      },
    },
  });
  return opp({
    status: 'in-herziening',
    versies: [eerste, tweede],
    geldendeVersie: 1,
    conceptversie: 2,
    versieVoorInstemming: 2,
    eersteVaststelling: '2026-12-01',
    laatstGeevalueerdOp: '2026-12-02',
    evaluatieUiterlijk: '2028-07-31',
    rod: { plichtig: true, begindatum: '2026-12-01', begindatumTeRegistreren: true, einddatumTeRegistreren: false },
    evaluaties: [
      {
        id: 'evaluatie-1',
        datum: '2026-12-02',
        versie: 1,
        deelnemers: 'Moeder, mentor',
        doelen: [
          { doel: 1, behaald: false, toelichting: 'Nog AVI E5.' },
          { doel: 2, behaald: true },
        ],
        conclusie: 'Het korte-termijndoel kan hoger.',
        nieuweVersie: true,
        door: ILSE,
        vastgelegdOp: '2026-12-02T10:00:00Z',
      },
    ],
    toegestaneStappen: ['wijziging', 'overleg', 'hoorrecht', 'instemming', 'vaststelling', 'evaluatie', 'rod-registratie', 'afsluiting'],
    versie: 12,
  });
}

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
