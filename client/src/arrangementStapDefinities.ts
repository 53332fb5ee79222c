// The simple steps of the lifecycle as the action panel offers them: a title, the fields, and the request they make.
// Evaluating has a form of its own (EvaluatieFormulier).
import {
  beantwoordVraag,
  beeindig,
  kenToe,
  neemInBehandeling,
  start,
  useArrangementStap,
  vraagInformatie,
  wijsAf,
  type Arrangement,
} from './api/arrangementen';
import { datumTekst } from './aanbiederWeergave';
import type { components } from './api/schema';
import { statusNaam } from './arrangementLabels';
import type { StapDefinitie, StapVeld, Zaakbehandeling } from './stapDefinitie';

/** The Dutch words for a 412 on an arrangement; the panel uses them too when the step itself is gone. */
export const ARRANGEMENT_GEWIJZIGD = 'Dit arrangement is intussen door iemand anders gewijzigd; de nieuwste versie is geladen.';

/** How the step panel and forms take steps on an arrangement. */
export const ARRANGEMENT_BEHANDELING: Zaakbehandeling<Arrangement> = {
  useStap: useArrangementStap,
  gewijzigd: ARRANGEMENT_GEWIJZIGD,
  dezeZaak: 'dit arrangement',
  statusNaam: (arrangement) => statusNaam(arrangement.status),
};

const besluitvelden = (reden: StapVeld): StapVeld[] => [
  { naam: 'beschikkingsnummer', label: 'Beschikkingsnummer', soort: 'tekst', hint: 'Uniek binnen het samenwerkingsverband.' },
  { naam: 'besluitdatum', label: 'Besluitdatum', soort: 'datum', vandaag: true },
  reden,
];

/**
 * A step of the lifecycle, as the contract's enum (generated): a step the API adds fails the typecheck here until the
 * screen has a form for it. Evaluating has a form of its own (EvaluatieFormulier).
 */
export type StapCode = components['schemas']['ArrangementStap'];

export const STAP_DEFINITIES: Record<Exclude<StapCode, 'evaluatie'>, StapDefinitie<Arrangement>> = {
  behandeling: {
    titel: 'In behandeling nemen',
    uitleg: () => 'U neemt de aanvraag in behandeling. Daarna kunt u de school om informatie vragen, toekennen of afwijzen.',
    knop: 'In behandeling nemen',
    gelukt: 'De aanvraag is in behandeling genomen.',
    mislukt: 'De aanvraag is niet in behandeling genomen.',
    velden: [],
    stap: (arrangement) => neemInBehandeling(arrangement),
  },
  informatieverzoek: {
    titel: 'Informatie vragen',
    uitleg: () => 'De school ziet uw vraag in haar werkvoorraad. Er staat hoogstens één vraag tegelijk open.',
    knop: 'Vraag versturen',
    gelukt: 'De vraag is naar de school gestuurd.',
    mislukt: 'De vraag is niet verstuurd.',
    velden: [{ naam: 'vraag', label: 'Vraag aan de school', soort: 'tekstvak' }],
    stap: (arrangement, waarden) => vraagInformatie(arrangement, { vraag: waarden('vraag') }),
  },
  antwoord: {
    titel: 'Vraag beantwoorden',
    uitleg: (arrangement) => `Het samenwerkingsverband vraagt: ${arrangement.openVraag ?? ''}`,
    knop: 'Antwoord versturen',
    gelukt: 'Het antwoord is naar het samenwerkingsverband gestuurd.',
    mislukt: 'Het antwoord is niet verstuurd.',
    velden: [{ naam: 'antwoord', label: 'Antwoord', soort: 'tekstvak' }],
    stap: (arrangement, waarden) => beantwoordVraag(arrangement, { antwoord: waarden('antwoord') }),
  },
  toekenning: {
    titel: 'Toekennen',
    knop: 'Toekennen',
    gelukt: 'Het arrangement is toegekend.',
    mislukt: 'Het arrangement is niet toegekend.',
    velden: besluitvelden({ naam: 'motivering', label: 'Motivering', soort: 'tekstvak' }),
    stap: (arrangement, waarden) =>
      kenToe(arrangement, {
        beschikkingsnummer: waarden('beschikkingsnummer'),
        besluitdatum: waarden('besluitdatum'),
        motivering: waarden('motivering'),
      }),
  },
  afwijzing: {
    titel: 'Afwijzen',
    uitleg: () => 'Een afwijzing vermeldt altijd de reden; school en ouders kunnen er bezwaar tegen maken.',
    knop: 'Afwijzen',
    gelukt: 'De aanvraag is afgewezen.',
    mislukt: 'De aanvraag is niet afgewezen.',
    // The API reports a missing reason at "motivering", the name it shares with a grant.
    velden: besluitvelden({ naam: 'reden', label: 'Reden van de afwijzing', soort: 'tekstvak', ookFouten: ['motivering'] }),
    stap: (arrangement, waarden) =>
      wijsAf(arrangement, {
        beschikkingsnummer: waarden('beschikkingsnummer'),
        besluitdatum: waarden('besluitdatum'),
        reden: waarden('reden'),
      }),
  },
  start: {
    titel: 'Starten',
    uitleg: (arrangement) =>
      `Het arrangement loopt van ${datumTekst(arrangement.ingangsdatum)} tot en met ${datumTekst(arrangement.einddatum)}; start daarbinnen. De eerste evaluatie is uiterlijk een half jaar later.`,
    knop: 'Starten',
    gelukt: 'Het arrangement is gestart.',
    mislukt: 'Het arrangement is niet gestart.',
    velden: [{ naam: 'startdatum', label: 'Startdatum', soort: 'datum', vandaag: true }],
    stap: (arrangement, waarden) => start(arrangement, { startdatum: waarden('startdatum') }),
  },
  beeindiging: {
    titel: 'Beëindigen',
    uitleg: () => 'Leg vast op welke dag het arrangement stopt en waarom.',
    knop: 'Beëindigen',
    gelukt: 'Het arrangement is beëindigd.',
    mislukt: 'Het arrangement is niet beëindigd.',
    velden: [
      { naam: 'einddatum', label: 'Laatste dag', soort: 'datum', vandaag: true },
      { naam: 'reden', label: 'Reden', soort: 'tekstvak' },
    ],
    stap: (arrangement, waarden) => beeindig(arrangement, { einddatum: waarden('einddatum'), reden: waarden('reden') }),
  },
};

/** The title of every step, for the panel's buttons and messages. */
export function stapTitel(stap: StapCode): string {
  return stap === 'evaluatie' ? 'Evaluatie vastleggen' : STAP_DEFINITIES[stap].titel;
}

/** Whether this screen knows the step: a newer API may list a step before the screen has its form. */
export function isStapCode(code: string): code is StapCode {
  return code === 'evaluatie' || Object.hasOwn(STAP_DEFINITIES, code);
}
