// "Mijn werkvoorraad" holds two kinds of cases: arrangementen and toelaatbaarheidsverklaringen. Both APIs answer their
// own lines; here they become one kind of line, so one table shows them in one order.
import type { WerkvoorraadItem } from './api/arrangementen';
import type { TlvWerkvoorraadItem } from './api/toelaatbaarheidsverklaringen';
import { soortNaam, statusNaam, werkvoorraadActieNaam } from './arrangementLabels';
import { tlvSoortNaam, tlvStatusNaam, tlvWerkvoorraadActieNaam } from './tlvLabels';

export type Zaak = 'arrangement' | 'tlv';

export const ZAAKNAMEN: Readonly<Record<Zaak, string>> = {
  arrangement: 'Arrangement',
  tlv: 'Toelaatbaarheidsverklaring',
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

/**
 * Both werkvoorraden as one list, earliest deadline first (each API already sorts its own; on the same day the
 * arrangement comes first, as before there were TLV's).
 */
export function alsWerkregels(arrangementen: readonly WerkvoorraadItem[], tlvs: readonly TlvWerkvoorraadItem[]): Werkregel[] {
  return [...arrangementen.map(vanArrangement), ...tlvs.map(vanTlv)].sort((a, b) => a.deadline.localeCompare(b.deadline));
}

/** The lines grouped by the role they are for, the group with the most urgent line first. */
export function perRol(regels: readonly Werkregel[]): [string, Werkregel[]][] {
  const groepen = new Map<string, Werkregel[]>();
  for (const regel of regels) groepen.set(regel.voor, [...(groepen.get(regel.voor) ?? []), regel]);
  return [...groepen];
}
