// The Dutch names of casuïstiek's codes, and how the anonymity check's answer is shown.
import { ApiError } from './api/problem';
import type { components } from './api/schema';
import { alsCodelijst } from './arrangementLabels';
import { dagTekst } from './arrangementWeergave';
import { EXPERTISEGEBIEDEN } from './portfolioWeergave';

type Schemas = components['schemas'];

export { EXPERTISEGEBIEDEN };

export const DEELNEMERSROLLEN = alsCodelijst<Schemas['Deelnemersrol']>({
  'intern-begeleider': 'Intern begeleider',
  'regionaal-procesbegeleider': 'Regionaal procesbegeleider',
  'beleidsmedewerker-swv': 'Beleidsmedewerker van het samenwerkingsverband',
  expert: 'Expert',
  schoolleider: 'Schoolleider',
  'jeugdhulp-wijkteam': 'Jeugdhulp of wijkteam',
  anders: 'Anders',
});

export const LEERJAARBANDEN = alsCodelijst<Schemas['Leerjaarband']>({
  'groep-1-2': 'Groep 1 of 2',
  'groep-3-4': 'Groep 3 of 4',
  'groep-5-6': 'Groep 5 of 6',
  'groep-7-8': 'Groep 7 of 8',
  'vo-onderbouw': 'Onderbouw voortgezet onderwijs',
  'vo-bovenbouw': 'Bovenbouw voortgezet onderwijs',
});

export const UITKOMSTEN = alsCodelijst<Schemas['Uitkomstsoort']>({
  'direct-advies': 'Direct advies',
  'inzet-expert': 'Inzet van een expert',
  'vraag-basisondersteuning': 'Vraag over basisondersteuning',
});

export const ADVIESSOORTEN = alsCodelijst<Schemas['Adviessoort']>({
  'middelen-bestuur': 'Middelen extra ondersteuning van het bestuur',
  'jeugdhulp-of-medisch': 'Jeugdhulp of medische ondersteuning',
  'expertise-cluster-1-2': 'Expertise van cluster 1 of 2',
});

export const CASUS_STATUSSEN = alsCodelijst<Schemas['CasusStatus']>({
  ingebracht: 'Ingebracht',
  besproken: 'Besproken',
  'uitkomst-vastgelegd': 'Uitkomst vastgelegd',
});

/** The plain explanation every form of casuïstiek shows. */
export const ANONIEM_UITLEG = 'Breng de casus anoniem in: geen naam, geboortedatum of BSN.';

/**
 * What the anonymity check answered: refused (400: the text cannot be stored as it is) or only warned (422: the text
 * may identify someone; the sender may confirm it does not). Anything else is an ordinary failure.
 */
export type Anonimiteitsantwoord = 'geweigerd' | 'waarschuwing' | 'anders';

export function anonimiteitsantwoord(error: unknown): Anonimiteitsantwoord {
  if (!(error instanceof ApiError)) return 'anders';
  if (error.status === 422 && (error.problem?.errors ?? []).length > 0 && !error.problem?.type?.endsWith('geen-lokaal-netwerk')) {
    return 'waarschuwing';
  }
  return error.status === 400 ? 'geweigerd' : 'anders';
}

/** "Inzet van een expert: Gedrag", "Direct advies", or that there is none yet. */
export function naamVanUitkomst(uitkomst: string | null | undefined, expertisegebied: string | null | undefined): string {
  if (!uitkomst) return 'Nog geen uitkomst';
  const soort = UITKOMSTEN.get(uitkomst) ?? uitkomst;
  return expertisegebied ? `${soort}: ${EXPERTISEGEBIEDEN.get(expertisegebied) ?? expertisegebied}` : soort;
}

/** A case the school may start an expert inzet from: the outcome was 'inzet van een expert' and no inzet uses it yet. */
export function kanInzetStarten(casus: { uitkomst?: string | null; gekoppeldAanInzet: boolean }): boolean {
  return casus.uitkomst === 'inzet-expert' && !casus.gekoppeldAanInzet;
}

/** How a school recognises its case in a list of choices: "Casus van 8 december 2026, groep 5 of 6: Gedrag". */
export function casusKeuzeTekst(casus: { ingebrachtOp: string; leerjaarband?: string | null; uitkomstExpertisegebied?: string | null }): string {
  const delen = [`Casus van ${dagTekst(casus.ingebrachtOp)}`];
  if (casus.leerjaarband) delen.push(`, ${(LEERJAARBANDEN.get(casus.leerjaarband) ?? casus.leerjaarband).toLowerCase()}`);
  if (casus.uitkomstExpertisegebied) delen.push(`: ${EXPERTISEGEBIEDEN.get(casus.uitkomstExpertisegebied) ?? casus.uitkomstExpertisegebied}`);
  return delen.join('');
}
