import type { components } from '../api/schema';
import { TabelContainer } from './TabelContainer';

interface Props {
  lijst: components['schemas']['ExpertiseLijst'];
}

export function ExpertiseTable({ lijst }: Props) {
  if (lijst.expertises.length === 0) {
    return <p>Er zijn geen expertises voor leerjaar {lijst.leerjaar}.</p>;
  }
  return (
    <TabelContainer label="Expertises">
      <table className="data-table">
        <caption>
          Expertises in leerjaar {lijst.leerjaar} ({lijst.expertises.length})
        </caption>
        <thead>
          <tr>
            <th scope="col">Code</th>
            <th scope="col">Omschrijving</th>
          </tr>
        </thead>
        <tbody>
          {lijst.expertises.map((expertise) => (
            <tr key={expertise.code}>
              <th scope="row">
                <code>{expertise.code}</code>
              </th>
              <td>{expertise.omschrijving}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TabelContainer>
  );
}
