import type { Opp, OppInhoud, OppVersie } from '../api/ontwikkelingsperspectiefplannen';
import { LEERLING_ID } from './arrangementFixtures';

export const OPP_ID = '0197d3c4-8888-7a8b-9c0d-1e2f3a4b5c6d';

const ILSE = { id: 'gebruiker-3', naam: "Ilse de IB'er" };

/** A complete plan: destination, both factors, a long- and a short-term goal, support and one evaluation moment. */
export function volledigeInhoud(overrides: Partial<OppInhoud> = {}): OppInhoud {
  return {
    uitstroombestemming: 'vmbo-kb',
    onderbouwingUitstroom: 'Sam leert goed praktisch.',
    bevorderendeFactoren: 'Gemotiveerd.',
    belemmerendeFactoren: 'Snel afgeleid.',
    afwijkingen: [],
    handelingsdeel: {
      doelen: [
        { nummer: 1, termijn: 'lange-termijn', domein: 'Technisch lezen', omschrijving: 'Leest op AVI E6.' },
        { nummer: 2, termijn: 'korte-termijn', domein: 'Werkhouding', omschrijving: 'Werkt tien minuten zelfstandig.' },
      ],
      ondersteuning: [{ wat: 'Leesbegeleiding', doorWie: 'Remedial teacher', omvang: 'Twee keer per week een half uur' }],
      evaluatiemomenten: ['2027-03-01'],
    },
    ...overrides,
  };
}

export const legeInhoud = (): OppInhoud => ({
  afwijkingen: [],
  handelingsdeel: { doelen: [], ondersteuning: [], evaluatiemomenten: [] },
});

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
    instemming: {
      gegeven: true,
      datum: '2026-11-22',
      ouder: 'Moeder de Vries',
      wijze: 'op-papier',
      vingerafdruk: 'a1',
      geldig: true,
      vastgelegdDoor: ILSE,
      vastgelegdOp: '2026-11-22T10:00:00Z',
    },
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
