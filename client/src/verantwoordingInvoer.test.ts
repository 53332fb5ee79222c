import { describe, expect, it } from 'vitest';
import type { Verantwoording } from './api/middelen';
import { LEGE_REGEL, alsVerantwoordingVerzoek, regelsVan } from './verantwoordingInvoer';

const verantwoording = (overrides: Partial<Verantwoording> = {}): Verantwoording => ({
  id: 'v',
  toekenningId: 't',
  schoolbestuurId: 'b',
  schoolbestuurNaam: 'Stichting Primair',
  jaar: 2024,
  status: 'concept',
  regels: [{ niveau: 'groep', vestiging: '12AB00', groep: '6', doel: 'Lezen', interventies: 'Leesgroep', besteed: 12500, resultaten: null }],
  leerlingregels: [],
  toegekend: 90000,
  besteed: 12500,
  overschreden: false,
  toegestaneStappen: [],
  geschiedenis: [],
  versie: 1,
  ...overrides,
});

describe('the lines of a verantwoording in its form', () => {
  it('starts a new verantwoording with one empty line at school level', () => {
    expect(regelsVan(undefined)).toEqual([LEGE_REGEL]);
    expect(regelsVan(verantwoording({ regels: [] }))).toEqual([LEGE_REGEL]);
  });

  it('edits the amounts as a Dutch reader writes them and sends them back as numbers', () => {
    const regels = regelsVan(verantwoording());
    expect(regels).toEqual([{ niveau: 'groep', vestiging: '12AB00', groep: '6', doel: 'Lezen', interventies: 'Leesgroep', besteed: '12.500,00', resultaten: '' }]);
    expect(alsVerantwoordingVerzoek(regels, verantwoording()).regels).toEqual([
      { niveau: 'groep', vestiging: '12AB00', groep: '6', doel: 'Lezen', interventies: 'Leesgroep', besteed: 12500 },
    ]);
  });

  it('sends what is missing as null, so the API names each field, and no group at school level', () => {
    expect(alsVerantwoordingVerzoek([{ ...LEGE_REGEL, groep: '5', besteed: 'veel' }], undefined)).toEqual({
      regels: [{ niveau: 'school', vestiging: null, doel: null, interventies: null, besteed: null }],
      leerlingregels: [],
    });
  });
});
