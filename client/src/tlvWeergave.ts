// How a TLV's parts read on screen: an advice's conclusion, a period.
import type { Deskundigenadvies } from './api/toelaatbaarheidsverklaringen';
import { datumTekst } from './aanbiederWeergave';
import { categorieNaam, tlvSoortNaam } from './tlvLabels';

/** "Speciaal onderwijs (SO), Laag (categorie 1)": a soort with its categorie. */
export function soortEnCategorie(soort: string | undefined, categorie: string | undefined): string {
  return [soort && tlvSoortNaam(soort), categorie && categorieNaam(categorie)].filter(Boolean).join(', ');
}

/** What an advice concludes, in one sentence: toelaatbaar with soort, categorie and end, or not; or not given yet. */
export function adviesConclusie(advies: Deskundigenadvies): string {
  if (!advies.uitgebracht) return 'Nog niet uitgebracht.';
  if (advies.toelaatbaar === false) return 'Niet toelaatbaar.';
  const waarvoor = soortEnCategorie(advies.soort, advies.categorie);
  const tot = advies.einddatum ? `, tot en met ${datumTekst(advies.einddatum)}` : '';
  return `Toelaatbaar${waarvoor ? `: ${waarvoor}` : ''}${tot}.`;
}

/** "1 augustus 2027 tot en met 31 juli 2029", or from a date without end. */
export function tlvPeriode(ingang: string | null | undefined, einde: string | null | undefined): string {
  if (!ingang) return 'Niet bekend';
  return einde ? `${datumTekst(ingang)} tot en met ${datumTekst(einde)}` : `Vanaf ${datumTekst(ingang)}`;
}
