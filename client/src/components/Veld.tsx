import { FormField, FormFieldDescription, FormFieldErrorMessage, FormLabel } from '@utrecht/component-library-react';
import { useId, type ReactElement } from 'react';
import type { VeldMeldingen } from '../api/veldfouten';

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
  fouten?: readonly string[] | VeldMeldingen;
  /**
   * The field's path in the API's problem (a JSON pointer without "#/"), so the error summary can link to it.
   * Not needed when `fouten` comes from `verdeelFouten(...).bij(pad)`: those messages carry their path.
   */
  pad?: string | undefined;
  children: (invoer: InvoerKoppeling) => ReactElement;
}

/**
 * A labelled form control with its hint and error messages (render the control with the props it gets): the
 * NL Design System form field, with label, description and error message in the order GOV.UK and NL DS advise.
 */
export function Veld({ label, hint, fouten = [], pad, children }: VeldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const foutId = `${id}-fout`;
  const beschrijving = [hint === undefined ? '' : hintId, fouten.length > 0 ? foutId : ''].filter(Boolean).join(' ');
  const ongeldig = fouten.length > 0;
  return (
    <FormField className={ongeldig ? 'veld veld--fout' : 'veld'} invalid={ongeldig} data-veld={pad ?? padVan(fouten)}>
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={id} className="veld__label">
          {label}
        </FormLabel>
      </div>
      {hint !== undefined && (
        <FormFieldDescription id={hintId} className="veld__hint">
          {hint}
        </FormFieldDescription>
      )}
      <Foutmelding id={foutId} fouten={fouten} />
      <div className="utrecht-form-field__input">
        {children({ id, 'aria-describedby': beschrijving || undefined, 'aria-invalid': ongeldig || undefined })}
      </div>
    </FormField>
  );
}

interface FoutmeldingProps {
  id?: string;
  fouten: readonly string[] | VeldMeldingen;
  /** The path of the field or group these messages are about; by default the one the messages carry. */
  pad?: string | undefined;
}

/** The API's messages for a field or a group of fields; nothing when there are none. */
export function Foutmelding({ id, fouten, pad }: FoutmeldingProps) {
  if (fouten.length === 0) return null;
  return (
    <FormFieldErrorMessage id={id} className="veld__fout" data-veld={pad ?? padVan(fouten)}>
      {fouten.map((fout, index) => (
        <p key={index}>
          <span className="visually-hidden">Fout: </span>
          {fout}
        </p>
      ))}
    </FormFieldErrorMessage>
  );
}

function padVan(fouten: readonly string[] | VeldMeldingen): string | undefined {
  return 'pad' in fouten ? fouten.pad : undefined;
}
