// How the SPA shows the deadline engine's terms: the phase in words, and the day the row is about.
import type { components } from './api/schema';
import { datumTekst } from './aanbiederWeergave';
import { alsCodelijst, naam } from './arrangementLabels';

type Termijn = components['schemas']['Termijn'];

export const TERMIJNFASEN = alsCodelijst<components['schemas']['Termijnfase']>({
  lopend: 'Loopt',
  nadert: 'Loopt bijna af',
  verlopen: 'Verlopen',
  gehaald: 'Afgerond',
});

/** "Loopt tot en met 12 januari 2027", "Verlopen op 12 januari 2027", "Afgerond": the phase with the day that matters. */
export function termijnStand(termijn: Pick<Termijn, 'fase' | 'uiterlijk'>): string {
  const dag = datumTekst(termijn.uiterlijk);
  switch (termijn.fase) {
    case 'lopend':
    case 'nadert':
      return `${naam(TERMIJNFASEN, termijn.fase)}: tot en met ${dag}`;
    case 'verlopen':
      return `Verlopen: de laatste dag was ${dag}`;
    default:
      return `${naam(TERMIJNFASEN, termijn.fase)} (laatste dag was ${dag})`;
  }
}
