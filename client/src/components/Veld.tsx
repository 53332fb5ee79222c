import { useId, type ReactElement } from 'react';

/** What a form control needs to be tied to its label, hint and error messages. */
export interface InvoerKoppeling {
  id: string;
  'aria-describedby': string | undefined;
  'aria-invalid': true | undefined;
}

interface VeldProps {
  label: string;
  /** Explains the expected input; read out with the control. */
  hint?: string;
  /** The API's messages for this field, shown above the control and read out with it. */
  fouten?: readonly string[];
  children: (invoer: InvoerKoppeling) => ReactElement;
}

/** A labelled form control with its hint and error messages (render the control with the props it gets). */
export function Veld({ label, hint, fouten = [], children }: VeldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const foutId = `${id}-fout`;
  const beschrijving = [hint === undefined ? '' : hintId, fouten.length > 0 ? foutId : ''].filter(Boolean).join(' ');
  return (
    <div className={fouten.length > 0 ? 'veld veld--fout' : 'veld'}>
      <label htmlFor={id} className="veld__label">
        {label}
      </label>
      {hint !== undefined && (
        <p id={hintId} className="veld__hint">
          {hint}
        </p>
      )}
      <Foutmelding id={foutId} fouten={fouten} />
      {children({ id, 'aria-describedby': beschrijving || undefined, 'aria-invalid': fouten.length > 0 || undefined })}
    </div>
  );
}

interface FoutmeldingProps {
  id?: string;
  fouten: readonly string[];
}

/** The API's messages for a field or a group of fields; nothing when there are none. */
export function Foutmelding({ id, fouten }: FoutmeldingProps) {
  if (fouten.length === 0) return null;
  return (
    <div id={id} className="veld__fout">
      {fouten.map((fout, index) => (
        <p key={index}>
          <span className="visually-hidden">Fout: </span>
          {fout}
        </p>
      ))}
    </div>
  );
}
