// "Mijn werkvoorraad" holds these kinds of cases: arrangementen, toelaatbaarheidsverklaringen,
// ontwikkelingsperspectiefplannen, inzetten van experts, the tevredenheidsonderzoeken after them and aanmeldingen. Each API answers
// its own lines; here they become one kind of line, so one table shows them in one order.
import type { AanmeldingWerkvoorraadItem } from './api/aanmeldingen';
import type { WerkvoorraadItem } from './api/arrangementen';
import { aanmeldingStatusNaam, aanmeldingWerkvoorraadActieNaam } from './aanmeldingWeergave';
import type { ExpertinzetWerkvoorraadItem } from './api/expertinzet';
import type { OppWerkvoorraadItem } from './api/ontwikkelingsperspectiefplannen';
import type { ThuiszitterWerkvoorraadItem } from './api/thuiszitters';
import type { TlvWerkvoorraadItem } from './api/toelaatbaarheidsverklaringen';
import { naam, soortNaam, statusNaam, werkvoorraadActieNaam } from './arrangementLabels';
import { EXPERTISEGEBIEDEN, inzetRegelStatusNaam, inzetWerkvoorraadActieNaam, ONDERZOEK_OPEN } from './expertinzetWeergave';
import { GEEN_OPP, oppRegelStatusNaam, oppWerkvoorraadActieNaam } from './oppLabels';
import { thuiszitterActieNaam, thuiszitterStatusNaam, verzuimsoortNaam } from './thuiszitterWeergave';
import { tlvSoortNaam, tlvStatusNaam, tlvWerkvoorraadActieNaam } from './tlvLabels';

export type Zaak = 'arrangement' | 'tlv' | 'opp' | 'expertinzet' | 'tevredenheid' | 'thuiszitter' | 'aanmelding';

export const ZAAKNAMEN: Readonly<Record<Zaak, string>> = {
  arrangement: 'Arrangement',
  tlv: 'Toelaatbaarheidsverklaring',
  opp: 'Ontwikkelingsperspectiefplan',
  expertinzet: 'Inzet van een expert',
  tevredenheid: 'Tevredenheidsonderzoek',
  thuiszitter: 'Thuiszitter',
  aanmelding: 'Aanmelding',
};

/** One line of the werkvoorraad, whatever the case: everything already in Dutch except the status code (for its colour). */
export interface Werkregel {
  sleutel: string;
  zaak: Zaak;
  /** The case's detail page. */
  pad: string;
  leerling: string;
  vestiging: string;
  actie: string;
  omschrijving: string;
  soort: string;
  status: string;
  statusNaam: (status: string) => string;
  /** The role that must act. */
  voor: string;
  deadline: string;
  verlopen: boolean;
}

const vanArrangement = (item: WerkvoorraadItem): Werkregel => ({
  sleutel: `arrangement-${item.arrangementId}-${item.actie}-${item.voor}`,
  zaak: 'arrangement',
  pad: `/arrangementen/${item.arrangementId}`,
  leerling: item.leerling,
  vestiging: item.vestiging,
  actie: werkvoorraadActieNaam(item.actie),
  omschrijving: item.omschrijving,
  soort: soortNaam(item.soort),
  status: item.status,
  statusNaam,
  voor: item.voor,
  deadline: item.deadline,
  verlopen: item.verlopen,
});

const vanTlv = (item: TlvWerkvoorraadItem): Werkregel => ({
  sleutel: `tlv-${item.tlvId}-${item.actie}-${item.voor}`,
  zaak: 'tlv',
  pad: `/toelaatbaarheidsverklaringen/${item.tlvId}`,
  leerling: item.leerling.naam,
  vestiging: item.vestiging,
  actie: tlvWerkvoorraadActieNaam(item.actie),
  omschrijving: item.omschrijving,
  soort: tlvSoortNaam(item.soort),
  status: item.status,
  statusNaam: tlvStatusNaam,
  voor: item.voor,
  deadline: item.deadline,
  verlopen: item.verlopen,
});

/** Where the school starts the OPP of a pupil. */
export const nieuwOppPad = (leerlingId: string) => `/ontwikkelingsperspectiefplannen/nieuw?leerling=${leerlingId}`;

// A line without a plan ("OPP ontbreekt" before the school started one) leads to starting it.
const vanOpp = (item: OppWerkvoorraadItem): Werkregel => ({
  sleutel: `opp-${item.oppId ?? item.arrangementId}-${item.actie}-${item.voor}`,
  zaak: 'opp',
  pad: item.oppId ? `/ontwikkelingsperspectiefplannen/${item.oppId}` : nieuwOppPad(item.leerling.id),
  leerling: item.leerling.naam,
  vestiging: item.vestiging,
  actie: oppWerkvoorraadActieNaam(item.actie),
  omschrijving: item.omschrijving,
  // An OPP has no soort of its own; the zaak column says what it is.
  soort: '–',
  status: item.status ?? GEEN_OPP,
  statusNaam: oppRegelStatusNaam,
  voor: item.voor,
  deadline: item.deadline,
  verlopen: item.verlopen,
});

