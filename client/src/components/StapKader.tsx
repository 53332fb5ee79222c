import { useId, type FormEvent, type ReactNode } from 'react';
import type { ProbleemFout } from '../api/veldfouten';
import { FormulierKnoppen } from './FormulierKnoppen';
import { StapProbleem } from './StapProbleem';
import { useFocusBijOpenen } from './useFocusBijOpenen';

interface Props {
  /** The form's heading, which gets the focus when it opens. */
  titel: string;
  /** What failed, in Dutch, above the errors. */
  mislukt: string;
  /** The submit button. */
  knop: string;
  /** The step's request as it stands (a mutation's error and whether it is on its way). */
  mutatie: { isError: boolean; error: unknown; isPending: boolean };
  gewijzigd: string;
  /** The errors the form could not show at one of its fields. */
  overig: readonly ProbleemFout[];
  onVerstuur: () => void;
  onAnnuleer: () => void;
  children: ReactNode;
}

/** What every step form of a case has around its fields: the heading, the error summary and the two buttons. */
export function StapKader({ titel, mislukt, knop, mutatie, gewijzigd, overig, onVerstuur, onAnnuleer, children }: Props) {
  const titelId = useId();
  const titelRef = useFocusBijOpenen<HTMLHeadingElement>();
  const verstuur = (event: FormEvent) => {
    event.preventDefault();
    onVerstuur();
  };
  return (
    <form className="formulier paneel" aria-labelledby={titelId} noValidate onSubmit={verstuur}>
      <h3 id={titelId} ref={titelRef} tabIndex={-1}>
        {titel}
      </h3>
      {mutatie.isError && <StapProbleem summary={mislukt} gewijzigd={gewijzigd} error={mutatie.error} overig={overig} />}
      {children}
      <FormulierKnoppen opslaan={knop} bezig={mutatie.isPending} onAnnuleer={onAnnuleer} />
    </form>
  );
}
