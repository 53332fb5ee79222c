import { Link } from 'react-router';
import type { Aanbieder, AanbiederSortering } from '../api/aanbieders';
import { SorteerKop } from './SorteerKop';
import { aangebodenExpertises, bedrijfsstatusTekst, vandaagIso } from '../aanbiederWeergave';
import { TabelContainer } from './TabelContainer';

interface Props {
  aanbieders: readonly Aanbieder[];
  omschrijving: (expertise: string) => string;
  sortering: AanbiederSortering;
  onSorteer: (sortering: AanbiederSortering) => void;
}

/** Search results: one row per aanbieder, its naam linking to the details; code and naam sort the whole list. */
export function AanbiederTabel({ aanbieders, omschrijving, sortering, onSorteer }: Props) {
  const vandaag = vandaagIso();
  return (
    <TabelContainer label="Gevonden aanbieders">
    <table className="data-table">
      <caption>Gevonden aanbieders</caption>
      <thead>
        <tr>
          <SorteerKop veld="code" sortering={sortering} onSorteer={onSorteer}>
            Code
          </SorteerKop>
          <SorteerKop veld="naam" sortering={sortering} onSorteer={onSorteer}>
            Naam
          </SorteerKop>
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
