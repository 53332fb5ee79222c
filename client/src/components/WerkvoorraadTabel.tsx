import { Link } from 'react-router';
import type { WerkvoorraadItem } from '../api/arrangementen';
import { datumTekst } from '../aanbiederWeergave';
import { soortNaam, werkvoorraadActieNaam, werkvoorraadVoorNaam } from '../arrangementLabels';
import { StatusLabel } from './StatusLabel';
import { TabelContainer } from './TabelContainer';

interface Props {
  /** The role the lines are for (all lines of one table are for the same role). */
  voor: string;
  items: readonly WerkvoorraadItem[];
  schoolNaam: (vestiging: string) => string;
}

/** What waits for the person in one of their roles, earliest deadline first (the API's order): one row per action, with why. */
export function WerkvoorraadTabel({ voor, items, schoolNaam }: Props) {
  const label = `Wat op uw actie wacht als ${werkvoorraadVoorNaam(voor)}`;
  return (
    <TabelContainer label={label}>
      <table className="data-table">
        <caption>
          {label} ({items.length})
        </caption>
        <thead>
          <tr>
            <th scope="col">Leerling</th>
            <th scope="col">Actie en reden</th>
            <th scope="col">Soort</th>
            <th scope="col">Status</th>
            <th scope="col">Deadline</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={`${item.arrangementId}-${item.actie}`} className={item.verlopen ? 'rij--verlopen' : undefined}>
              <th scope="row">
                <Link to={`/arrangementen/${item.arrangementId}`}>{item.leerling}</Link>
                <span className="klein">{schoolNaam(item.vestiging)}</span>
              </th>
              <td>
                <strong>{werkvoorraadActieNaam(item.actie)}</strong>
                <span className="klein">{item.omschrijving}</span>
              </td>
              <td>{soortNaam(item.soort)}</td>
              <td>
                <StatusLabel status={item.status} />
              </td>
              <td>
                <time dateTime={item.deadline}>{datumTekst(item.deadline)}</time>
                {item.verlopen && <span className="verlopen">Verlopen</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TabelContainer>
  );
}
