// A Map, not an object literal: a role named like an Object.prototype key must not find a function.
const ROL_NAMEN = new Map<string, string>([
  ['swv-beheerder', 'Beheerder samenwerkingsverband'],
  ['swv-medewerker', 'Medewerker samenwerkingsverband'],
  ['school-medewerker', "Medewerker school (IB'er/KC)"],
  ['expert', 'Expert'],
]);

/** The Dutch name of a role claim; a role the SPA does not know yet shows as it is. */
export function rolNaam(rol: string): string {
  return ROL_NAMEN.get(rol) ?? rol;
}

/** The role that may manage the register of onderwijsbegeleidingsaanbieders; other staff may only read it. */
export const SWV_BEHEERDER = 'swv-beheerder';

export function magAanbiedersBeheren(rollen: readonly string[]): boolean {
  return rollen.includes(SWV_BEHEERDER);
}
