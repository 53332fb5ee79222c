// How the SPA writes amounts, hours, names and moments of arrangementen in Dutch.
import { datumTekst } from './aanbiederWeergave';
import { inNederlandseTijd } from './nederlandseTijd';

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

/** The parts of a moment in Dutch time, or undefined for what is not a moment. */
function delenVan(iso: string): ((soort: Intl.DateTimeFormatPartTypes) => string) | undefined {
  const moment = new Date(iso);
  return Number.isNaN(moment.getTime()) ? undefined : inNederlandseTijd(moment);
}

/** A moment ("2026-11-24T09:15:00Z") as a Dutchman reads it, in Dutch time: "24 november 2026 om 10:15". */
export function tijdstipTekst(iso: string): string {
  const deel = delenVan(iso);
  if (!deel) return iso;
  return `${datumTekst(`${deel('year')}-${deel('month')}-${deel('day')}`)} om ${deel('hour')}:${deel('minute')}`;
}

/** The day of a moment in Dutch time: "2026-11-30T23:30:00Z" is "1 december 2026". */
export function dagTekst(iso: string): string {
  const deel = delenVan(iso);
  return deel ? datumTekst(`${deel('year')}-${deel('month')}-${deel('day')}`) : iso;
}
