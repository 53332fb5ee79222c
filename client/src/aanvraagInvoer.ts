// The request form for an arrangement as it edits it (all text), and the request the API takes.
import type { AanvraagVerzoek } from './api/arrangementen';
import { alsIvoTeksten, alsIvoVelden, type IvoTeksten } from './ivoVelden';

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
    obaCode: '',
    expertise: '',
    bekostiger: '',
    toelichting: '',
  };
}

const leegAlsNull = (tekst: string) => (tekst.trim() === '' ? null : tekst.trim());

/** "1.250,50", "1250,5" and "1250.50" all become 1250.5; empty becomes null. Unreadable input goes as NaN→null. */
export function leesGetal(tekst: string): number | null {
  const schoon = tekst.trim().replace(/\s|€/g, '');
  if (schoon === '') return null;
  const metPunt = schoon.includes(',') ? schoon.replace(/\./g, '').replace(',', '.') : schoon;
  const getal = Number(metPunt);
  return Number.isFinite(getal) ? getal : null;
}

/**
 * The request as the API takes it: empty fields as null; RIO code and expertise only for an OBA. The select boxes
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
    uren: leesGetal(invoer.uren),
    budget: leesGetal(invoer.budget),
    uitvoerder: {
      soort: leegAlsNull(invoer.uitvoerderSoort) as AanvraagVerzoek['uitvoerder']['soort'],
      naam: leegAlsNull(invoer.uitvoerderNaam),
      obaCode: oba ? leegAlsNull(invoer.obaCode.toUpperCase()) : null,
      expertise: oba ? leegAlsNull(invoer.expertise) : null,
    },
    bekostiger: leegAlsNull(invoer.bekostiger) as AanvraagVerzoek['bekostiger'],
    toelichting: leegAlsNull(invoer.toelichting),
  };
}
