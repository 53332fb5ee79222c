import { describe, expect, it } from 'vitest';
import { magAanbiedersBeheren, rolNaam } from './rollen';

describe('rolNaam', () => {
  it('names the four roles in Dutch', () => {
    expect(['swv-beheerder', 'swv-medewerker', 'school-medewerker', 'expert'].map(rolNaam)).toEqual([
      'Beheerder samenwerkingsverband',
      'Medewerker samenwerkingsverband',
      "Medewerker school (IB'er/KC)",
      'Expert',
    ]);
  });

  it('shows an unknown role as it is, even one named like an object property', () => {
    expect(rolNaam('nieuwe-rol')).toBe('nieuwe-rol');
    expect(rolNaam('constructor')).toBe('constructor');
  });
});

describe('magAanbiedersBeheren', () => {
  it('lets only a beheerder manage the register of aanbieders', () => {
    expect(magAanbiedersBeheren(['swv-medewerker', 'swv-beheerder'])).toBe(true);
    expect(magAanbiedersBeheren(['swv-medewerker', 'school-medewerker', 'expert'])).toBe(false);
    expect(magAanbiedersBeheren([])).toBe(false);
  });
});
