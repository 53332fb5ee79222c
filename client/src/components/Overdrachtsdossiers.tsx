import { Link } from 'react-router';
import { useDossiersVanLeerling } from '../api/dossiers';
import { datumTekst } from '../aanbiederWeergave';
import { tijdstipTekst } from '../arrangementWeergave';
import { magDossiersAanleveren, SCHOOL_MEDEWERKER } from '../auth/rollen';
import { useGebruiker } from '../auth/useGebruiker';
import { dossierStatusNaam } from '../dossierLabels';
import { ProblemMessage } from './ProblemMessage';
import { StatusLabel } from './StatusLabel';
import { TabelContainer } from './TabelContainer';

interface Props {
  leerlingId: string;
  naam: string;
}

/**
 * The OSO dossiers received for a pupil on the pupil page, the current one first, each opening its own page: for SWV
 * and school staff, who read them (the API answers 403 to anyone else). The school is offered to deliver one.
 */
export function Overdrachtsdossiers(props: Props) {
  const { rollen } = useGebruiker();
  if (!magDossiersAanleveren(rollen)) return null;
  return <Lijst {...props} magAanleveren={rollen.includes(SCHOOL_MEDEWERKER)} />;
}

function Lijst({ leerlingId, naam, magAanleveren }: Props & { magAanleveren: boolean }) {
  const lijst = useDossiersVanLeerling(leerlingId);
  const dossiers = lijst.data?.dossiers ?? [];
  const caption = `Overdrachtsdossiers van ${naam} (${dossiers.length})`;
  return (
    <section aria-labelledby="overdrachtsdossiers" className="sectie">
      <h2 id="overdrachtsdossiers">Overdrachtsdossiers</h2>
      {lijst.isPending ? (
        <p role="status">Laden…</p>
      ) : lijst.isError ? (
        <ProblemMessage summary="De overdrachtsdossiers van deze leerling konden niet worden geladen." error={lijst.error} />
      ) : dossiers.length === 0 ? (
        <p>Voor {naam} is nog geen overdrachtsdossier (OSO) ontvangen.</p>
      ) : (
        <TabelContainer label={caption}>
          <table className="data-table">
            <caption>{caption}</caption>
            <thead>
              <tr>
                <th scope="col">Dossier</th>
                <th scope="col">Ontvangen</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {dossiers.map((dossier) => (
                <tr key={dossier.id}>
                  <th scope="row">
                    <Link to={`/dossiers/${dossier.id}`}>Dossier van {datumTekst(dossier.dossierdatum)}</Link>
                  </th>
                  <td>{tijdstipTekst(dossier.ontvangen)}</td>
                  <td>
                    <StatusLabel status={dossier.status} naam={dossierStatusNaam} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TabelContainer>
      )}
      {magAanleveren && (
        <p>
          <Link to="/dossiers/nieuw" className="button button--secundair">
            Dossier aanleveren
          </Link>
        </p>
      )}
    </section>
  );
}
