import { describe, expect, it } from 'vitest';
import type { Middelentoekenning } from './api/middelen';
import { euroTekst } from './arrangementWeergave';
import type { OppRij } from './api/ontwikkelingsperspectiefplannen';
import {
  bedragInvoer,
  besteedTekst,
  jaarKeuzes,
  leesBedrag,
  oppKeuzes,
  oppKeuzeTekst,
  schoolKeuzes,
  toekenningenVanJaar,
  verantwoordingStandTekst,
} from './middelenWeergave';

const toekenning = (overrides: Partial<Middelentoekenning>): Middelentoekenning => ({
  id: 't',
  schoolbestuurId: 'b',
  schoolbestuurNaam: 'Stichting Primair',
  jaar: 2024,
  bedrag: 90000,
  verdeelsleutel: 'per-leerling-op-teldatum',
  scholen: [],
  geschiedenis: [],
  versie: 1,
  ...overrides,
});

describe('amounts of the middelen', () => {
  it('shows a grant in euro as a Dutch reader writes it', () => {
    expect(euroTekst(90000)).toBe('€ 90.000,00');
    expect(euroTekst(184500)).toBe('€ 184.500,00');
    expect(bedragInvoer(90000)).toBe('90.000,00');
    expect(bedragInvoer(1250.5)).toBe('1.250,50');
  });

  it('reads an amount with a decimal comma, thousands dots or a euro sign', () => {
    expect(leesBedrag('90.000,00')).toBe(90000);
    expect(leesBedrag('€ 1.250,5')).toBe(1250.5);
    expect(leesBedrag('90000')).toBe(90000);
    expect(leesBedrag('90.000')).toBe(90000);
    expect(leesBedrag('12,75')).toBe(12.75);
    expect(leesBedrag('1250.50')).toBe(1250.5);
    expect(leesBedrag(bedragInvoer(184500))).toBe(184500);
  });

  it('reads nothing from what is not an amount, so the API names the missing field', () => {
    expect(leesBedrag('')).toBeUndefined();
    expect(leesBedrag('  ')).toBeUndefined();
    expect(leesBedrag('veel')).toBeUndefined();
    expect(leesBedrag('1,2,3')).toBeUndefined();
  });
});

describe('the list of grants', () => {
  it('offers this year and every year with a grant, newest first, each once', () => {
    expect(jaarKeuzes([toekenning({ jaar: 2023 }), toekenning({ jaar: 2031 }), toekenning({ jaar: 2023 })], 2026)).toEqual([2031, 2026, 2023]);
    expect(jaarKeuzes([], 2026)).toEqual([2026]);
  });

  it("shows a year's grants by bestuur name, in Dutch order", () => {
    const alle = [
      toekenning({ id: 'z', schoolbestuurNaam: 'Zuid', jaar: 2024 }),
      toekenning({ id: 'a', schoolbestuurNaam: 'Arcade', jaar: 2024 }),
      toekenning({ id: 'x', schoolbestuurNaam: 'Anders', jaar: 2025 }),
    ];
    expect(toekenningenVanJaar(alle, '2024').map((t) => t.id)).toEqual(['a', 'z']);
  });

  it('says where the verantwoording stands and what it spent against the grant', () => {
    expect(verantwoordingStandTekst(toekenning({}))).toBe('Nog niet begonnen');
    expect(verantwoordingStandTekst(toekenning({ verantwoordingStatus: 'besproken' }))).toBe('Besproken in het bestuursgesprek');
    expect(besteedTekst(toekenning({}))).toBe('—');
    expect(besteedTekst(toekenning({ besteed: 45000, bedrag: 95000 }))).toBe('€ 45.000,00 van € 95.000,00');
  });

  it("offers the person's own schools and those the lines already name, each once", () => {
    const scholen = schoolKeuzes(
      [{ vestiging: '12AB00', naam: 'Basisschool De Regenboog' }, { vestiging: '12AB01' }],
      [
        { vestiging: '12AB00', schoolNaam: 'De Regenboog' },
        { vestiging: '34CD00', schoolNaam: 'De Linde' },
        { vestiging: '56EF00', schoolNaam: null },
      ],
    );
    expect([...scholen]).toEqual([
      ['12AB00', 'Basisschool De Regenboog (12AB00)'],
      ['12AB01', '12AB01'],
      ['34CD00', 'De Linde (34CD00)'],
      ['56EF00', '56EF00'],
    ]);
  });
});

const opp = (overrides: Partial<OppRij>): OppRij => ({
  id: 'opp-1',
  leerling: { id: 'leerling-1', naam: 'Sanne Jansen' },
  vestiging: '12AB00',
  soortSchool: 'BAO',
  aanleiding: 'extra-ondersteuning',
  status: 'vastgesteld',
  startdatum: '2025-01-12',
  vaststellenUiterlijk: '2025-02-23',
  wachtOpInstemming: false,
  ...overrides,
});

describe('the OPP of a pupil line', () => {
  it('names the pupil, the school, the status and the period, never an id', () => {
    expect(oppKeuzeTekst(opp({}), 'Basisschool De Regenboog')).toBe('Sanne Jansen (Basisschool De Regenboog): OPP vastgesteld, gestart op 12 januari 2025');
    expect(oppKeuzeTekst(opp({ status: 'afgesloten', einddatum: '2025-07-01' }), null)).toBe('Sanne Jansen (12AB00): OPP afgesloten, van 12 januari 2025 t/m 1 juli 2025');
    expect(oppKeuzeTekst(opp({ status: 'concept' }), 'De Regenboog')).toBe('Sanne Jansen (De Regenboog): OPP concept, nog niet vastgesteld, gestart op 12 januari 2025');
  });

  it("offers the loaded OPP's by name, then the lines' own OPP's that are not among them", () => {
    const keuzes = oppKeuzes(
      [opp({ id: 'opp-noah', leerling: { id: 'n', naam: 'Noah de Boer' } }), opp({ id: 'opp-daan', leerling: { id: 'd', naam: 'Daan Bakker' } })],
      [
        { oppId: 'opp-noah', vestiging: '12AB00', leerlingNaam: 'Noah de Boer', besteed: 1 },
        { oppId: 'opp-collega', vestiging: '34CD00', schoolNaam: 'De Linde', besteed: 1, oppLaatstGeevalueerdOp: '2025-03-14' },
        { oppId: 'opp-oud', vestiging: '12AB00', leerlingNaam: 'Sanne Jansen', schoolNaam: 'De Regenboog', besteed: 1 },
      ],
      (vestiging) => (vestiging === '12AB00' ? 'De Regenboog' : undefined),
    );
    expect([...keuzes]).toEqual([
      ['opp-daan', 'Daan Bakker (De Regenboog): OPP vastgesteld, gestart op 12 januari 2025'],
      ['opp-noah', 'Noah de Boer (De Regenboog): OPP vastgesteld, gestart op 12 januari 2025'],
      ['opp-collega', 'Een leerling die u niet kunt zien (De Linde): OPP laatst geëvalueerd op 14 maart 2025'],
      ['opp-oud', 'Sanne Jansen (De Regenboog): OPP'],
    ]);
  });
});
