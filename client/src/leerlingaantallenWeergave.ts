// How the SPA writes the leerlingaantallen and the deelnamepercentage in Dutch.

/** 96.5 becomes "96,5 %"; absent stays "–". */
export function percentageTekst(percentage: number | null | undefined): string {
  return percentage === null || percentage === undefined ? '–' : `${String(percentage).replace('.', ',')} %`;
}

/** The teldata to choose from: 1 October of this year once it has come, and the five before it; newest first. */
export function teldatumKeuzes(vandaag: Date): string[] {
  const laatste = vandaag.getMonth() >= 9 ? vandaag.getFullYear() : vandaag.getFullYear() - 1;
  return [0, 1, 2, 3, 4, 5].map((terug) => `${laatste - terug}-10-01`);
}

/** "2026-10-01" as "1 oktober 2026". */
export function teldatumTekst(teldatum: string): string {
  return `1 oktober ${teldatum.slice(0, 4)}`;
}

/** A typed count: a whole number from 0; anything else is not a count (undefined). Empty means "not given". */
export function leesAantal(tekst: string): number | null | undefined {
  const schoon = tekst.trim();
  if (schoon === '') return null;
  return /^\d{1,5}$/.test(schoon) ? Number(schoon) : undefined;
}

/** "Verschil met het streefpercentage": above or below, in percentage points. */
export function verschilTekst(percentage: number | null | undefined, streef: number | null | undefined): string {
  if (percentage === null || percentage === undefined || streef === null || streef === undefined) return '';
  const verschil = Math.round((percentage - streef) * 100) / 100;
  const getal = String(Math.abs(verschil)).replace('.', ',');
  if (verschil === 0) return 'gelijk aan het streefpercentage';
  return verschil > 0 ? `${getal} procentpunt boven het streefpercentage` : `${getal} procentpunt onder het streefpercentage`;
}
