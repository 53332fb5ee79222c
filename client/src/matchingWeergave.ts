// The Dutch names of the codes of "Wat past?" (passende settingen). A code the SPA does not know yet shows as it is.
import type { components } from './api/schema';
import { alsCodelijst, naam } from './arrangementLabels';

type Schemas = components['schemas'];

export const SETTINGSOORTEN = alsCodelijst<Schemas['Settingsoort']>({
  'huidige-school': 'Eigen school',
  'huidige-school-met-ondersteuning': 'Eigen school met extra ondersteuning',
  'andere-reguliere-school': 'Andere reguliere school',
  'sbo-of-pro': 'Speciaal basisonderwijs of praktijkonderwijs',
  'so-of-vso': 'Speciaal onderwijs',
});

export const settingsoortNaam = (code: string) => naam(SETTINGSOORTEN, code);
