import { useId, useState, type FormEvent } from 'react';
import { usePostcodegebiedVastleggen, type Leerling } from '../api/leerlingen';
import { verdeelFouten, type VeldMeldingen } from '../api/veldfouten';
import { FormulierKnoppen } from './FormulierKnoppen';
import { LeerlingWijzigingFout } from './LeerlingWijzigingFout';
import { Veld } from './Veld';
import { useFocusBijOpenen } from './useFocusBijOpenen';

/** The label and hint of the postcode area, the same at registration and when it changes. */
export const POSTCODEGEBIED_LABEL = 'Postcodegebied';
export const POSTCODEGEBIED_HINT = 'Alleen de vier cijfers: zo weten we welke begeleiders in de buurt werken.';

interface Props {
  leerling: Leerling;
  onKlaar: (melding: string) => void;
  onAnnuleer: () => void;
}

/** Changes the pupil's postcode area (PUT), based on the versie shown; empty removes it. */
export function PostcodegebiedFormulier({ leerling, onKlaar, onAnnuleer }: Props) {
  const titelId = useId();
  const titelRef = useFocusBijOpenen<HTMLHeadingElement>();
  const [postcodegebied, setPostcodegebied] = useState(leerling.postcodegebied ?? '');
  const wijziging = usePostcodegebiedVastleggen(leerling);
  const fouten = verdeelFouten(wijziging.error, ['postcodegebied']);
  const opslaan = (event: FormEvent) => {
    event.preventDefault();
    const waarde = postcodegebied.trim();
    wijziging.mutate(waarde === '' ? null : waarde, { onSuccess: () => onKlaar('Het postcodegebied is opgeslagen.') });
  };
  return (
    <form className="formulier paneel" aria-labelledby={titelId} noValidate onSubmit={opslaan}>
      <h3 id={titelId} ref={titelRef} tabIndex={-1}>
        Postcodegebied wijzigen
      </h3>
      {wijziging.isError && <LeerlingWijzigingFout summary="Het postcodegebied is niet opgeslagen." error={wijziging.error} fouten={fouten.overig} />}
      <PostcodegebiedVeld waarde={postcodegebied} onChange={setPostcodegebied} fouten={fouten.bij('postcodegebied')} />
      <FormulierKnoppen opslaan="Postcodegebied opslaan" bezig={wijziging.isPending} onAnnuleer={onAnnuleer} />
    </form>
  );
}

interface VeldProps {
  waarde: string;
  onChange: (waarde: string) => void;
  fouten: VeldMeldingen;
}

/** The postcode area as every form asks it: four digits, with why we ask. */
export function PostcodegebiedVeld({ waarde, onChange, fouten }: VeldProps) {
  return (
    <Veld label={POSTCODEGEBIED_LABEL} hint={POSTCODEGEBIED_HINT} fouten={fouten}>
      {(koppeling) => (
        <input
          {...koppeling}
          type="text"
          inputMode="numeric"
          maxLength={4}
          autoComplete="off"
          value={waarde}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Veld>
  );
}
