import { useState } from 'react';
import type { useVerantwoordingStappen } from '../../api/middelen';
import { geenVeldfouten, verdeelFouten } from '../../api/veldfouten';
import { vandaagIso } from '../../aanbiederWeergave';
import { DatumVeld } from '../DatumVeld';
import { ProblemMessage } from '../ProblemMessage';
import { Veld } from '../Veld';
import { useFocusBijOpenen } from '../useFocusBijOpenen';

type Bespreken = ReturnType<typeof useVerantwoordingStappen>['bespreken'];

/** The beleidsmedewerker records the bestuursgesprek in which the verantwoording was discussed: its date and a note. */
export function BesprekingFormulier({ titel, actie, onKlaar }: { titel: string; actie: Bespreken; onKlaar: (gelukt: boolean) => void }) {
  const [datum, setDatum] = useState(vandaagIso());
  const [notitie, setNotitie] = useState('');
  const fouten = actie.isError ? verdeelFouten(actie.error, ['datum', 'notitie']) : geenVeldfouten;
  const kop = useFocusBijOpenen<HTMLHeadingElement>();
  return (
    <form
      aria-label={titel}
      className="formulier"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        actie.mutate({ datum: datum === '' ? null : datum, notitie: notitie.trim() === '' ? null : notitie }, { onSuccess: () => onKlaar(true) });
      }}
    >
      <h4 ref={kop} tabIndex={-1}>
        {titel}
      </h4>
      {actie.isError && <ProblemMessage summary="De bespreking is niet vastgelegd." error={actie.error} fouten={fouten.overig} />}
      <DatumVeld label="Datum van het bestuursgesprek" required value={datum} onChange={setDatum} fouten={fouten.bij('datum')} />
      <Veld label="Notitie" hint="Wat is afgesproken?" fouten={fouten.bij('notitie')}>
        {(invoer) => <textarea {...invoer} value={notitie} onChange={(e) => setNotitie(e.target.value)} rows={3} />}
      </Veld>
      <div className="knoppen">
        <button type="submit" className="button" disabled={actie.isPending}>
          Bespreking opslaan
        </button>
        <button type="button" className="button button--secundair" onClick={() => onKlaar(false)}>
          Annuleren
        </button>
      </div>
    </form>
  );
}
