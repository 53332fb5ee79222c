// How the tevredenheidsonderzoek reads on screen: its questions, the scores' meaning and averages with a decimal comma.
import type { components } from './api/schema';
import { alsCodelijst } from './arrangementLabels';

type Schemas = components['schemas'];

/** The questions as the school reads them. */
export const TEVREDENHEIDSVRAGEN = alsCodelijst<Schemas['Tevredenheidsvraag']>({
  werkwijze: 'Hoe tevreden bent u over de werkwijze van de expert?',
  bijdrage: 'Hoe tevreden bent u over wat de expert heeft bijgedragen?',
  bereikbaarheid: 'Hoe tevreden bent u over de bereikbaarheid van de expert?',
  communicatie: 'Hoe tevreden bent u over de communicatie met de expert?',
  snelheid: 'Hoe tevreden bent u over hoe snel de expert werd ingezet?',
});

/** The same questions as a table's column headings. */
export const VRAAGKOPPEN = alsCodelijst<Schemas['Tevredenheidsvraag']>({
  werkwijze: 'Werkwijze',
  bijdrage: 'Bijdrage',
  bereikbaarheid: 'Bereikbaarheid',
  communicatie: 'Communicatie',
  snelheid: 'Snelheid van inzet',
});

/** The five answers, from 1 to 5. */
export const SCORES = [
  { waarde: '1', label: '1 – zeer ontevreden' },
  { waarde: '2', label: '2 – ontevreden' },
  { waarde: '3', label: '3 – neutraal' },
  { waarde: '4', label: '4 – tevreden' },
  { waarde: '5', label: '5 – zeer tevreden' },
] as const;

/** "4,2" for an average; a dash when the group is too small to show one. */
export function gemiddeldeTekst(gemiddelde: number | undefined): string {
  return gemiddelde === undefined ? '–' : gemiddelde.toFixed(1).replace('.', ',');
}
