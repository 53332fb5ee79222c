import { describe, expect, it } from 'vitest';
import { alsIvoTeksten, alsIvoVelden, isLeeg, IVO_VELDEN } from './ivoVelden';

describe('IVO fields', () => {
  it('names the five fields in their fixed order', () => {
    expect(IVO_VELDEN.map((v) => v.naam)).toEqual([
      'Aandacht en tijd',
      'Onderwijsmaterialen',
      'Ruimtelijke omgeving',
      'Expertise',
      'Samenwerking met andere instanties',
    ]);
  });

  it('edits missing fields as empty text and sends empty text as null, trimmed', () => {
    const teksten = alsIvoTeksten({ aandachtEnTijd: 'Twee uur per week', expertise: null });
    expect(teksten).toEqual({
      aandachtEnTijd: 'Twee uur per week',
      onderwijsmaterialen: '',
      ruimtelijkeOmgeving: '',
      expertise: '',
      samenwerkingMetAndereInstanties: '',
    });
    expect(alsIvoVelden({ ...teksten, expertise: '  Ambulant begeleider ', ruimtelijkeOmgeving: '   ' })).toEqual({
      aandachtEnTijd: 'Twee uur per week',
      onderwijsmaterialen: null,
      ruimtelijkeOmgeving: null,
      expertise: 'Ambulant begeleider',
      samenwerkingMetAndereInstanties: null,
    });
  });

  it('knows when nothing is described', () => {
    expect(isLeeg(undefined)).toBe(true);
    expect(isLeeg({ aandachtEnTijd: ' ', expertise: null })).toBe(true);
    expect(isLeeg({ onderwijsmaterialen: 'Leesprogramma' })).toBe(false);
  });
});
