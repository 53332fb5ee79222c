// A leerjaar (school year) is written "2026-2027" and runs from 1 August to 31 July.

const LEERJAAR_PATTERN = /^\d{4}-\d{4}$/;

export function isLeerjaar(value: string): boolean {
  return LEERJAAR_PATTERN.test(value);
}

export function leerjaarVanaf(startYear: number): string {
  return `${startYear}-${startYear + 1}`;
}

export function huidigLeerjaar(today: Date = new Date()): string {
  const augustus = 7; // Date months count from 0
  const startYear = today.getMonth() >= augustus ? today.getFullYear() : today.getFullYear() - 1;
  return leerjaarVanaf(startYear);
}

/** The previous, current and next leerjaar, plus `selected` when it lies outside them. */
export function leerjaarKeuzes(selected: string, today: Date = new Date()): string[] {
  const start = Number(huidigLeerjaar(today).slice(0, 4));
  const keuzes = [start - 1, start, start + 1].map(leerjaarVanaf);
  if (isLeerjaar(selected) && !keuzes.includes(selected)) keuzes.push(selected);
  return keuzes.sort();
}
