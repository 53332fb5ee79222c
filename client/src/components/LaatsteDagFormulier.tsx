import { useId, useState, type FormEvent } from 'react';
import { useAanbiederWijziging, type AanbiederWijziging } from '../api/aanbieders';
import { verdeelFouten } from '../api/veldfouten';
import { datumTekst } from '../aanbiederWeergave';
import { AanbiederProbleem } from './AanbiederProbleem';
import type { BeheerFormulierProps } from './ContactgegevensFormulier';
import { DatumVeld } from './DatumVeld';
import { useFocusBijOpenen } from './useFocusBijOpenen';
import { FormulierKnoppen } from './FormulierKnoppen';

interface Props extends BeheerFormulierProps {
  titel: string;
  uitleg: string;
  /** The text of the submit button. */
  knop: string;
  /** What failed, when it fails. */
  mislukt: string;
  /** The message after success, for the chosen day ("31 juli 2027"). */
  gelukt: (laatsteDag: string) => string;
  wijziging: AanbiederWijziging<string | null>;
}

// The API names the day laatsteDag; taking an aanbieder out of service reports its uitbedrijfdatum.
const VELDEN = ['laatsteDag', 'uitbedrijfdatum'];

/** Asks for a last day: to end an aanbod, or to take the aanbieder out of service. */
export function LaatsteDagFormulier({ aanbieder, titel, uitleg, knop, mislukt, gelukt, wijziging, onKlaar, onAnnuleer }: Props) {
  const titelId = useId();
  const titelRef = useFocusBijOpenen<HTMLHeadingElement>();
  const [laatsteDag, setLaatsteDag] = useState('');
  const mutatie = useAanbiederWijziging(aanbieder, wijziging);
  const fouten = verdeelFouten(mutatie.error, VELDEN);
  const opslaan = (event: FormEvent) => {
    event.preventDefault();
    mutatie.mutate(laatsteDag === '' ? null : laatsteDag, { onSuccess: () => onKlaar(gelukt(datumTekst(laatsteDag))) });
  };

  return (
    <form className="formulier paneel" aria-labelledby={titelId} noValidate onSubmit={opslaan}>
      <h3 id={titelId} ref={titelRef} tabIndex={-1}>
        {titel}
      </h3>
      {mutatie.isError && <AanbiederProbleem summary={mislukt} error={mutatie.error} overig={fouten.overig} />}
      <p>{uitleg}</p>
      <DatumVeld
        label="Laatste dag"
        fouten={[...fouten.bij('laatsteDag'), ...fouten.bij('uitbedrijfdatum')]}
        pad="laatsteDag"
        required
        value={laatsteDag}
        onChange={setLaatsteDag}
      />
      <FormulierKnoppen opslaan={knop} bezig={mutatie.isPending} onAnnuleer={onAnnuleer} />
    </form>
  );
}
