import { Link } from 'react-router';
import { datumTekst } from '../aanbiederWeergave';
import { werkvoorraadVoorNaam } from '../arrangementLabels';
import { ZAAKNAMEN, type Werkregel } from '../werkvoorraadRegels';
import { StatusLabel } from './StatusLabel';
import { TabelContainer } from './TabelContainer';

interface Props {
  /** The role the lines are for (all lines of one table are for the same role). */
  voor: string;
  regels: readonly Werkregel[];
  schoolNaam: (vestiging: string) => string;
}

/**
 * What waits for the person in one of their roles, earliest deadline first: one row per action, with why, and the
 * kind of case it is about (ZAAKNAMEN). A tevredenheidsonderzoek names no pupil: its first cell names the inzet's expert.
 */
export function WerkvoorraadTabel({ voor, regels, schoolNaam }: Props) {
  const label = `Wat op uw actie wacht als ${werkvoorraadVoorNaam(voor)}`;
  return (
    <TabelContainer label={label}>
      <table className="data-table">
        <caption>
          {label} ({regels.length})
        </caption>
        <thead>
          <tr>
            <th scope="col">Leerling</th>
            <th scope="col">Zaak</th>
            <th scope="col">Actie en reden</th>
            <th scope="col">Soort</th>
            <th scope="col">Status</th>
            <th scope="col">Deadline</th>
          </tr>
        </thead>
        <tbody>
          {regels.map((regel) => (
            <tr key={regel.sleutel} className={regel.verlopen ? 'rij--verlopen' : undefined}>
              <th scope="row">
                <Link to={regel.pad}>{regel.leerling}</Link>
                <span className="klein">{schoolNaam(regel.vestiging)}</span>
              </th>
              <td>{ZAAKNAMEN[regel.zaak]}</td>
              <td>
                <strong>{regel.actie}</strong>
                <span className="klein">{regel.omschrijving}</span>
              </td>
              <td>{regel.soort}</td>
              <td>
                <StatusLabel status={regel.status} naam={regel.statusNaam} />
              </td>
              <td>
                <time dateTime={regel.deadline}>{datumTekst(regel.deadline)}</time>
                {regel.verlopen && <span className="verlopen">Verlopen</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TabelContainer>
  );
}
