import { Link } from 'react-router';
import type { ThuiszitterRegel } from '../api/thuiszitters';
import { datumTekst } from '../aanbiederWeergave';
import { duurTekst, overStreefdatumTekst, thuiszitredenNaam, thuiszitterStatusNaam, verzuimsoortNaam } from '../thuiszitterWeergave';
import { StatusLabel } from './StatusLabel';
import { TabelContainer } from './TabelContainer';

interface Props {
  thuiszitters: readonly ThuiszitterRegel[];
  caption: string;
  schoolNaam: (vestiging: string) => string;
  vandaag: string;
}

/** The register's entries in the API's order (overdue first), each opening its page; an overdue one says by how much. */
export function ThuiszitterTabel({ thuiszitters, caption, schoolNaam, vandaag }: Props) {
  return (
    <TabelContainer label={caption}>
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Leerling</th>
            <th scope="col">Soort</th>
            <th scope="col">Status</th>
            <th scope="col">Thuis sinds</th>
            <th scope="col">Duur</th>
            <th scope="col">Streefdatum terugkeer</th>
            <th scope="col">Reden</th>
          </tr>
        </thead>
        <tbody>
          {thuiszitters.map((regel) => (
            <tr key={regel.id} className={regel.verlopen ? 'rij--verlopen' : undefined}>
              <th scope="row">
                <Link to={`/thuiszitters/${regel.id}`}>{regel.leerlingNaam ?? 'Leerling'}</Link>
                <span className="klein">{schoolNaam(regel.vestiging)}</span>
              </th>
              <td>{verzuimsoortNaam(regel.soort)}</td>
              <td>
                <StatusLabel status={regel.status} naam={thuiszitterStatusNaam} />
              </td>
              <td>{datumTekst(regel.verzuimSinds)}</td>
              <td>{duurTekst(regel.duurInDagen)}</td>
              <td>
                {regel.streefdatum ? datumTekst(regel.streefdatum) : 'Geen (vrijstelling)'}
                {regel.verlopen && regel.streefdatum && (
                  <span className="verlopen">{overStreefdatumTekst(regel.streefdatum, vandaag)}</span>
                )}
              </td>
              <td>{regel.reden ? thuiszitredenNaam(regel.reden) : '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TabelContainer>
  );
}
