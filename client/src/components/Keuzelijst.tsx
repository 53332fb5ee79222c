import type { VeldMeldingen } from '../api/veldfouten';
import { Veld } from './Veld';

/** One choice of a select box: what is sent, and what the user reads. */
export interface Keuze {
  waarde: string;
  naam: string;
}

interface Props {
  label: string;
  keuzes: readonly Keuze[];
  waarde: string;
  onChange: (waarde: string) => void;
  /** The empty choice first, for a filter that may choose nothing ("Alle scholen"). */
  leeg?: string;
  hint?: string;
  fouten?: readonly string[] | VeldMeldingen;
  required?: boolean;
}

/** A labelled select box over a list of named choices: the one shape every filter and form choice takes. */
export function Keuzelijst({ label, keuzes, waarde, onChange, leeg, hint, fouten = [], required = false }: Props) {
  return (
    <Veld label={label} fouten={fouten} {...(hint !== undefined && { hint })}>
      {(koppeling) => (
        <select {...koppeling} required={required} value={waarde} onChange={(event) => onChange(event.target.value)}>
          {leeg !== undefined && <option value="">{leeg}</option>}
          {keuzes.map(({ waarde: w, naam }) => (
            <option key={w} value={w}>
              {naam}
            </option>
          ))}
        </select>
      )}
    </Veld>
  );
}

/** Choices whose name is their value: schooljaren, regio's. */
export function zelfdeNaam(waarden: readonly (string | number)[]): Keuze[] {
  return waarden.map((w) => ({ waarde: String(w), naam: String(w) }));
}