// An inzet's line opens the inzet. A tevredenheidsonderzoek names no pupil: its line names the expert it is about and
// leads to the school's onderzoeken, where it is filled in.
const vanInzet = (item: ExpertinzetWerkvoorraadItem): Werkregel => {
  const onderzoek = Boolean(item.tevredenheidsonderzoekId);
  return {
    sleutel: `${onderzoek ? `tevredenheid-${item.tevredenheidsonderzoekId}` : `expertinzet-${item.expertinzetId}`}-${item.actie}-${item.voor}`,
    zaak: onderzoek ? 'tevredenheid' : 'expertinzet',
    pad: onderzoek ? '/tevredenheid' : `/expertinzetten/${item.expertinzetId}`,
    leerling: item.leerlingNaam ?? `Inzet van ${item.expertNaam ?? 'een expert'}`,
    vestiging: item.vestiging,
    actie: inzetWerkvoorraadActieNaam(item.actie),
    omschrijving: item.omschrijving,
    soort: naam(EXPERTISEGEBIEDEN, item.expertisegebied),
    status: item.status ?? ONDERZOEK_OPEN,
    statusNaam: inzetRegelStatusNaam,
    voor: item.voor,
    deadline: item.deadline,
    verlopen: item.verlopen,
  };
};

// A thuiszitter's line is always an open entry (the API lists no other), so its status is "Thuis".
const vanThuiszitter = (item: ThuiszitterWerkvoorraadItem): Werkregel => ({
  sleutel: `thuiszitter-${item.thuiszitterId}-${item.actie}-${item.voor}`,
  zaak: 'thuiszitter',
  pad: `/thuiszitters/${item.thuiszitterId}`,
  leerling: item.leerlingNaam,
  vestiging: item.vestiging,
  actie: thuiszitterActieNaam(item.actie),
  omschrijving: item.omschrijving,
  soort: verzuimsoortNaam(item.soort),
  status: 'open',
  statusNaam: thuiszitterStatusNaam,
  voor: item.voor,
  deadline: item.deadline,
  verlopen: item.verlopen,
});

// The school decides on an aanmelding; the samenwerkingsverband watches its zorgplicht. Both open the aanmelding.
const vanAanmelding = (item: AanmeldingWerkvoorraadItem): Werkregel => ({
  sleutel: `aanmelding-${item.aanmeldingId}-${item.actie}-${item.voor}`,
  zaak: 'aanmelding',
  pad: `/aanmeldingen/${item.aanmeldingId}`,
  leerling: item.leerling.naam,
  vestiging: item.vestiging,
  actie: aanmeldingWerkvoorraadActieNaam(item.actie),
  omschrijving: item.omschrijving,
  // An aanmelding has no soort; the zaak column says what it is.
  soort: '–',
  status: item.status,
  statusNaam: aanmeldingStatusNaam,
  voor: item.voor,
  deadline: item.deadline,
  verlopen: item.verlopen,
});

/** A werkvoorraad as far as it is loaded: its lines in the API's order (earliest deadline first) and whether more pages follow. */
export interface Geladen<T> {
  items: readonly T[];
  meer: boolean;
}

const niets = { items: [], meer: false };

/**
 * The werkvoorraden as one list, earliest deadline first (on the same day the arrangement comes first, then the TLV,
 * then the OPP, then the inzet, then the thuiszitter, then the aanmelding: the order in which they were added). Each API pages its own, so a werkvoorraad with
 * more pages holds lines not loaded yet from its last loaded deadline on: a loaded line shows only up to the earliest
 * such deadline, and the list is always the start of the whole werkvoorraad ("Meer laden" brings the rest).
 */
export function alsWerkregels(
  arrangementen: Geladen<WerkvoorraadItem>,
  tlvs: Geladen<TlvWerkvoorraadItem>,
  opps: Geladen<OppWerkvoorraadItem> = niets,
  inzetten: Geladen<ExpertinzetWerkvoorraadItem> = niets,
  thuiszitters: Geladen<ThuiszitterWerkvoorraadItem> = niets,
  aanmeldingen: Geladen<AanmeldingWerkvoorraadItem> = niets,
): Werkregel[] {
  const grens = [arrangementen, tlvs, opps, inzetten, thuiszitters, aanmeldingen].flatMap((bron) => (bron.meer ? (bron.items.at(-1)?.deadline ?? []) : [])).sort()[0];
  return [
    ...arrangementen.items.map(vanArrangement),
    ...tlvs.items.map(vanTlv),
    ...opps.items.map(vanOpp),
    ...inzetten.items.map(vanInzet),
    ...thuiszitters.items.map(vanThuiszitter),
    ...aanmeldingen.items.map(vanAanmelding),
  ]
    .filter((regel) => grens === undefined || regel.deadline <= grens)
    .sort((a, b) => a.deadline.localeCompare(b.deadline));
}

/** The lines grouped by the role they are for, the group with the most urgent line first. */
export function perRol(regels: readonly Werkregel[]): [string, Werkregel[]][] {
  const groepen = new Map<string, Werkregel[]>();
  for (const regel of regels) groepen.set(regel.voor, [...(groepen.get(regel.voor) ?? []), regel]);
  return [...groepen];
}
