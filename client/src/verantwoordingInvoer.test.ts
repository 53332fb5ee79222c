import { describe, expect, it } from 'vitest';
import type { Verantwoording } from './api/middelen';
import { LEGE_REGEL, alsVerantwoordingVerzoek, leerlingregelsVan, nieuweLeerlingregel, regelsVan } from './verantwoordingInvoer';

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
    expect(alsVerantwoordingVerzoek(regels, []).regels).toEqual([
      { niveau: 'groep', vestiging: '12AB00', groep: '6', doel: 'Lezen', interventies: 'Leesgroep', besteed: 12500 },
    ]);
  });

  it('sends what is missing as null, so the API names each field, and no group at school level', () => {
    expect(alsVerantwoordingVerzoek([{ ...LEGE_REGEL, groep: '5', besteed: 'veel' }], [])).toEqual({
      regels: [{ niveau: 'school', vestiging: null, doel: null, interventies: null, besteed: null }],
      leerlingregels: [],
    });
  });

  it('edits the pupil lines as they are and sends each back with its OPP, amount and note', () => {
    const v = verantwoording({
      leerlingregels: [
        { oppId: 'opp-1', vestiging: '12AB00', leerlingNaam: 'Sanne', besteed: 2500, toelichting: 'Leesbegeleiding' },
        { oppId: 'opp-2', vestiging: '34CD00', besteed: 1250.5, toelichting: null },
      ],
    });
    const regels = leerlingregelsVan(v);
    expect(regels.map(({ oppId, besteed, toelichting }) => ({ oppId, besteed, toelichting }))).toEqual([
      { oppId: 'opp-1', besteed: '2.500,00', toelichting: 'Leesbegeleiding' },
      { oppId: 'opp-2', besteed: '1.250,50', toelichting: '' },
    ]);
    expect(new Set(regels.map((r) => r.sleutel)).size).toBe(2);
    expect(alsVerantwoordingVerzoek([], regels).leerlingregels).toEqual([
      { oppId: 'opp-1', besteed: 2500, toelichting: 'Leesbegeleiding' },
      { oppId: 'opp-2', besteed: 1250.5 },
    ]);
    expect(leerlingregelsVan(undefined)).toEqual([]);
  });

  it('sends a pupil line without an OPP or amount as null, so the API names the field', () => {
    expect(alsVerantwoordingVerzoek([], [nieuweLeerlingregel('', 'veel', '  ')]).leerlingregels).toEqual([{ oppId: null, besteed: null }]);
  });
});
