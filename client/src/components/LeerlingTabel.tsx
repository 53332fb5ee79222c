import { Link } from 'react-router';
import type { Leerling } from '../api/leerlingen';
import { datumTekst } from '../aanbiederWeergave';
import { leerlingNaam } from '../arrangementWeergave';
import { TabelContainer } from './TabelContainer';

interface Props {
  leerlingen: readonly Leerling[];
  schoolNaam: (vestiging: string) => string;
}

/** Pupils, one row each, the name linking to the pupil. */
export function LeerlingTabel({ leerlingen, schoolNaam }: Props) {
  return (
    <TabelContainer label="Gevonden leerlingen">
      <table className="data-table">
        <caption>Gevonden leerlingen</caption>
        <thead>
          <tr>
            <th scope="col">Naam</th>
            <th scope="col">Geboortedatum</th>
            <th scope="col">Groep</th>
            <th scope="col">School</th>
          </tr>
        </thead>
        <tbody>
          {leerlingen.map((leerling) => (
            <tr key={leerling.id}>
              <th scope="row">
                <Link to={`/leerlingen/${leerling.id}`}>{leerlingNaam(leerling)}</Link>
              </th>
              <td>{datumTekst(leerling.geboortedatum)}</td>
              <td>{leerling.groep}</td>
              <td>{schoolNaam(leerling.vestiging)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TabelContainer>
  );
}
