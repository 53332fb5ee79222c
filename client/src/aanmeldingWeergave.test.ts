import { describe, expect, it } from 'vitest';
import { dagenTot, termijnRegel, termijnTekst } from './aanmeldingWeergave';

describe('termijnTekst', () => {
  it('says the last day and the days left', () => {
    expect(termijnTekst('2027-04-12', true, '2027-04-03')).toBe('Besluit uiterlijk 12 april 2027, nog 9 dagen');
    expect(termijnTekst('2027-04-12', true, '2027-04-11')).toBe('Besluit uiterlijk 12 april 2027, nog 1 dag');
  });

  it('says when today is the last day and how late a passed term is', () => {
    expect(termijnTekst('2027-04-12', true, '2027-04-12')).toBe('Besluit uiterlijk 12 april 2027, vandaag is de laatste dag');
    expect(termijnTekst('2027-04-12', true, '2027-04-15')).toBe('Besluit uiterlijk 12 april 2027, 3 dagen te laat');
  });

  it('says nothing without a term or once decided', () => {
    expect(termijnTekst(null, true, '2027-04-01')).toBeNull();
    expect(termijnTekst('2027-04-12', false, '2027-04-01')).toBeNull();
  });

  it('counts calendar days across the change to summer time', () => {
    expect(dagenTot('2027-04-12', '2027-03-01')).toBe(42);
  });
});

describe('termijnRegel', () => {
  const open = { besluitUiterlijk: '2027-04-12', status: 'verlengd', zorgplicht: true };
  it('gives the term while it runs, why none runs, or that the aanmelding is closed', () => {
    expect(termijnRegel(open, '2027-04-03')).toBe('Besluit uiterlijk 12 april 2027, nog 9 dagen');
    expect(termijnRegel({ ...open, zorgplicht: false, geenZorgplicht: 'cluster-1-2', besluitUiterlijk: null }, '2027-04-03')).toBe('Geen zorgplicht: cluster 1 of 2');
    expect(termijnRegel({ ...open, zorgplicht: false, geenZorgplicht: 'vol', status: 'besloten' }, '2027-04-03')).toBe('Geen zorgplicht: de school is vol');
    expect(termijnRegel({ ...open, status: 'besloten' }, '2027-04-03')).toBe('Geen termijn meer: de aanmelding is afgerond');
  });
});
