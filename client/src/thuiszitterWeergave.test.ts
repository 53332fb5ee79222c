import { describe, expect, it } from 'vitest';
import { dagenTussen, duurTekst, overStreefdatumTekst, streefdatumStand } from './thuiszitterWeergave';

describe('the duration of a thuiszitter in plain words', () => {
  it.each([
    [0, '0 dagen'],
    [1, '1 dag'],
    [13, '13 dagen'],
    [14, '2 weken'],
    [49, '7 weken'],
    [60, '8 weken'],
    [61, '2 maanden'],
    [122, '4 maanden'],
    [365, '1 jaar'],
    [430, '1 jaar en 2 maanden'],
    [800, '2 jaar en 2 maanden'],
  ])('%i days is "%s"', (dagen, tekst) => {
    expect(duurTekst(dagen)).toBe(tekst);
  });

  it('counts days across months and years', () => {
    expect(dagenTussen('2027-02-28', '2027-03-01')).toBe(1);
    expect(dagenTussen('2027-03-01', '2027-02-28')).toBe(-1);
    expect(dagenTussen('2026-12-31', '2028-01-01')).toBe(366);
  });

  it('says how far the aim is, or how late', () => {
    expect(streefdatumStand('2027-03-26', '2027-03-14')).toBe('nog 12 dagen');
    expect(streefdatumStand('2027-03-14', '2027-03-14')).toBe('vandaag');
    expect(streefdatumStand('2027-03-14', '2027-04-04')).toBe('3 weken te laat');
    expect(overStreefdatumTekst('2027-03-14', '2027-04-04')).toBe('3 weken over de streefdatum');
  });
});
