// How the SPA writes the parts of an OPP's version in Dutch (the instemming of the ouders, the overleg, the hoorrecht),
// and what the case page says about the plan beyond its fields: which version the procedure is about, whether the term
// has passed, what a vaststelling still needs, and whether the handelingsdeel needs the ouders again.
import { datumTekst } from './aanbiederWeergave';
import type { Opp, OppVersie } from './api/ontwikkelingsperspectiefplannen';
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

/** The version with this number, if the OPP has it. */
export const versieMet = (opp: Opp, nummer: number | null | undefined): OppVersie | undefined =>
  nummer == null ? undefined : opp.versies.find((versie) => versie.nummer === nummer);

/**
 * The version whose procedure (overleg, hoorrecht, instemming) matters now: the concept, else the vastgestelde version
 * whose handelingsdeel waits for instemming, else the version that holds.
 */
export function versieVanProcedure(opp: Opp): OppVersie | undefined {
  return versieMet(opp, opp.conceptversie) ?? versieMet(opp, opp.versieVoorInstemming) ?? versieMet(opp, opp.geldendeVersie);
}

/** Whether the six weeks to set the first version have passed without a vaststelling (`vandaag` as yyyy-mm-dd). */
export function vaststellingVerlopen(opp: Opp, vandaag: string): boolean {
  return opp.eersteVaststelling == null && opp.status !== 'afgesloten' && opp.vaststellenUiterlijk < vandaag;
}

/**
 * What the concept still needs before it can be vastgesteld, as far as the OPP shows it: the same rules the API
 * checks (OppInhoudsregels.Ontbrekend and the procedure), so the person sees them before sending. The API's 422
 * stays the judge; this list only warns.
 */
export function nogNodigVoorVaststelling(versie: OppVersie): string[] {
  const { inhoud } = versie;
  const { doelen, ondersteuning, evaluatiemomenten } = inhoud.handelingsdeel;
  const nodig: [boolean, string][] = [
    [inhoud.uitstroombestemming == null, 'de verwachte uitstroombestemming'],
    [!inhoud.onderbouwingUitstroom, 'de onderbouwing van de uitstroombestemming'],
    [!inhoud.bevorderendeFactoren, 'de bevorderende factoren'],
    [!inhoud.belemmerendeFactoren, 'de belemmerende factoren'],
    [!doelen.some((doel) => doel.termijn === 'lange-termijn'), 'ten minste één doel voor de lange termijn'],
    [!doelen.some((doel) => doel.termijn === 'korte-termijn'), 'ten minste één doel voor de korte termijn'],
    [ondersteuning.length === 0, 'de ondersteuning en begeleiding: wat, door wie en hoeveel'],
    [evaluatiemomenten.length === 0, 'ten minste één evaluatiemoment'],
    [versie.overleg == null, 'het overleg met de ouders over deze versie'],
    [versie.hoorrecht == null, 'het hoorrecht van de leerling'],
  ];
  return nodig.filter(([ontbreekt]) => ontbreekt).map(([, wat]) => wat);
}

/** Where the handelingsdeel of a version stands with the ouders, in one sentence for the page. */
export type Instemmingsstand =
  /** The ouders consented to exactly this text. */
  | 'gegeven'
  /** The concept's handelingsdeel is the text of the version that holds, whose instemming then still counts. */
  | 'ongewijzigd'
  /** The text changed (or never had an answer): the ouders must consent to this text. */
  | 'nodig'
  /** The ouders refused this text. */
  | 'geweigerd';

export function instemmingsstand(opp: Opp, versie: OppVersie): Instemmingsstand {
  const { instemming } = versie;
  if (instemming?.geldig) return instemming.gegeven ? 'gegeven' : 'geweigerd';
  const geldend = versieMet(opp, opp.geldendeVersie);
  if (versie.status === 'concept' && geldend?.handelingsdeelVastgesteld && geldend.vingerafdruk === versie.vingerafdruk) {
    return 'ongewijzigd';
  }
  return 'nodig';
}

/** The sentence for that stand; `versie` is the version the procedure is about. */
export function instemmingsstandTekst(opp: Opp, versie: OppVersie): string {
  const geldend = opp.geldendeVersie;
  switch (instemmingsstand(opp, versie)) {
    case 'gegeven':
      return `De ouders stemden in met het handelingsdeel van versie ${versie.nummer}, precies zoals het er nu staat.`;
    case 'geweigerd':
      return `De ouders weigerden instemming met het handelingsdeel van versie ${versie.nummer}.`;
    case 'ongewijzigd':
      return `Het handelingsdeel is niet gewijzigd ten opzichte van versie ${geldend ?? ''}; de instemming van de ouders daarop geldt ook voor deze versie.`;
    case 'nodig':
      return geldend != null && versie.status === 'concept'
        ? `Het handelingsdeel is gewijzigd ten opzichte van versie ${geldend}: de ouders moeten opnieuw instemmen met deze tekst.`
        : 'Het handelingsdeel heeft de instemming van de ouders nodig, met precies deze tekst.';
  }
}
