// A date typed the Dutch way, whatever the browser's language: a native date input in an English Chromium reads
// "14032017" as month 14 and day 3, so the beheerder's screens take text and read it themselves.

/** "14-03-2027", "14/3/2027", "14.03.2027" or "14032027" as "2027-03-14"; undefined for anything else. */
export function leesNederlandseDatum(tekst: string): string | undefined {
  const schoon = tekst.trim();
  const match = /^(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{4})$/.exec(schoon) ?? /^(\d{2})(\d{2})(\d{4})$/.exec(schoon);
  if (!match) return undefined;
  const [dag, maand, jaar] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const datum = new Date(Date.UTC(jaar, maand - 1, dag));
  // Date rolls 31-02 over to 3 March; a date that does not exist is refused instead.
  if (datum.getUTCFullYear() !== jaar || datum.getUTCMonth() !== maand - 1 || datum.getUTCDate() !== dag) return undefined;
  return `${String(jaar).padStart(4, '0')}-${String(maand).padStart(2, '0')}-${String(dag).padStart(2, '0')}`;
}
