// The steps of an OPP as the action panel offers them. The simple ones as definitions for StapFormulier; the
// hoorrecht, the instemming, the vaststelling and the evaluation have forms of their own, and changing the concept is
// the editor on the page, not a step form.
import {
  bevestigRodRegistratie,
  deelConceptMetOuders,
  herzieOpp,
  legOverlegVast,
  sluitOppAf,
  stopDelenMetOuders,
  useOppStap,
  type Opp,
  type OppStap,
} from './api/ontwikkelingsperspectiefplannen';
import { datumTekst } from './aanbiederWeergave';
import { oppStapNaam, oppStatusNaam, rodOnderdeelNaam } from './oppLabels';
import type { StapDefinitie, Zaakbehandeling } from './stapDefinitie';

/** The steps with a form of their own (components/Opp…Formulier). */
export const EIGEN_FORMULIEREN = ['hoorrecht', 'instemming', 'vaststelling', 'evaluatie'] as const;
type EigenFormulier = (typeof EIGEN_FORMULIEREN)[number];

/** Changing the concept is done in the editor on the page (OppInhoudFormulier), not in the panel. */
type Editor = 'wijziging';

/** A step the panel offers, as the contract's enum: a step the API adds fails the typecheck here until it has a form. */
export type OppPaneelStap = Exclude<OppStap, Editor>;

/** The Dutch words for a 412 on an OPP; the panel uses them too when the step itself is gone. */
export const OPP_GEWIJZIGD = 'Dit OPP is intussen door iemand anders gewijzigd; de nieuwste versie is geladen.';

/** How the step panel and forms take steps on an OPP. */
export const OPP_BEHANDELING: Zaakbehandeling<Opp> = {
  useStap: useOppStap,
  gewijzigd: OPP_GEWIJZIGD,
  dezeZaak: 'dit OPP',
  statusNaam: (opp) => oppStatusNaam(opp.status),
};

/** The part of the OPP that still has to be registered in ROD: the begindatum first, the einddatum after closing. */
export const rodTeRegistreren = (opp: Opp) => (opp.rod.begindatumTeRegistreren ? 'begindatum' : 'einddatum');

