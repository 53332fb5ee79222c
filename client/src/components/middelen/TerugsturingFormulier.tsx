import { useState } from 'react';
import type { useVerantwoordingStappen } from '../../api/middelen';
import { geenVeldfouten, verdeelFouten } from '../../api/veldfouten';
import { ProblemMessage } from '../ProblemMessage';
import { Veld } from '../Veld';
import { useFocusBijOpenen } from '../useFocusBijOpenen';

type Terugsturen = ReturnType<typeof useVerantwoordingStappen>['terugsturen'];

/** The beleidsmedewerker sends a submitted verantwoording back for correction, with the reason. */
export function TerugsturingFormulier({ titel, actie, onKlaar }: { titel: string; actie: Terugsturen; onKlaar: (gelukt: boolean) => void }) {
  const [reden, setReden] = useState('');
  const fouten = actie.isError ? verdeelFouten(actie.error, ['reden']) : geenVeldfouten;
  const kop = useFocusBijOpenen<HTMLHeadingElement>();
  return (
    <form
      aria-label={titel}
      className="formulier"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        actie.mutate(reden, { onSuccess: () => onKlaar(true) });
      }}
    >
      <h4 ref={kop} tabIndex={-1}>
        {titel}
      </h4>
      {actie.isError && <ProblemMessage summary="De verantwoording is niet teruggestuurd." error={actie.error} fouten={fouten.overig} />}
      <Veld label="Reden" hint="Wat moet het bestuur verbeteren?" fouten={fouten.bij('reden')}>
        {(invoer) => <textarea {...invoer} value={reden} onChange={(e) => setReden(e.target.value)} rows={3} />}
      </Veld>
      <div className="knoppen">
        <button type="submit" className="button" disabled={actie.isPending}>
          Terugsturen
        </button>
        <button type="button" className="button button--secundair" onClick={() => onKlaar(false)}>
          Annuleren
        </button>
      </div>
    </form>
  );
}
