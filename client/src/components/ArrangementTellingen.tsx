import { Link } from 'react-router';
import { useArrangementTellingen } from '../api/arrangementen';
import { statusNaam } from '../arrangementLabels';

/**
 * The number of arrangementen per status in the samenwerkingsverband, each a link to that list. Secondary to the
 * werkvoorraad itself: while loading or when it fails it shows nothing rather than a second message.
 */
export function ArrangementTellingen() {
  const tellingen = useArrangementTellingen(true).data?.tellingen ?? [];
  if (tellingen.length === 0) return null;

  return (
    <section className="tellingen" aria-labelledby="tellingen-kop">
      <h2 id="tellingen-kop" className="tellingen__kop">
        Arrangementen in het samenwerkingsverband
      </h2>
      <ul className="tellingen__lijst">
        {tellingen.map(({ status, aantal }) => (
          <li key={status} className="tellingen__item">
            <Link to={`/arrangementen?status=${encodeURIComponent(status)}`}>
              <span className="tellingen__aantal">{aantal}</span> {statusNaam(status)}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
