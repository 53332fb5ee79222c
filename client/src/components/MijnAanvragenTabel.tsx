import { Link } from 'react-router';
import type { MijnAanvraag, MijnAanvragenSortering } from '../api/arrangementen';
import { datumTekst, vandaagIso } from '../aanbiederWeergave';
import { soortNaam } from '../arrangementLabels';
import { leerlingNaam } from '../arrangementWeergave';
import { SorteerKop } from './SorteerKop';
import { StatusLabel } from './StatusLabel';
import { TabelContainer } from './TabelContainer';

interface Props {
  aanvragen: readonly MijnAanvraag[];
  totaal: number;
  schoolNaam: (vestiging: string) => string;
  sortering: MijnAanvragenSortering;
  onSorteer: (sortering: MijnAanvragenSortering) => void;
}

/**
 * The person's own requests in progress: the pupil linking to the arrangement, its status, and when the SWV should
 * decide; the two dates sort the whole list.
 */
export function MijnAanvragenTabel({ aanvragen, totaal, schoolNaam, sortering, onSorteer }: Props) {
  const label = 'Uw aanvragen die nog lopen';
  return (
    <TabelContainer label={label}>
      <table className="data-table">
        <caption>
          {label} ({totaal})
        </caption>
        <thead>
          <tr>
            <th scope="col">Leerling</th>
            <th scope="col">Soort</th>
            <th scope="col">Status</th>
            <SorteerKop veld="aangevraagdOp" sortering={sortering} onSorteer={onSorteer}>
              Aangevraagd op
            </SorteerKop>
            <SorteerKop veld="behandeldeadline" sortering={sortering} onSorteer={onSorteer}>
              Besluit uiterlijk
            </SorteerKop>
          </tr>
        </thead>
        <tbody>
          {aanvragen.map((aanvraag) => {
            // An instant: the day it was in the person's own time zone.
            const aangevraagd = vandaagIso(new Date(aanvraag.aangevraagdOp));
            return (
              <tr key={aanvraag.id}>
                <th scope="row">
                  <Link to={`/arrangementen/${aanvraag.id}`}>{leerlingNaam(aanvraag.leerling)}</Link>
                  <span className="klein">{schoolNaam(aanvraag.vestiging)}</span>
                </th>
                <td>{soortNaam(aanvraag.soort)}</td>
                <td>
                  <StatusLabel status={aanvraag.status} />
                  {aanvraag.vraagStaatOpen && <span className="klein">Het samenwerkingsverband wacht op uw antwoord</span>}
                </td>
                <td>
                  <time dateTime={aangevraagd}>{datumTekst(aangevraagd)}</time>
                </td>
                <td>
                  <time dateTime={aanvraag.behandeldeadline}>{datumTekst(aanvraag.behandeldeadline)}</time>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TabelContainer>
  );
}
