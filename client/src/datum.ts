/**
 * Dates as people in the Netherlands type them, whatever the browser's language: always dd-mm-jjjj on screen,
 * ISO yyyy-mm-dd to the API. A browser's own date input follows the browser's language (an English Chromium read
 * "14032017" as 3 December), so the SPA uses a text input and reads the date itself.
 */

export const DATUM_VOORBEELD = '14-03-2017';

export type DatumLezing =
  | { soort: 'leeg' }
  | { soort: 'datum'; iso: string }
  | { soort: 'fout'; melding: string };

const MAANDEN = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/**
 * Reads "14-03-2017", "14-3-2017", "14/3/2017", "14.03.2017", "14 3 2017" and "14032017" (and an ISO date, as a
 * pasted value or a test sends it) as 14 March 2017. Refuses dates that do not exist with a Dutch sentence.
 */
export function leesDatum(invoer: string): DatumLezing {
  const tekst = invoer.trim();
  if (tekst === '') return { soort: 'leeg' };
  const delen = leesDelen(tekst);
  if (!delen) return { soort: 'fout', melding: `Vul de datum in als dd-mm-jjjj, bijvoorbeeld ${DATUM_VOORBEELD}.` };
  const [dag, maand, jaar] = delen;
  if (maand < 1 || maand > 12) return { soort: 'fout', melding: `Een maand is een getal van 1 tot en met 12; ${tekst} is geen datum.` };
  if (jaar < 1900 || jaar > 2999) return { soort: 'fout', melding: `Vul een jaar met vier cijfers in, bijvoorbeeld ${DATUM_VOORBEELD}.` };
  const dagen = dagenIn(jaar, maand);
  if (dag < 1 || dag > dagen) {
    return { soort: 'fout', melding: `${MAANDEN[maand - 1]} ${jaar} heeft ${dagen} dagen; ${tekst} bestaat niet.`.replace(/^./, (c) => c.toUpperCase()) };
  }
  return { soort: 'datum', iso: `${jaar}-${twee(maand)}-${twee(dag)}` };
}

/** An ISO date as dd-mm-jjjj; anything else unchanged (so an unreadable value stays as the person typed it). */
export function toonDatum(iso: string): string {
  const delen = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return delen ? `${delen[3]}-${delen[2]}-${delen[1]}` : iso;
}

/** Day, month and year of the text, or undefined when it has no date's shape. */
function leesDelen(tekst: string): [number, number, number] | undefined {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(tekst);
  if (iso) return [Number(iso[3]), Number(iso[2]), Number(iso[1])];
  const nl = /^(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{4})$/.exec(tekst) ?? /^(\d{2})(\d{2})(\d{4})$/.exec(tekst);
  return nl ? [Number(nl[1]), Number(nl[2]), Number(nl[3])] : undefined;
}

function dagenIn(jaar: number, maand: number): number {
  return new Date(Date.UTC(jaar, maand, 0)).getUTCDate();
}

function twee(getal: number): string {
  return String(getal).padStart(2, '0');
}

/**
 * An ISO date `maanden` calendar months later; a day the target month lacks becomes its last day (31 August plus six
 * months is 28 or 29 February), as a person counting months would.
 */
export function plusMaanden(iso: string, maanden: number): string {
  const [jaar, maand, dag] = iso.split('-').map(Number) as [number, number, number];
  const totaal = maand - 1 + maanden;
  const doeljaar = jaar + Math.floor(totaal / 12);
  const doelmaand = (totaal % 12) + 1;
  return `${doeljaar}-${twee(doelmaand)}-${twee(Math.min(dag, dagenIn(doeljaar, doelmaand)))}`;
}
