import { useId, useState, type FormEvent } from 'react';
import { isVersieVerouderd } from '../api/antwoord';
import { useOndersteuningsprofielVastleggen, type School } from '../api/scholen';
import { verdeelFouten } from '../api/veldfouten';
import { alsIvoTeksten, alsIvoVelden } from '../ivoVelden';
import { FormulierKnoppen } from './FormulierKnoppen';
import { IvoInvoer, ivoFoutvelden } from './IvoInvoer';
import { ProblemMessage } from './ProblemMessage';
import { useFocusBijOpenen } from './useFocusBijOpenen';

interface Props {
  school: School;
  onKlaar: (melding: string) => void;
  onAnnuleer: () => void;
}

// The API names the fields of this body "ondersteuningsprofiel/…" in its error pointers.
const PAD = 'ondersteuningsprofiel';

/** Replaces a school's ondersteuningsprofiel (PUT), based on the versie shown. */
export function OndersteuningsprofielFormulier({ school, onKlaar, onAnnuleer }: Props) {
  const titelId = useId();
  const titelRef = useFocusBijOpenen<HTMLHeadingElement>();
  const [teksten, setTeksten] = useState(() => alsIvoTeksten(school.ondersteuningsprofiel));
  const wijziging = useOndersteuningsprofielVastleggen(school);
  const fouten = verdeelFouten(wijziging.error, ivoFoutvelden(PAD));
  const opslaan = (event: FormEvent) => {
    event.preventDefault();
    wijziging.mutate(alsIvoVelden(teksten), {
      onSuccess: () => onKlaar(`Het ondersteuningsprofiel van ${school.naam} is opgeslagen.`),
    });
  };

  return (
    <form className="formulier paneel" aria-labelledby={titelId} noValidate onSubmit={opslaan}>
      <h3 id={titelId} ref={titelRef} tabIndex={-1}>
        Ondersteuningsprofiel wijzigen
      </h3>
      {wijziging.isError &&
        (isVersieVerouderd(wijziging.error) ? (
          <div className="problem" role="alert">
            <p className="problem__summary">Deze school is intussen door iemand anders gewijzigd; de nieuwste versie is geladen.</p>
            <p>Bekijk het profiel en sla uw wijziging zo nodig opnieuw op.</p>
          </div>
        ) : (
          <ProblemMessage summary="Het ondersteuningsprofiel is niet opgeslagen." error={wijziging.error} fouten={fouten.overig} />
        ))}
      <IvoInvoer
        legend={`Ondersteuningsprofiel van ${school.naam}`}
        hint="De ondersteuning die de school zelf biedt, op de vijf IVO-velden."
        teksten={teksten}
        onChange={setTeksten}
        fouten={fouten}
        pad={PAD}
      />
      <FormulierKnoppen opslaan="Ondersteuningsprofiel opslaan" bezig={wijziging.isPending} onAnnuleer={onAnnuleer} />
    </form>
  );
}
