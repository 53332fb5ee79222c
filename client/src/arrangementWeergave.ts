// How the SPA writes amounts, hours, names and moments of arrangementen in Dutch.
import { datumTekst } from './aanbiederWeergave';

/** 1250.5 becomes "€ 1.250,50". */
export function euroTekst(bedrag: number): string {
  const [euros = '0', centen = '00'] = Math.abs(bedrag).toFixed(2).split('.');
  const metPunten = euros.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${bedrag < 0 ? '-' : ''}€ ${metPunten},${centen}`;
}

/** 1.5 becomes "1,5 uur". */
export function urenTekst(uren: number): string {
  return `${String(uren).replace('.', ',')} uur`;
}

/** "Sam de Vries". */
export function leerlingNaam(leerling: { voornaam: string; achternaam: string }): string {
  return `${leerling.voornaam} ${leerling.achternaam}`;
}

const NEDERLANDSE_TIJD = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The parts of a moment in Dutch time (year, month, day, hour, minute), or undefined for what is not a moment. */
function inNederlandseTijd(iso: string): ((soort: Intl.DateTimeFormatPartTypes) => string) | undefined {
  const moment = new Date(iso);
  if (Number.isNaN(moment.getTime())) return undefined;
  const delen = NEDERLANDSE_TIJD.formatToParts(moment);
  return (soort) => delen.find((part) => part.type === soort)?.value ?? '';
}

/** A moment ("2026-11-24T09:15:00Z") as a Dutchman reads it, in Dutch time: "24 november 2026 om 10:15". */
export function tijdstipTekst(iso: string): string {
  const deel = inNederlandseTijd(iso);
  if (!deel) return iso;
  return `${datumTekst(`${deel('year')}-${deel('month')}-${deel('day')}`)} om ${deel('hour')}:${deel('minute')}`;
}

/** The day of a moment in Dutch time: "2026-11-30T23:30:00Z" is "1 december 2026". */
export function dagTekst(iso: string): string {
  const deel = inNederlandseTijd(iso);
  return deel ? datumTekst(`${deel('year')}-${deel('month')}-${deel('day')}`) : iso;
}
