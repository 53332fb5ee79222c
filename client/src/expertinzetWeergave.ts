// The Dutch names of the expert inzet's codes and the hours against the budget, as the screens show them.
import type { components } from './api/schema';
import { alsCodelijst, codelijst, naam } from './arrangementLabels';

type Schemas = components['schemas'];

// One list of the portfolio's expertisegebieden for every screen.
export { EXPERTISEGEBIEDEN } from './portfolioWeergave';

export const INZET_FASEN = alsCodelijst<Schemas['ExpertinzetStatus']>({
  'wacht-op-expert': 'Wacht op expert',
  voorbereiding: 'Voorbereiding',
  waarnemen: 'Waarnemen',
  begrijpen: 'Begrijpen',
  plannen: 'Plannen',
  realiseren: 'Realiseren',
  evaluatie: 'Evaluatie',
  afgesloten: 'Afgesloten',
});

export const INZET_RESULTATEN = alsCodelijst<Schemas['Inzetresultaat']>({
  'doelen-behaald': 'Doelen behaald',
  'terug-naar-netwerk': 'Terug naar het lokaal netwerk',
  verwezen: 'Verwezen naar een partner',
});

export const VERWIJZINGEN = alsCodelijst<Schemas['Verwijzing']>({
  jeugdhulp: 'Jeugdhulp',
  arts: 'Arts',
  'cluster-1': 'Cluster 1',
  'cluster-2': 'Cluster 2',
});

export const UURACTIVITEITEN = alsCodelijst<Schemas['Uractiviteit']>({
  observatie: 'Observatie',
  'gesprek-leerkracht-ib': "Gesprek met leerkracht of IB'er",
  'gesprek-ouders-met-school': 'Gesprek met ouders, samen met school',
  'analyse-diagnostiek': 'Analyse of diagnostiek',
  verslag: 'Verslag',
  'overleg-netwerk': 'Overleg in het netwerk',
  anders: 'Anders',
});

// The werkvoorraad's actions: the lifecycle's lines (ExpertinzetLevenscyclus) and the school's open tevredenheidsonderzoek.
const INZET_WERKVOORRAAD_ACTIES = codelijst([
  ['expert-koppelen', 'Expert koppelen'],
  ['volgende-fase', 'Naar de volgende fase'],
  ['samenvatting-delen', 'Samenvatting delen'],
  ['plan-vastleggen', 'Plan van aanpak vastleggen'],
  ['afsluiten', 'Inzet afsluiten'],
  ['tevredenheid-invullen', 'Tevredenheidsonderzoek invullen'],
]);

/** What a werkvoorraad line asks ("Expert koppelen"). */
export const inzetWerkvoorraadActieNaam = (code: string) => naam(INZET_WERKVOORRAAD_ACTIES, code);

/** The status a werkvoorraad line shows for a tevredenheidsonderzoek that waits for the school (not a contract code). */
export const ONDERZOEK_OPEN = 'onderzoek-open';

/** The status of a werkvoorraad line: the inzet's phase, or an onderzoek not filled in yet. */
export const inzetRegelStatusNaam = (code: string) => (code === ONDERZOEK_OPEN ? 'Nog niet ingevuld' : naam(INZET_FASEN, code));

/** The phase step after each phase (the HGW cycle in order); none after evaluatie (closing) or before an expert is linked. */
export const VOLGENDE_FASE: Partial<Record<string, string>> = {
  voorbereiding: 'waarnemen',
  waarnemen: 'begrijpen',
  begrijpen: 'plannen',
  plannen: 'realiseren',
  realiseren: 'evaluatie',
};

/** "7,75 uur". */
export function uren(aantal: number): string {
  return `${aantal.toLocaleString('nl-NL', { maximumFractionDigits: 2 })} uur`;
}

/** The hours used against the budget: the share for a bar (0–100) and the sentence beside it. */
export function urenstand(stand: { gebruikt: number; budget?: number | null }): { procent: number; tekst: string } {
  if (stand.budget === undefined || stand.budget === null || stand.budget <= 0) {
    return { procent: 0, tekst: `${uren(stand.gebruikt)} gebruikt; nog geen budget in een plan van aanpak.` };
  }

  const procent = Math.min(100, Math.round((stand.gebruikt / stand.budget) * 100));
  return { procent, tekst: `${uren(stand.gebruikt)} van ${uren(stand.budget)} gebruikt (${procent} %).` };
}
