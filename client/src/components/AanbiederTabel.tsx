import { Link } from 'react-router';
import type { Aanbieder } from '../api/aanbieders';
import { aangebodenExpertises, bedrijfsstatusTekst, vandaagIso } from '../aanbiederWeergave';
import { TabelContainer } from './TabelContainer';

interface Props {
  aanbieders: readonly Aanbieder[];
  omschrijving: (expertise: string) => string;
}

/** Search results: one row per aanbieder, its naam linking to the details. */
export function AanbiederTabel({ aanbieders, omschrijving }: Props) {
  const vandaag = vandaagIso();
  return (
    <TabelContainer label="Gevonden aanbieders">
      <table className="data-table">
        <caption>Gevonden aanbieders</caption>
        <thead>
          <tr>
            <th scope="col">Code</th>
            <th scope="col">Naam</th>
            <th scope="col">Cluster</th>
            <th scope="col">Expertises</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {aanbieders.map((aanbieder) => {
            const expertises = aangebodenExpertises(aanbieder);
            return (
              <tr key={aanbieder.code}>
                <td>
                  <code>{aanbieder.code}</code>
                </td>
                <th scope="row">
                  <Link to={`/aanbieders/${aanbieder.code}`}>{aanbieder.naam}</Link>
                </th>
                <td>{aanbieder.erkenning.cluster}</td>
                <td>
                  {expertises.length === 0 ? (
                    'Geen aanbod'
                  ) : (
                    <ul className="kale-lijst">
                      {expertises.map((expertise) => (
                        <li key={expertise}>{omschrijving(expertise)}</li>
                      ))}
                    </ul>
                  )}
                </td>
                <td>{bedrijfsstatusTekst(aanbieder, vandaag)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TabelContainer>
  );
}
