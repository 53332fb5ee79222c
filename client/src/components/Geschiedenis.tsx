import type { components } from '../api/schema';
import { tijdstipTekst } from '../arrangementWeergave';

interface Props {
  geschiedenis: readonly components['schemas']['Gebeurtenis'][];
  /** What happened, in Dutch, from the history's code ("Toegekend", "Advies uitgebracht"). */
  actieNaam: (code: string) => string;
  /** The name of the list for screen readers ("Geschiedenis van het arrangement"). */
  label: string;
}

/** The history of a case as a timeline, oldest first: wie deed wat wanneer, with what they wrote. */
export function Geschiedenis({ geschiedenis, actieNaam, label }: Props) {
  return (
    <section aria-labelledby="geschiedenis" className="sectie">
      <h2 id="geschiedenis">Geschiedenis</h2>
      <ol className="tijdlijn" aria-label={label}>
        {geschiedenis.map((gebeurtenis, index) => (
          <li key={`${gebeurtenis.op}-${index}`} className="tijdlijn__stap">
            <p className="tijdlijn__kop">
              <strong>{actieNaam(gebeurtenis.actie)}</strong> door {gebeurtenis.door.naam}
            </p>
            <p className="tijdlijn__moment">
              <time dateTime={gebeurtenis.op}>{tijdstipTekst(gebeurtenis.op)}</time>
            </p>
            {gebeurtenis.toelichting && <p className="tekst">{gebeurtenis.toelichting}</p>}
          </li>
        ))}
      </ol>
    </section>
  );
}
