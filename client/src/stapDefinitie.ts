// What the generic step panel (StapPaneel) and simple-step form (StapFormulier) need, for every kind of case with a
// lifecycle driven by the API: an arrangement, a toelaatbaarheidsverklaring, an OPP.
import type { UseMutationResult } from '@tanstack/react-query';
import type { Zaak, ZaakStap } from './api/zaakStap';

export type { Zaak, ZaakStap };

/** How steps are taken on one kind of case, and how its screens name it. */
export interface Zaakbehandeling<Z extends Zaak> {
  /** Takes a step with If-Match and keeps the cache right (useZaakStap, through useArrangementStap and the like). */
  useStap: <T>(zaak: Z, stap: ZaakStap<Z, T>) => UseMutationResult<Z, Error, T>;
  /** The Dutch words for a 412: someone else changed the case and the newest versie is loaded. */
  gewijzigd: string;
  /** The case in a sentence: "dit arrangement", "deze toelaatbaarheidsverklaring". */
  dezeZaak: string;
  /** The status of the case in Dutch, lower case where a sentence needs it. */
  statusNaam: (zaak: Z) => string;
}

/** What the person filled in: a field's text, or null when left empty. */
export type Waarden = (veld: string) => string | null;

export interface StapVeld {
  /** The field's name in the request body, and so in the API's error pointers. */
  naam: string;
  label: string;
  /** A date, a line of text, a text area, or one of a few options as radio buttons. */
  soort: 'datum' | 'tekst' | 'tekstvak' | 'keuze';
  hint?: string;
  /** A date field that starts at today. */
  vandaag?: boolean;
  /** A field the request may leave out; its label says "(niet verplicht)". */
  optioneel?: boolean;
  /** The options of a 'keuze': the contract's codes with their Dutch labels. */
  opties?: readonly { code: string; naam: string }[];
  /** Other pointers whose errors belong to this field. */
  ookFouten?: readonly string[];
}

export interface StapDefinitie<Z extends Zaak> {
  /** The button that opens the form, and the form's heading. */
  titel: string;
  uitleg?: (zaak: Z) => string;
  /** The submit button. */
  knop: string;
  gelukt: string;
  mislukt: string;
  velden: readonly StapVeld[];
  stap: ZaakStap<Z, Waarden>;
}

/** The props every step form gets from the panel. */
export interface StapFormulierProps<Z extends Zaak> {
  zaak: Z;
  behandeling: Zaakbehandeling<Z>;
  /** The step succeeded; `melding` says so in Dutch, `nieuw` is the answer (for a herindicatie: another case). */
  onKlaar: (melding: string, nieuw: Z) => void;
  onAnnuleer: () => void;
  /** The API answered 412: someone else changed the case, and the newest versie has been loaded. */
  onVerouderd: () => void;
}
