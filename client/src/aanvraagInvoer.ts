// The request form for an arrangement as it edits it (all text), and the request the API takes.
import type { AanvraagVerzoek } from './api/arrangementen';
import type { ProbleemFout } from './api/veldfouten';
import { alsIvoTeksten, alsIvoVelden, type IvoTeksten } from './ivoVelden';
import { leesDatum } from './datum';

export interface DoelRij {
  /** Identifies the row while rows are added and removed. */
  sleutel: number;
  tekst: string;
}

export interface AanvraagInvoer {
  leerlingId: string;
  soort: string;
  inhoud: IvoTeksten;
  doelen: DoelRij[];
  ingangsdatum: string;
  einddatum: string;
  uren: string;
  budget: string;
  uitvoerderSoort: string;
  uitvoerderNaam: string;
  /** For an expert: their account (from GET /experts); only an expert named by account may see the pupil. */
  expertId: string;
  obaCode: string;
  expertise: string;
  bekostiger: string;
  toelichting: string;
}

let laatsteSleutel = 0;

export function nieuweDoelRij(tekst = ''): DoelRij {
  laatsteSleutel += 1;
  return { sleutel: laatsteSleutel, tekst };
}

export function legeAanvraag(leerlingId = ''): AanvraagInvoer {
  return {
    leerlingId,
    soort: '',
    inhoud: alsIvoTeksten(undefined),
    doelen: [nieuweDoelRij()],
    ingangsdatum: '',
    einddatum: '',
    uren: '',
    budget: '',
    uitvoerderSoort: '',
    uitvoerderNaam: '',
    expertId: '',
    obaCode: '',
    expertise: '',
    bekostiger: '',
    toelichting: '',
  };
}

const leegAlsNull = (tekst: string) => (tekst.trim() === '' ? null : tekst.trim());

// Dutch notation only: "40", "12,5", "1.250" and "1.250,50" (thousands with a dot, at most two decimals after the
// comma). "1.250" is twelve hundred and fifty, so "1250.50" is not guessed at: it is refused like "veel".
const NEDERLANDS_GETAL = /^(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d{1,2})?$/;

/** A typed amount: null when empty, 'onleesbaar' when it is not a number in Dutch notation. */
export function leesGetal(tekst: string): number | null | 'onleesbaar' {
  const schoon = tekst.trim().replace(/\s|€/g, '');
  if (schoon === '') return null;
  if (!NEDERLANDS_GETAL.test(schoon)) return 'onleesbaar';
  return Number(schoon.replace(/\./g, '').replace(',', '.'));
}

const GETALVELDEN = {
  uren: 'Schrijf het aantal uren als een getal, zoals 40 of 12,5.',
  budget: 'Schrijf het bedrag in euro, zoals 1.250 of 1.250,50.',
} as const;

/** The numbers the form cannot read, pointed at their fields as the API would; the form shows them instead of sending. */
export function getalFouten(invoer: AanvraagInvoer): ProbleemFout[] {
  return (Object.keys(GETALVELDEN) as (keyof typeof GETALVELDEN)[])
    .filter((veld) => leesGetal(invoer[veld]) === 'onleesbaar')
    .map((veld) => ({ code: 'ongeldig-getal', detail: GETALVELDEN[veld], pointer: `#/${veld}` }));
}

/** The dates the form cannot read (typed as dd-mm-jjjj), pointed at their fields; the form shows them instead of sending. */
export function datumFouten(invoer: Pick<AanvraagInvoer, 'ingangsdatum' | 'einddatum'>): ProbleemFout[] {
  return (['ingangsdatum', 'einddatum'] as const).flatMap((veld) => {
    const lezing = leesDatum(invoer[veld]);
    return lezing.soort === 'fout' ? [{ code: 'ongeldige-datum', detail: lezing.melding, pointer: `#/${veld}` }] : [];
  });
}

const alsGetal = (tekst: string) => {
  const getal = leesGetal(tekst);
  return getal === 'onleesbaar' ? null : getal;
};

/**
 * The request as the API takes it: empty fields as null; RIO code and expertise only for an OBA, the account only for an expert. The select boxes
 * offer only codes of the contract's lists; whatever they hold is sent as it is, and the API answers 400 for the rest.
 */
export function alsAanvraagVerzoek(invoer: AanvraagInvoer): AanvraagVerzoek {
  const oba = invoer.uitvoerderSoort === 'oba';
  return {
    leerlingId: leegAlsNull(invoer.leerlingId),
    soort: leegAlsNull(invoer.soort) as AanvraagVerzoek['soort'],
    inhoud: alsIvoVelden(invoer.inhoud),
    doelen: invoer.doelen.map((doel) => doel.tekst.trim()),
    ingangsdatum: leegAlsNull(invoer.ingangsdatum),
    einddatum: leegAlsNull(invoer.einddatum),
    uren: alsGetal(invoer.uren),
    budget: alsGetal(invoer.budget),
    uitvoerder: {
      soort: leegAlsNull(invoer.uitvoerderSoort) as AanvraagVerzoek['uitvoerder']['soort'],
      naam: leegAlsNull(invoer.uitvoerderNaam),
      obaCode: oba ? leegAlsNull(invoer.obaCode.toUpperCase()) : null,
      expertise: oba ? leegAlsNull(invoer.expertise) : null,
      expertId: invoer.uitvoerderSoort === 'expert' ? leegAlsNull(invoer.expertId) : null,
    },
    bekostiger: leegAlsNull(invoer.bekostiger) as AanvraagVerzoek['bekostiger'],
    toelichting: leegAlsNull(invoer.toelichting),
  };
}
