import { describe, expect, it } from 'vitest';
import { naam } from './arrangementLabels';
import { INZET_FASEN, inzetRegelStatusNaam, inzetWerkvoorraadActieNaam, ONDERZOEK_OPEN, VOLGENDE_FASE, uren, urenstand } from './expertinzetWeergave';

describe('expertinzetWeergave', () => {
  it('writes hours the Dutch way', () => {
    expect(uren(7.75)).toBe('7,75 uur');
    expect(uren(10)).toBe('10 uur');
  });

  it('shows the hours against the budget, capped at a full bar', () => {
    expect(urenstand({ gebruikt: 8, budget: 10 })).toEqual({ procent: 80, tekst: '8 uur van 10 uur gebruikt (80 %).' });
    expect(urenstand({ gebruikt: 12, budget: 10 }).procent).toBe(100);
    expect(urenstand({ gebruikt: 2 }).tekst).toBe('2 uur gebruikt; nog geen budget in een plan van aanpak.');
  });

  it('names phases with labels and knows the next phase', () => {
    expect(naam(INZET_FASEN, 'wacht-op-expert')).toBe('Wacht op expert');
    expect(VOLGENDE_FASE.begrijpen).toBe('plannen');
    expect(VOLGENDE_FASE.evaluatie).toBeUndefined();
  });

  it('names the werkvoorraad actions and a line without a phase in plain Dutch', () => {
    expect(inzetWerkvoorraadActieNaam('expert-koppelen')).toBe('Expert koppelen');
    expect(inzetWerkvoorraadActieNaam('tevredenheid-invullen')).toBe('Tevredenheidsonderzoek invullen');
    expect(inzetRegelStatusNaam('plannen')).toBe('Plannen');
    expect(inzetRegelStatusNaam(ONDERZOEK_OPEN)).toBe('Nog niet ingevuld');
  });
});
