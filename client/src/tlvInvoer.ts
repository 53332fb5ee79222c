// The TLV forms as they edit them (all text), and the requests the API takes: the request, the decision (also the
// changed decision of a beslissing op bezwaar) and the deskundige's advice.
import type { components } from './api/schema';
import type { Bekostigingscategorie, SoortToelaatbaarheid, TlvAanvraagVerzoek } from './api/toelaatbaarheidsverklaringen';
import { alsIvoTeksten, alsIvoVelden, type IvoTeksten } from './ivoVelden';

type Schemas = components['schemas'];

const leegAlsNull = (tekst: string) => (tekst.trim() === '' ? null : tekst.trim());
const jaNee = (tekst: string) => (tekst === 'ja' ? true : tekst === 'nee' ? false : null);

/**
 * The categories a soort allows: SO and VSO are funded low, middle or high; SBO and PrO have no category (NVT).
 * Before a soort is chosen, none.
 */
export function categorieenVoor(soort: string): Bekostigingscategorie[] {
  if (soort === 'SO' || soort === 'VSO') return ['L', 'M', 'H'];
  if (soort === 'SBO' || soort === 'PRO') return ['NVT'];
  return [];
}

/**
 * The categorie after the soort changed to `soort`: kept when it still fits, NVT when that is the only one, otherwise
 * to be chosen again.
 */
export function categorieNaSoort(soort: string, categorie: string): string {
  const passend = categorieenVoor(soort);
  if (passend.length === 1) return passend[0] ?? '';
  return (passend as string[]).includes(categorie) ? categorie : '';
}

/** A soort of TLV gives admission to a school of the same soort (SO to an SO school, and so on). */
export const schoolsoortVoor = (soort: string): Schemas['SoortSchool'] | undefined =>
  soort === 'SBO' || soort === 'SO' || soort === 'VSO' || soort === 'PRO' ? soort : undefined;

export interface TlvAanvraagInvoer {
  leerlingId: string;
  soort: string;
  categorie: string;
  /** 'swv': a vestiging of the samenwerkingsverband; 'buiten': a school elsewhere, by BRIN and vestigingcode. */
  schoolHerkomst: 'swv' | 'buiten';
  vestiging: string;
  brin: string;
  vestigingcode: string;
  schoolnaam: string;
  ingangsdatum: string;
  einddatum: string;
  onderwijsbehoeften: IvoTeksten;
  basisondersteuning: string;
  extraOndersteuning: string;
  arrangementen: string[];
  visieOuders: string;
  visieLeerling: string;
}

/**
 * The fields a chosen school of the SWV fills in: the school and, from its soort, the TLV's soort; the categorie stays
 * when it still fits. Nothing for a school of a soort no TLV is for (a regular school).
 */
export function beoogdeSchoolKeuze(school: { vestiging: string; soort: string }, categorie: string): Partial<TlvAanvraagInvoer> {
  const soort = schoolsoortVoor(school.soort);
  if (soort === undefined) return {};
  return { soort, categorie: categorieNaSoort(soort, categorie), schoolHerkomst: 'swv', vestiging: school.vestiging };
}

/**
 * An empty request, for `leerlingId` when chosen beforehand. A beoogde school chosen beforehand (from an aanmelding
 * there, or from "Wat past?") fills in the school and its soort, when the school is of a soort a TLV is for (SBO, SO,
 * VSO, PrO).
 */
export function legeTlvAanvraag(leerlingId = '', beoogdeSchool?: { vestiging: string; soort: string }): TlvAanvraagInvoer {
  return {
    leerlingId,
    soort: '',
    categorie: '',
    schoolHerkomst: 'swv',
    vestiging: '',
    brin: '',
    vestigingcode: '',
    schoolnaam: '',
    ingangsdatum: '',
    einddatum: '',
    onderwijsbehoeften: alsIvoTeksten(undefined),
    basisondersteuning: '',
    extraOndersteuning: '',
    arrangementen: [],
    visieOuders: '',
    visieLeerling: '',
    ...(beoogdeSchool !== undefined && beoogdeSchoolKeuze(beoogdeSchool, '')),
  };
}

