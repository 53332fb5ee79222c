import { describe, expect, it } from 'vitest';
import {
  aangebodenExpertises,
  bedrijfsstatusTekst,
  codeLijst,
  eigenaarTekst,
  datumTekst,
  periodeTekst,
  vandaagIso,
  werkgebiedTekst,
} from './aanbiederWeergave';
import { aanbieder } from './test/fixtures';

describe('aanbieder texts', () => {
  it('writes dates in Dutch', () => {
    expect(datumTekst('2027-07-31')).toBe('31 juli 2027');
    expect(datumTekst('2026-01-05')).toBe('5 januari 2026');
    expect(datumTekst('gisteren')).toBe('gisteren');
    expect(vandaagIso(new Date('2026-11-04T11:00:00Z'))).toBe('2026-11-04');
    // Half past midnight in the Netherlands is still the day before in UTC: the Dutch day counts.
    expect(vandaagIso(new Date('2026-12-04T23:30:00Z'))).toBe('2026-12-05');
  });

  it('names a whole leerjaar, and otherwise the dates', () => {
    expect(periodeTekst('2026-08-01', '2027-07-31')).toBe('Leerjaar 2026-2027');
    expect(periodeTekst('2026-08-01', '2026-12-31')).toBe('1 augustus 2026 t/m 31 december 2026');
    expect(periodeTekst('2026-09-01', null)).toBe('Vanaf 1 september 2026');
  });

  it('calls an area without samenwerkingsverbanden and postcodes "Landelijk"', () => {
    expect(werkgebiedTekst({ samenwerkingsverbanden: [], postcodegebieden: [] })).toBe('Landelijk');
    expect(werkgebiedTekst({ samenwerkingsverbanden: ['PO2705'], postcodegebieden: ['3811', '3812'] })).toBe(
      'PO2705, 3811, 3812',
    );
  });

  it('tells whether the aanbieder works on a day', () => {
    const a = { inbedrijfdatum: '2020-08-01', uitbedrijfdatum: '2027-07-31' };
    expect(bedrijfsstatusTekst(a, '2020-07-31')).toBe('Nog niet in bedrijf (vanaf 1 augustus 2020)');
    expect(bedrijfsstatusTekst({ ...a, uitbedrijfdatum: null }, '2026-11-24')).toBe('In bedrijf');
    expect(bedrijfsstatusTekst(a, '2027-07-31')).toBe('In bedrijf t/m 31 juli 2027, daarna uit bedrijf');
    expect(bedrijfsstatusTekst(a, '2027-08-01')).toBe('Uit bedrijf (laatste dag 31 juli 2027)');
  });

  it('lists each offered expertise once', () => {
    const basis = aanbieder();
    const dubbel = { ...basis, aanbod: [...basis.aanbod, { ...basis.aanbod[0]!, id: 'ander' }] };
    expect(aangebodenExpertises(dubbel)).toEqual(['SLECHTHORENDHEID', 'TAALONTWIKKELINGSSTOORNISSEN']);
  });

  it('splits a list of codes on commas, semicolons and spaces', () => {
    expect(codeLijst(' po2705, VO2701;3811  3812 ,')).toEqual(['PO2705', 'VO2701', '3811', '3812']);
    expect(codeLijst('   ')).toEqual([]);
  });
});

describe('eigenaarTekst', () => {
  it('names the owning samenwerkingsverband, or the national register when there is none', () => {
    expect(eigenaarTekst('PO2705')).toBe('Samenwerkingsverband PO2705');
    expect(eigenaarTekst(null)).toBe('Landelijk register');
    expect(eigenaarTekst(undefined)).toBe('Landelijk register');
  });
});
