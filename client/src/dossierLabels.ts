// The Dutch names of the codes the API uses for received OSO dossiers. A code the SPA does not know yet shows as it is.
import type { components } from './api/schema';
import { alsCodelijst, naam } from './arrangementLabels';

type Schemas = components['schemas'];

export const DOSSIER_STATUSSEN = alsCodelijst<Schemas['DossierimportStatus']>({
  actueel: 'Actueel',
  vervangen: 'Vervangen door een nieuwer dossier',
});

export const OVERDRACHTSPROFIELEN = alsCodelijst<Schemas['Overdrachtsprofiel']>({
  POSWV: 'Dossier voor een samenwerkingsverband primair onderwijs',
  VOSWV: 'Dossier voor een samenwerkingsverband voortgezet onderwijs',
});

export const AKKOORDANTWOORDEN = alsCodelijst<Schemas['Akkoordantwoord']>({
  ja: 'Ja',
  nee: 'Nee',
  onbekend: 'Onbekend',
});

export const VERSLAGSOORTEN = alsCodelijst<Schemas['Verslagsoort']>({
  aangemaakt: 'Aangemaakt',
  bijgewerkt: 'Bijgewerkt',
  bewaard: 'Bewaard bij het dossier',
  genegeerd: 'Niet overgenomen',
  weggelaten: 'Bewust weggelaten',
});

export const dossierStatusNaam = (code: string) => naam(DOSSIER_STATUSSEN, code);
export const overdrachtsprofielNaam = (code: string) => naam(OVERDRACHTSPROFIELEN, code);
export const akkoordNaam = (code: string) => naam(AKKOORDANTWOORDEN, code);
export const verslagsoortNaam = (code: string) => naam(VERSLAGSOORTEN, code);