/**
 * The beoogde school as the API takes it. Inside the SWV the vestiging alone; outside it BRIN and vestigingcode make
 * the vestiging ("12AB" + "00"), with the name and, as the TLV's soort says, the soort of school.
 */
export function alsBeoogdeSchool(invoer: TlvAanvraagInvoer): Schemas['BeoogdeSchoolVerzoek'] {
  if (invoer.schoolHerkomst === 'swv') return { vestiging: leegAlsNull(invoer.vestiging) };
  const brin = invoer.brin.trim().toUpperCase();
  const code = invoer.vestigingcode.trim().toUpperCase();
  const soort = schoolsoortVoor(invoer.soort);
  return {
    vestiging: brin === '' && code === '' ? null : `${brin}${code}`,
    naam: leegAlsNull(invoer.schoolnaam),
    ...(soort !== undefined && { soort }),
  };
}

/** The request as the API takes it: empty fields as null; the select boxes hold only the contract's codes. */
export function alsTlvAanvraagVerzoek(invoer: TlvAanvraagInvoer): TlvAanvraagVerzoek {
  return {
    leerlingId: leegAlsNull(invoer.leerlingId),
    soort: leegAlsNull(invoer.soort) as SoortToelaatbaarheid | null,
    categorie: leegAlsNull(invoer.categorie) as Bekostigingscategorie | null,
    beoogdeSchool: alsBeoogdeSchool(invoer),
    ingangsdatum: leegAlsNull(invoer.ingangsdatum),
    einddatum: leegAlsNull(invoer.einddatum),
    onderwijsbehoeften: alsIvoVelden(invoer.onderwijsbehoeften),
    basisondersteuning: leegAlsNull(invoer.basisondersteuning),
    extraOndersteuning: leegAlsNull(invoer.extraOndersteuning),
    arrangementen: invoer.arrangementen,
    visieOuders: leegAlsNull(invoer.visieOuders),
    visieLeerling: leegAlsNull(invoer.visieLeerling),
  };
}

export interface BesluitInvoer {
  toelaatbaar: '' | 'ja' | 'nee';
  soort: string;
  categorie: string;
  ingangsdatum: string;
  einddatum: string;
  redenAfwijkendeDuur: string;
  beschikkingsnummer: string;
  besluitdatum: string;
  motivering: string;
  afwijkingVanAdvies: string;
}

/** A decision prefilled with what was requested: soort, categorie and ingangsdatum; the date of the decision today. */
export function besluitVanAanvraag(
  aanvraag: { soort: string; categorie: string; gevraagdeIngangsdatum: string },
  vandaag: string,
): BesluitInvoer {
  return {
    toelaatbaar: '',
    soort: aanvraag.soort,
    categorie: aanvraag.categorie,
    ingangsdatum: aanvraag.gevraagdeIngangsdatum,
    einddatum: '',
    redenAfwijkendeDuur: '',
    beschikkingsnummer: '',
    besluitdatum: vandaag,
    motivering: '',
    afwijkingVanAdvies: '',
  };
}

/**
 * The decision as the API takes it. A refusal has no soort, categorie or period: those fields are not sent, so a
 * refusal never carries what was filled in before the choice changed.
 */
