import type { VeldMeldingen } from '../api/veldfouten';
import { keuzes, type Codelijst } from '../arrangementLabels';
import { Veld } from './Veld';

interface Props {
  label: string;
  /** The empty choice, which filters on nothing: "Alle statussen". */
  leeg: string;
  lijst: Codelijst;
  waarde: string;
  onChange: (waarde: string) => void;
  fouten: readonly string[] | VeldMeldingen;
  hint?: string;
}

/** A select box of a code list by its Dutch names, for a list's filter form. */
export function CodelijstKeuze({ label, leeg, lijst, waarde, onChange, fouten, hint }: Props) {
  return (
    <Veld label={label} fouten={fouten} {...(hint !== undefined && { hint })}>
      {(koppeling) => (
        <select {...koppeling} value={waarde} onChange={(event) => onChange(event.target.value)}>
          <option value="">{leeg}</option>
          {keuzes(lijst).map(({ code, naam }) => (
            <option key={code} value={code}>
              {naam}
            </option>
          ))}
        </select>
      )}
    </Veld>
  );
}
