import { useState } from 'react';
import { useLeerling, useLeerlingen, type Leerling } from '../api/leerlingen';
import { leerlingNaam } from '../arrangementWeergave';
import { useVertraagd } from '../useVertraagd';
import { ProblemMessage } from './ProblemMessage';
import { Veld } from './Veld';

interface Props {
  leerlingId: string;
  onChange: (leerlingId: string) => void;
  fouten: readonly string[];
}

const optieTekst = (leerling: Leerling) => `${leerlingNaam(leerling)} (groep ${leerling.groep}, ${leerling.vestiging})`;

/** Chooses the pupil from those the person may see, narrowed by name; a pupil chosen before stays selectable. */
export function LeerlingKeuze({ leerlingId, onChange, fouten }: Props) {
  const [naam, setNaam] = useState('');
  const gezocht = useVertraagd(naam.trim());
  const leerlingen = useLeerlingen({ pageSize: 100, ...(gezocht !== '' && { naam: gezocht }) });
  const gevonden = leerlingen.data?.pages.flatMap((pagina) => pagina.leerlingen) ?? [];
  const gekozenOntbreekt = leerlingId !== '' && !gevonden.some((leerling) => leerling.id === leerlingId);
  const gekozen = useLeerling(leerlingId, gekozenOntbreekt);
  const opties = gekozenOntbreekt && gekozen.data ? [gekozen.data, ...gevonden] : gevonden;

  return (
    <fieldset className="groep">
      <legend>Leerling</legend>
      <Veld label="Zoek op naam" hint="Beperkt de keuzelijst tot leerlingen met deze tekst in hun naam.">
        {(koppeling) => (
          <input {...koppeling} type="search" autoComplete="off" value={naam} onChange={(event) => setNaam(event.target.value)} />
        )}
      </Veld>
      <Veld label="Leerling" fouten={fouten}>
        {(koppeling) => (
          <select {...koppeling} required value={leerlingId} onChange={(event) => onChange(event.target.value)}>
            <option value="">{leerlingen.isPending ? 'Leerlingen laden…' : `Kies een leerling (${opties.length})`}</option>
            {opties.map((leerling) => (
              <option key={leerling.id} value={leerling.id}>
                {optieTekst(leerling)}
              </option>
            ))}
          </select>
        )}
      </Veld>
      {leerlingen.isError && <ProblemMessage summary="De leerlingen konden niet worden geladen." error={leerlingen.error} />}
      {leerlingen.hasNextPage && (
        <p className="veld__hint">Er zijn meer leerlingen dan deze lijst toont; zoek op naam om de leerling te vinden.</p>
      )}
    </fieldset>
  );
}
