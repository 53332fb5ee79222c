// The product's days are Dutch calendar days (the server's deadlines are too), whatever the user's own time zone.

const NEDERLANDSE_TIJD = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The parts of a moment in Dutch time (year, month, day, hour, minute). */
export function inNederlandseTijd(moment: Date): (soort: Intl.DateTimeFormatPartTypes) => string {
  const delen = NEDERLANDSE_TIJD.formatToParts(moment);
  return (soort) => delen.find((part) => part.type === soort)?.value ?? '';
}

/** The Dutch calendar day of a moment, as the API writes a date: 23:30 UTC on 30 November is "2026-12-01". */
export function nederlandseDag(moment: Date): string {
  const deel = inNederlandseTijd(moment);
  return `${deel('year')}-${deel('month')}-${deel('day')}`;
}
