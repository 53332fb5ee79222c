// How the SPA writes the dates, periods, areas and status of onderwijsbegeleidingsaanbieders in Dutch.
import type { Aanbieder, Werkgebied } from './api/aanbieders';
import { nederlandseDag } from './nederlandseTijd';

const MAANDEN = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];

/**
 * The communicatiecontexten of RIO that aanbieders use, by their Dutch names. The API takes any RIO code (an open
 * list), so a form offers these by name and lets another code be typed.
 */
export const BEKENDE_CONTEXTEN: readonly { code: string; naam: string }[] = [
  { code: 'ALGEMEEN', naam: 'Algemeen' },
  { code: 'AANMELDEN', naam: 'Aanmelden' },
];

export function isBekendeContext(code: string): boolean {
  return BEKENDE_CONTEXTEN.some((context) => context.code === code);
}

/** A communicatiecontext by its Dutch name; another RIO code shows as it is. */
export function contextNaam(code: string): string {
  return BEKENDE_CONTEXTEN.find((context) => context.code === code)?.naam ?? code;
}

/** Today as a Dutch calendar day, as the API writes a date (2026-11-24): the day the server's deadlines count in. */
export function vandaagIso(nu: Date = new Date()): string {
  return nederlandseDag(nu);
}

/** "2027-07-31" becomes "31 juli 2027"; anything that is not such a date shows as it is. */
export function datumTekst(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const maand = match ? MAANDEN[Number(match[2]) - 1] : undefined;
  if (!match || !maand) return iso;
  return `${Number(match[3])} ${maand} ${match[1]}`;
}

/** A period of aanbod: a whole leerjaar (1 August to 31 July) by its name, otherwise by its dates. */
export function periodeTekst(begindatum: string, einddatum?: string | null): string {
  if (!einddatum) return `Vanaf ${datumTekst(begindatum)}`;
  const beginjaar = Number(begindatum.slice(0, 4));
  if (begindatum.endsWith('-08-01') && einddatum === `${beginjaar + 1}-07-31`) {
    return `Leerjaar ${beginjaar}-${beginjaar + 1}`;
  }
  return `${datumTekst(begindatum)} t/m ${datumTekst(einddatum)}`;
}

/** Both lists empty means the whole country. */
export function werkgebiedTekst(werkgebied: Werkgebied): string {
  const gebieden = [...werkgebied.samenwerkingsverbanden, ...werkgebied.postcodegebieden];
  return gebieden.length === 0 ? 'Landelijk' : gebieden.join(', ');
}

export type Bedrijfsstatus = 'nog-niet-in-bedrijf' | 'in-bedrijf' | 'gaat-uit-bedrijf' | 'uit-bedrijf';

export function bedrijfsstatus(aanbieder: Pick<Aanbieder, 'inbedrijfdatum' | 'uitbedrijfdatum'>, vandaag: string): Bedrijfsstatus {
  // ISO dates compare as text.
  if (vandaag < aanbieder.inbedrijfdatum) return 'nog-niet-in-bedrijf';
  if (!aanbieder.uitbedrijfdatum) return 'in-bedrijf';
  return vandaag > aanbieder.uitbedrijfdatum ? 'uit-bedrijf' : 'gaat-uit-bedrijf';
}

/** Whether the aanbieder works today, in words: "In bedrijf", "Uit bedrijf sinds …", … */
export function bedrijfsstatusTekst(
  aanbieder: Pick<Aanbieder, 'inbedrijfdatum' | 'uitbedrijfdatum'>,
  vandaag: string = vandaagIso(),
): string {
  const uit = aanbieder.uitbedrijfdatum ? datumTekst(aanbieder.uitbedrijfdatum) : '';
  switch (bedrijfsstatus(aanbieder, vandaag)) {
    case 'nog-niet-in-bedrijf':
      return `Nog niet in bedrijf (vanaf ${datumTekst(aanbieder.inbedrijfdatum)})`;
    case 'in-bedrijf':
      return 'In bedrijf';
    case 'gaat-uit-bedrijf':
      return `In bedrijf t/m ${uit}, daarna uit bedrijf`;
    case 'uit-bedrijf':
      return `Uit bedrijf (laatste dag ${uit})`;
  }
}

/** The expertises an aanbieder offers (or offered), each once, in the order of its aanbod. */
export function aangebodenExpertises(aanbieder: Pick<Aanbieder, 'aanbod'>): string[] {
  return [...new Set(aanbieder.aanbod.map((aanbod) => aanbod.expertise))];
}

/** "PO2705, vo2701 3811" becomes ["PO2705", "VO2701", "3811"]: codes separated by commas, semicolons or spaces. */
export function codeLijst(tekst: string): string[] {
  return tekst
    .split(/[\s,;]+/)
    .map((code) => code.trim().toUpperCase())
    .filter((code) => code !== '');
}

/** The four clusters of (voortgezet) speciaal onderwijs, for select boxes. */
export const CLUSTERS: readonly { waarde: number; naam: string }[] = [
  { waarde: 1, naam: 'Cluster 1: visueel' },
  { waarde: 2, naam: 'Cluster 2: auditief en communicatief' },
  { waarde: 3, naam: 'Cluster 3: lichamelijk, verstandelijk of langdurig ziek' },
  { waarde: 4, naam: 'Cluster 4: psychiatrisch of gedrag' },
];

/** Who manages an aanbieder: the samenwerkingsverband that registered it, or the national register. */
export function eigenaarTekst(eigenaar?: string | null): string {
  return eigenaar ? `Samenwerkingsverband ${eigenaar}` : 'Landelijk register';
}
