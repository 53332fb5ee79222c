import { NIVEAUS } from '../ivoVelden';

/** The options of a level select: "Niet ingevuld" (not the same as 0) and the four levels with their words. */
export function NiveauOpties() {
  return (
    <>
      <option value="">Niet ingevuld</option>
      {NIVEAUS.map(({ niveau, label }) => (
        <option key={niveau} value={String(niveau)}>
          {label}
        </option>
      ))}
    </>
  );
}
