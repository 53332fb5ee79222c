import { Link } from 'react-router';
import { useDossiersVanLeerling } from '../api/dossiers';
import { datumTekst } from '../aanbiederWeergave';
import { magDossiersAanleveren } from '../auth/rollen';
import { useGebruiker } from '../auth/useGebruiker';
import { EerdereArrangementen, EerdereTlvs } from './DossierGegevens';

interface Props {
  leerlingId: string;
  naam: string;
  soort: 'tlvs' | 'arrangementen';
}

/**
 * The TLV's or arrangementen the pupil's current OSO dossier names, under this samenwerkingsverband's own on the pupil
 * page: support given elsewhere or earlier, which a trajectbegeleider weighs when judging a new request, clearly not a
 * decision of this SWV. Only for those who read dossiers (school and SWV staff); nothing when the dossier names none.
 */
export function OndersteuningVanElders(props: Props) {
  const { rollen } = useGebruiker();
  if (!magDossiersAanleveren(rollen)) return null;
  return <UitHetDossier {...props} />;
}

function UitHetDossier({ leerlingId, naam, soort }: Props) {
  const lijst = useDossiersVanLeerling(leerlingId);
  const actueel = lijst.data?.dossiers.find((dossier) => dossier.status === 'actueel');
  if (!actueel) return null;
  const { tlvs, arrangementen } = actueel.gegevens;
  const aantal = soort === 'tlvs' ? tlvs.length : arrangementen.length;
  if (aantal === 0) return null;

  const wat = soort === 'tlvs' ? 'toelaatbaarheidsverklaringen' : 'arrangementen';
  const caption = `Eerdere ${wat} van ${naam} uit het overdrachtsdossier (${aantal})`;
  return (
    <>
      <h3>Uit het overdrachtsdossier</h3>
      <p>
        Deze {wat} staan in het <Link to={`/dossiers/${actueel.id}`}>overdrachtsdossier van {datumTekst(actueel.dossierdatum)}</Link>. Ze komen
        van de school of een eerder samenwerkingsverband; het zijn geen besluiten van dit samenwerkingsverband.
      </p>
      {soort === 'tlvs' ? <EerdereTlvs tlvs={tlvs} caption={caption} /> : <EerdereArrangementen arrangementen={arrangementen} caption={caption} />}
    </>
  );
}
