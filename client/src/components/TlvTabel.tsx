import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { TlvRij, TlvSortering } from '../api/toelaatbaarheidsverklaringen';
import { datumTekst } from '../aanbiederWeergave';
import { dagTekst } from '../arrangementWeergave';
import { categorieNaam, tlvSoortNaam, tlvStatusNaam } from '../tlvLabels';
import { SorteerKop } from './SorteerKop';
import { StatusLabel } from './StatusLabel';
import { TabelContainer } from './TabelContainer';

interface Props {
  tlvs: readonly TlvRij[];
  caption: string;
  schoolNaam: (vestiging: string) => string;
  /** The list's order, when the person may change it (the API sorts the whole list, not the rows loaded). */
  sortering?: { waarde: TlvSortering; onSorteer: (sortering: TlvSortering) => void };
  /** On the pupil's own page the pupil is known: each row then opens from its soort. */
  zonderLeerling?: boolean;
}

/** Toelaatbaarheidsverklaringen, one row each, opening the TLV's detail page. */
export function TlvTabel({ tlvs, caption, schoolNaam, sortering, zonderLeerling = false }: Props) {
  const kop = (veld: string, tekst: string): ReactNode =>
    sortering ? (
      <SorteerKop veld={veld} sortering={sortering.waarde} onSorteer={sortering.onSorteer}>
        {tekst}
      </SorteerKop>
    ) : (
      <th scope="col">{tekst}</th>
    );
  return (
    <TabelContainer label={caption}>
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {!zonderLeerling && <th scope="col">Leerling</th>}
            <th scope="col">Soort</th>
            <th scope="col">Categorie</th>
            <th scope="col">Status</th>
            <th scope="col">Beoogde school</th>
            {kop('aangevraagdOp', 'Aangevraagd op')}
            {kop('behandeldeadline', 'Besluit uiterlijk')}
            {kop('einddatum', 'Periode')}
            <th scope="col">Beschikkingsnummer</th>
            <th scope="col">Ingeschreven</th>
          </tr>
        </thead>
        <tbody>
          {tlvs.map((tlv) => (
            <tr key={tlv.id}>
              {zonderLeerling ? (
                <th scope="row">
                  <Link to={`/toelaatbaarheidsverklaringen/${tlv.id}`}>{tlvSoortNaam(tlv.soort)}</Link>
                </th>
              ) : (
                <>
                  <th scope="row">
                    <Link to={`/toelaatbaarheidsverklaringen/${tlv.id}`}>{tlv.leerling.naam}</Link>
                    <span className="klein">Aangevraagd door {schoolNaam(tlv.vestiging)}</span>
                  </th>
                  <td>{tlvSoortNaam(tlv.soort)}</td>
                </>
              )}
              <td>{categorieNaam(tlv.categorie)}</td>
              <td>
                <StatusLabel status={tlv.status} naam={tlvStatusNaam} />
                {tlv.toelaatbaar === false && <span className="klein">Niet toelaatbaar</span>}
              </td>
              <td>{tlv.beoogdeSchool}</td>
              <td>{dagTekst(tlv.aangevraagdOp)}</td>
              <td>{datumTekst(tlv.behandeldeadline)}</td>
              <td>{periode(tlv)}</td>
              <td>{tlv.beschikkingsnummer ?? '–'}</td>
              <td>{tlv.ingeschrevenOp ? datumTekst(tlv.ingeschrevenOp) : 'Nee'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TabelContainer>
  );
}

/** The period the TLV holds, once decided; before that there is none. */
function periode(tlv: TlvRij): string {
  if (!tlv.ingangsdatum) return '–';
  return tlv.einddatum ? `${datumTekst(tlv.ingangsdatum)} t/m ${datumTekst(tlv.einddatum)}` : `Vanaf ${datumTekst(tlv.ingangsdatum)}`;
}