export const OPP_STAP_DEFINITIES: Record<Exclude<OppPaneelStap, EigenFormulier>, StapDefinitie<Opp>> = {
  overleg: {
    titel: oppStapNaam('overleg'),
    uitleg: (opp) =>
      `Leg het overleg met de ouders over versie ${opp.conceptversie ?? ''} vast. Het overleg is gericht op overeenstemming over het plan; het OPP wordt daarna vastgesteld.`,
    knop: 'Overleg vastleggen',
    gelukt: 'Het overleg met de ouders is vastgelegd.',
    mislukt: 'Het overleg is niet vastgelegd.',
    velden: [
      { naam: 'datum', label: 'Datum van het overleg', soort: 'datum', vandaag: true },
      { naam: 'deelnemers', label: 'Deelnemers', soort: 'tekst', hint: 'Wie waren erbij? Ten minste de ouders.' },
      { naam: 'uitkomst', label: 'Uitkomst van het overleg', soort: 'tekstvak' },
    ],
    stap: (opp, waarden) =>
      legOverlegVast(opp, { datum: waarden('datum'), deelnemers: waarden('deelnemers'), uitkomst: waarden('uitkomst') }),
  },
  'concept-delen': {
    titel: oppStapNaam('concept-delen'),
    uitleg: (opp) =>
      `De ouders lezen versie ${opp.conceptversie ?? ''} dan in het ouderportaal, voor het overleg, en kunnen daar instemmen met het handelingsdeel of niet. Verandert u het handelingsdeel daarna, dan zien zij de nieuwe tekst en vervalt een eerder antwoord.`,
    knop: 'Concept delen',
    gelukt: 'Het concept is gedeeld met de ouders.',
    mislukt: 'Het concept is niet gedeeld.',
    velden: [],
    stap: (opp) => deelConceptMetOuders(opp),
  },
  'delen-stoppen': {
    titel: oppStapNaam('delen-stoppen'),
    uitleg: (opp) =>
      `De ouders zien versie ${opp.conceptversie ?? ''} dan niet meer in het ouderportaal; een versie die al geldt wel. Wat zij al antwoordden of schreven, blijft bewaard. U kunt het concept later opnieuw delen.`,
    knop: 'Niet meer delen',
    gelukt: 'Het concept wordt niet meer met de ouders gedeeld.',
    mislukt: 'Het delen is niet gestopt.',
    velden: [],
    stap: (opp) => stopDelenMetOuders(opp),
  },
  herziening: {
    titel: oppStapNaam('herziening'),
    uitleg: (opp) =>
      `U maakt versie ${opp.versies.length + 1} als concept, met de inhoud van versie ${opp.geldendeVersie ?? ''}. Versie ${opp.geldendeVersie ?? ''} blijft gelden tot de nieuwe versie is vastgesteld. Wijzigt u het handelingsdeel, dan moeten de ouders opnieuw instemmen.`,
    knop: 'Nieuwe versie maken',
    gelukt: 'De nieuwe versie is gemaakt. Werk het concept hieronder bij.',
    mislukt: 'De nieuwe versie is niet gemaakt.',
    velden: [],
    stap: (opp) => herzieOpp(opp),
  },
  'rod-registratie': {
    titel: oppStapNaam('rod-registratie'),
    uitleg: (opp) => {
      const onderdeel = rodTeRegistreren(opp);
      const datum = onderdeel === 'begindatum' ? opp.rod.begindatum : opp.rod.einddatum;
      return `Bevestig dat de ${rodOnderdeelNaam(onderdeel).toLowerCase()} van het OPP (${datum ? datumTekst(datum) : 'onbekend'}) in ROD is geregistreerd.`;
    },
    knop: 'Registratie bevestigen',
    gelukt: 'De registratie in ROD is bevestigd.',
    mislukt: 'De registratie in ROD is niet bevestigd.',
    velden: [{ naam: 'geregistreerdOp', label: 'Geregistreerd in ROD op', soort: 'datum', vandaag: true, ookFouten: ['onderdeel'] }],
    stap: (opp, waarden) =>
      bevestigRodRegistratie(opp, { onderdeel: rodTeRegistreren(opp), geregistreerdOp: waarden('geregistreerdOp') }),
  },
  afsluiting: {
    titel: oppStapNaam('afsluiting'),
    uitleg: () =>
      'Sluit het OPP af als de leerling geen extra ondersteuning meer nodig heeft of de school verlaat. De versies blijven bewaard.',
    knop: 'OPP afsluiten',
    gelukt: 'Het OPP is afgesloten.',
    mislukt: 'Het OPP is niet afgesloten.',
    velden: [
      { naam: 'einddatum', label: 'Einddatum', soort: 'datum', vandaag: true },
      { naam: 'reden', label: 'Reden van de afsluiting', soort: 'tekstvak' },
    ],
    stap: (opp, waarden) => sluitOppAf(opp, { einddatum: waarden('einddatum'), reden: waarden('reden') }),
  },
};

/** The title of every step, for the panel's buttons and messages. */
export const oppStapTitel = (stap: OppPaneelStap): string => oppStapNaam(stap);

/** Whether the panel offers the step: a newer API may list a step before the screen has its form. */
export function isOppPaneelStap(code: string): code is OppPaneelStap {
  return (EIGEN_FORMULIEREN as readonly string[]).includes(code) || Object.hasOwn(OPP_STAP_DEFINITIES, code);
}

export const isEigenFormulier = (stap: OppPaneelStap): stap is EigenFormulier =>
  (EIGEN_FORMULIEREN as readonly string[]).includes(stap);