export function alsBesluitVerzoek(invoer: BesluitInvoer): Schemas['BesluitVerzoek'] {
  const toelaatbaar = jaNee(invoer.toelaatbaar);
  const verzoek: Schemas['BesluitVerzoek'] = {
    toelaatbaar,
    beschikkingsnummer: leegAlsNull(invoer.beschikkingsnummer),
    besluitdatum: leegAlsNull(invoer.besluitdatum),
    motivering: leegAlsNull(invoer.motivering),
    afwijkingVanAdvies: leegAlsNull(invoer.afwijkingVanAdvies),
  };
  if (toelaatbaar === false) return verzoek;
  const soort = leegAlsNull(invoer.soort) as SoortToelaatbaarheid | null;
  const categorie = leegAlsNull(invoer.categorie) as Bekostigingscategorie | null;
  return {
    ...verzoek,
    ...(soort !== null && { soort }),
    ...(categorie !== null && { categorie }),
    ingangsdatum: leegAlsNull(invoer.ingangsdatum),
    einddatum: leegAlsNull(invoer.einddatum),
    redenAfwijkendeDuur: leegAlsNull(invoer.redenAfwijkendeDuur),
  };
}

export interface AdviesInvoer {
  toelaatbaar: '' | 'ja' | 'nee';
  soort: string;
  categorie: string;
  einddatum: string;
  motiveringOnderwijsbehoeften: string;
  motiveringRegulier: string;
  motiveringBeoogdeSchool: string;
  datum: string;
  onafhankelijk: boolean;
}

/** The advice as the API takes it; a negative advice names no soort, categorie or end date. */
export function alsAdviesVerzoek(invoer: AdviesInvoer): Schemas['AdviesVerzoek'] {
  const toelaatbaar = jaNee(invoer.toelaatbaar);
  const soort = toelaatbaar === false ? null : (leegAlsNull(invoer.soort) as SoortToelaatbaarheid | null);
  const categorie = toelaatbaar === false ? null : (leegAlsNull(invoer.categorie) as Bekostigingscategorie | null);
  return {
    toelaatbaar,
    ...(soort !== null && { soort }),
    ...(categorie !== null && { categorie }),
    einddatum: toelaatbaar === false ? null : leegAlsNull(invoer.einddatum),
    motiveringOnderwijsbehoeften: leegAlsNull(invoer.motiveringOnderwijsbehoeften),
    motiveringRegulier: leegAlsNull(invoer.motiveringRegulier),
    motiveringBeoogdeSchool: leegAlsNull(invoer.motiveringBeoogdeSchool),
    datum: leegAlsNull(invoer.datum),
    // Unticked is sent as null, so the API names the missing declaration like any other missing field.
    onafhankelijkheidVerklaard: invoer.onafhankelijk ? true : null,
  };
}

/**
 * Whether a beslissing op bezwaar departs from the LBT's advice: the LBT found the bezwaar gegrond and the decision
 * stays, or ongegrond and it is revoked or changed. Then the form asks why.
 */
export function wijktAfVanLbt(oordeel: string | undefined, afloop: string): boolean {
  if (oordeel === 'gegrond') return afloop === 'handhaven';
  if (oordeel === 'ongegrond') return afloop === 'herroepen' || afloop === 'wijzigen';
  return false;
}

/** The years a TLV of `soort` usually runs in this samenwerkingsverband; undefined when it has no usual duration. */
export function gebruikelijkeJaren(soort: string, duur: Schemas['Tlvduur']): number | undefined {
  if (soort === 'SBO') return duur.sbo;
  if (soort === 'SO') return duur.so;
  if (soort === 'VSO') return duur.vso;
  if (soort === 'PRO') return duur.pro ?? undefined;
  return undefined;
}

/**
 * The end of a TLV without an einddatum, as the API computes it: the last day (31 July) of the school year that is
 * the duration's last, counted from the school year of the ingangsdatum (which starts on 1 August).
 */
export function gebruikelijkeEinddatum(ingangsdatum: string, jaren: number): string | undefined {
  const delen = /^(\d{4})-(\d{2})-\d{2}$/.exec(ingangsdatum);
  if (!delen) return undefined;
  const beginjaar = Number(delen[2]) >= 8 ? Number(delen[1]) : Number(delen[1]) - 1;
  return `${beginjaar + jaren}-07-31`;
}
