import { describe, expect, it } from 'vitest';
import { ApiError } from './api/problem';
import { anonimiteitsantwoord, casusKeuzeTekst, kanInzetStarten, naamVanUitkomst } from './casuistiekWeergave';

const probleem = (status: number, type: string, codes: string[]) =>
  new ApiError(status, { type, title: 'x', status, errors: codes.map((code) => ({ code, detail: 'Uitleg.', pointer: '#/geprobeerd' })) });

describe('anonimiteitsantwoord', () => {
  it('tells a refusal from a warning the sender may confirm', () => {
    expect(anonimiteitsantwoord(probleem(400, 'urn:passendonderwijs:probleem:ongeldige-invoer', ['naam-van-leerling']))).toBe('geweigerd');
    expect(anonimiteitsantwoord(probleem(422, 'urn:passendonderwijs:probleem:mogelijke-naam', ['mogelijke-naam']))).toBe('waarschuwing');
  });

  it('treats a school without a netwerk and other failures as ordinary problems', () => {
    expect(anonimiteitsantwoord(probleem(422, 'urn:passendonderwijs:probleem:geen-lokaal-netwerk', ['geen-lokaal-netwerk']))).toBe('anders');
    expect(anonimiteitsantwoord(probleem(409, 'urn:passendonderwijs:probleem:ongeldige-overgang', []))).toBe('anders');
    expect(anonimiteitsantwoord(new Error('netwerk'))).toBe('anders');
  });

  it('names an outcome by its label, and an unknown code as it is', () => {
    expect(naamVanUitkomst('inzet-expert', 'hechting-trauma')).toBe('Inzet van een expert: Hechting en trauma');
    expect(naamVanUitkomst('direct-advies', undefined)).toBe('Direct advies');
    expect(naamVanUitkomst(undefined, undefined)).toBe('Nog geen uitkomst');
  });
});

describe('starting an inzet from a case', () => {
  it('offers only a case with the outcome inzet van een expert that no inzet uses yet', () => {
    expect(kanInzetStarten({ uitkomst: 'inzet-expert', gekoppeldAanInzet: false })).toBe(true);
    expect(kanInzetStarten({ uitkomst: 'inzet-expert', gekoppeldAanInzet: true })).toBe(false);
    expect(kanInzetStarten({ uitkomst: 'direct-advies', gekoppeldAanInzet: false })).toBe(false);
    expect(kanInzetStarten({ gekoppeldAanInzet: false })).toBe(false);
  });

  it('names a case by its day, leerjaar and expertisegebied in plain words', () => {
    expect(casusKeuzeTekst({ ingebrachtOp: '2026-12-08T09:30:00Z', leerjaarband: 'groep-5-6', uitkomstExpertisegebied: 'gedrag' })).toBe(
      'Casus van 8 december 2026, groep 5 of 6: Gedrag',
    );
    expect(casusKeuzeTekst({ ingebrachtOp: '2026-12-08T23:30:00Z' })).toBe('Casus van 9 december 2026');
  });
});
