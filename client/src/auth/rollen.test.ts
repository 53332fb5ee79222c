import { describe, expect, it } from 'vitest';
import { rolNaam } from './rollen';

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
