import type { Gebeurtenis } from '../api/arrangementen';
import { gebeurtenisNaam } from '../arrangementLabels';
import { tijdstipTekst } from '../arrangementWeergave';

/** The history as a timeline, oldest first: wie deed wat wanneer, with what they wrote. */
export function ArrangementGeschiedenis({ geschiedenis }: { geschiedenis: readonly Gebeurtenis[] }) {
  return (
    <section aria-labelledby="geschiedenis" className="sectie">
      <h2 id="geschiedenis">Geschiedenis</h2>
      <ol className="tijdlijn" aria-label="Geschiedenis van het arrangement">
        {geschiedenis.map((gebeurtenis, index) => (
          <li key={`${gebeurtenis.op}-${index}`} className="tijdlijn__stap">
            <p className="tijdlijn__kop">
              <strong>{gebeurtenisNaam(gebeurtenis.actie)}</strong> door {gebeurtenis.door.naam}
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
