import { useId, useState, type FormEvent } from 'react';
import { isVersieVerouderd } from '../api/antwoord';
import { useClusterVastleggen, type School } from '../api/scholen';
import { verdeelFouten } from '../api/veldfouten';
import { CLUSTER_KEUZES } from '../schoolWeergave';
import { FormulierKnoppen } from './FormulierKnoppen';
import { Keuzegroep } from './Keuzegroep';
import { ProblemMessage } from './ProblemMessage';
import { useFocusBijOpenen } from './useFocusBijOpenen';

interface Props {
  school: School;
  onKlaar: (melding: string) => void;
  onAnnuleer: () => void;
}

/**
 * Records whether an SO/VSO school is of cluster 1 or 2 (PUT), based on the versie shown. Such a school has no
 * zorgplicht: at an aanmelding there no term runs. Aanmeldingen already in keep what they had.
 */
export function ClusterFormulier({ school, onKlaar, onAnnuleer }: Props) {
  const titelId = useId();
  const titelRef = useFocusBijOpenen<HTMLHeadingElement>();
  const [keuze, setKeuze] = useState(school.cluster === 1 || school.cluster === 2 ? String(school.cluster) : '');
  const wijziging = useClusterVastleggen(school);
  const fouten = verdeelFouten(wijziging.error, ['cluster']);
  const opslaan = (event: FormEvent) => {
    event.preventDefault();
    wijziging.mutate(keuze === '1' ? 1 : keuze === '2' ? 2 : null, {
      onSuccess: () => onKlaar(`Het cluster van ${school.naam} is opgeslagen.`),
    });
  };

  return (
    <form className="formulier paneel" aria-labelledby={titelId} noValidate onSubmit={opslaan}>
      <h3 id={titelId} ref={titelRef} tabIndex={-1}>
        Cluster wijzigen
      </h3>
      {wijziging.isError &&
        (isVersieVerouderd(wijziging.error) ? (
          <div className="problem" role="alert">
            <p className="problem__summary">Deze school is intussen door iemand anders gewijzigd; de nieuwste versie is geladen.</p>
            <p>Bekijk de school en sla uw wijziging zo nodig opnieuw op.</p>
          </div>
        ) : (
          <ProblemMessage summary="Het cluster is niet opgeslagen." error={wijziging.error} fouten={fouten.overig} />
        ))}
      <p>Een school van cluster 1 of 2 heeft geen zorgplicht: bij een aanmelding loopt dan geen termijn. Aanmeldingen die al binnen zijn, veranderen niet.</p>
      <Keuzegroep legend={`Cluster van ${school.naam}`} waarde={keuze} opties={CLUSTER_KEUZES} fouten={fouten.bij('cluster')} onChange={setKeuze} />
      <FormulierKnoppen opslaan="Cluster opslaan" bezig={wijziging.isPending} onAnnuleer={onAnnuleer} />
    </form>
  );
}
