// How the SPA writes the parts of an OPP's version in Dutch: the instemming of the ouders, the overleg, the hoorrecht.
import { datumTekst } from './aanbiederWeergave';
import type { OppVersie } from './api/ontwikkelingsperspectiefplannen';
import { instemmingswijzeNaam } from './oppLabels';

/**
 * The ouders' answer on the handelingsdeel of a version, in words: given (and on this exact text or an older one),
 * refused with the reason, or not asked yet.
 */
export function instemmingTekst(instemming: OppVersie['instemming']): string {
  if (instemming === undefined) return 'Nog niet gevraagd';
  const wie = `op ${datumTekst(instemming.datum)} door ${instemming.ouder}`;
  if (!instemming.gegeven) return `Geweigerd ${wie}. Reden: ${instemming.reden ?? 'niet genoemd'}`;
  const hoe = instemmingswijzeNaam(instemming.wijze).toLowerCase();
  if (!instemming.geldig) return `Gegeven op een oudere tekst (${datumTekst(instemming.datum)}, ${instemming.ouder}); het handelingsdeel is daarna veranderd`;
  return `Gegeven ${wie}, ${hoe}`;
}

/** Whether the ouders agreed to exactly this version's handelingsdeel. */
export function heeftInstemming(versie: OppVersie): boolean {
  return versie.instemming?.gegeven === true && versie.instemming.geldig;
}
