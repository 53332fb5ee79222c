import { describe, expect, it } from 'vitest';
import { instemmingsstand, instemmingsstandTekst, nogNodigVoorVaststelling, vaststellingVerlopen, versieVanProcedure } from './oppWeergave';
import { legeInhoud, opp, oppInHerziening, versie } from './test/oppFixtures';

describe('oppWeergave', () => {
  it('lists everything an empty concept without overleg and hoorrecht still needs, and nothing for a complete one', () => {
    expect(nogNodigVoorVaststelling(versie({ inhoud: legeInhoud() }))).toEqual([
      'de verwachte uitstroombestemming',
      'de onderbouwing van de uitstroombestemming',
      'de bevorderende factoren',
      'de belemmerende factoren',
      'ten minste één doel voor de lange termijn',
      'ten minste één doel voor de korte termijn',
      'de ondersteuning en begeleiding: wat, door wie en hoeveel',
      'ten minste één evaluatiemoment',
      'het overleg met de ouders over deze versie',
      'het hoorrecht van de leerling',
    ]);
    const { versies } = oppInHerziening();
    expect(nogNodigVoorVaststelling(versies[0]!)).toEqual([]);
  });

  it('tells a changed handelingsdeel from one the ouders already agreed to on the version that holds', () => {
    const herzien = oppInHerziening();
    const concept = herzien.versies[1]!;
    expect(instemmingsstand(herzien, concept)).toBe('nodig');
    expect(instemmingsstand(herzien, { ...concept, vingerafdruk: 'a1' })).toBe('ongewijzigd');
    expect(instemmingsstandTekst(herzien, { ...concept, vingerafdruk: 'a1' })).toBe(
      'Het handelingsdeel is niet gewijzigd ten opzichte van versie 1; de instemming van de ouders daarop geldt ook voor deze versie.',
    );
    expect(instemmingsstand(herzien, herzien.versies[0]!)).toBe('gegeven');
  });

  it('takes the procedure of the concept, else of the version whose handelingsdeel waits', () => {
    expect(versieVanProcedure(oppInHerziening())?.nummer).toBe(2);
    expect(versieVanProcedure(opp({ conceptversie: null, versieVoorInstemming: null, geldendeVersie: 1 }))?.nummer).toBe(1);
  });

  it('calls the term passed only after its last day and before the first vaststelling', () => {
    const concept = opp({ vaststellenUiterlijk: '2026-12-14' });
    expect(vaststellingVerlopen(concept, '2026-12-14')).toBe(false);
    expect(vaststellingVerlopen(concept, '2026-12-15')).toBe(true);
    expect(vaststellingVerlopen({ ...concept, eersteVaststelling: '2026-12-01' }, '2026-12-15')).toBe(false);
  });
});
