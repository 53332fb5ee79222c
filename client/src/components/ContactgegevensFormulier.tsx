import { useId, useState, type FormEvent } from 'react';
import { useAanbiederWijziging, wijzigContactgegevens, type Aanbieder } from '../api/aanbieders';
import { verdeelFouten } from '../api/veldfouten';
import { AanbiederProbleem } from './AanbiederProbleem';
import {
  alsContextInvoer,
  alsContextRijen,
  CommunicatiecontextenVelden,
  contextFoutvelden,
} from './CommunicatiecontextenVelden';
import { useFocusBijOpenen } from './useFocusBijOpenen';
import { FormulierKnoppen } from './FormulierKnoppen';

export interface BeheerFormulierProps {
  aanbieder: Aanbieder;
  /** The change succeeded; `melding` says so in Dutch. */
  onKlaar: (melding: string) => void;
  onAnnuleer: () => void;
}

/** Replaces all communicatiecontexten at once (PUT), based on the versie shown. */
export function ContactgegevensFormulier({ aanbieder, onKlaar, onAnnuleer }: BeheerFormulierProps) {
  const titelId = useId();
  const titelRef = useFocusBijOpenen<HTMLHeadingElement>();
  const [rijen, setRijen] = useState(() => alsContextRijen(aanbieder.communicatiecontexten));
  const wijziging = useAanbiederWijziging(aanbieder, wijzigContactgegevens);
  const fouten = verdeelFouten(wijziging.error, contextFoutvelden(rijen));
  const opslaan = (event: FormEvent) => {
    event.preventDefault();
    wijziging.mutate(alsContextInvoer(rijen), { onSuccess: () => onKlaar('De contactgegevens zijn opgeslagen.') });
  };

  return (
    <form className="formulier paneel" aria-labelledby={titelId} noValidate onSubmit={opslaan}>
      <h3 id={titelId} ref={titelRef} tabIndex={-1}>
        Contactgegevens wijzigen
      </h3>
      {wijziging.isError && (
        <AanbiederProbleem summary="De contactgegevens zijn niet opgeslagen." error={wijziging.error} overig={fouten.overig} />
      )}
      <CommunicatiecontextenVelden rijen={rijen} onChange={setRijen} fouten={fouten} />
      <FormulierKnoppen opslaan="Contactgegevens opslaan" bezig={wijziging.isPending} onAnnuleer={onAnnuleer} />
    </form>
  );
}
