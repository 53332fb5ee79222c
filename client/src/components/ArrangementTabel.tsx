import { Link } from 'react-router';
import type { ArrangementSamenvatting } from '../api/arrangementen';
import { datumTekst } from '../aanbiederWeergave';
import { soortNaam } from '../arrangementLabels';
import { leerlingNaam } from '../arrangementWeergave';
import { StatusLabel } from './StatusLabel';
import { TabelContainer } from './TabelContainer';

interface Props {
  arrangementen: readonly ArrangementSamenvatting[];
  caption: string;
  schoolNaam: (vestiging: string) => string;
}

/** Arrangementen, one row each, the pupil's name linking to the arrangement. */
export function ArrangementTabel({ arrangementen, caption, schoolNaam }: Props) {
  return (
    <TabelContainer label={caption}>
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Leerling</th>
            <th scope="col">Soort</th>
            <th scope="col">Status</th>
            <th scope="col">Periode</th>
            <th scope="col">School</th>
            <th scope="col">Volgende evaluatie</th>
          </tr>
        </thead>
        <tbody>
          {arrangementen.map((arrangement) => (
            <tr key={arrangement.id}>
              <th scope="row">
                <Link to={`/arrangementen/${arrangement.id}`}>{leerlingNaam(arrangement.leerling)}</Link>
              </th>
              <td>{soortNaam(arrangement.soort)}</td>
              <td>
                <StatusLabel status={arrangement.status} />
              </td>
              <td>
                {datumTekst(arrangement.ingangsdatum)} t/m {datumTekst(arrangement.einddatum)}
              </td>
              <td>{schoolNaam(arrangement.vestiging)}</td>
              <td>
                {arrangement.volgendeEvaluatieUiterlijk ? datumTekst(arrangement.volgendeEvaluatieUiterlijk) : '–'}
                {arrangement.evaluatieVerlopen && <span className="verlopen">Verlopen</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TabelContainer>
  );
}
