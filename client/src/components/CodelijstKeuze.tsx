import type { VeldMeldingen } from '../api/veldfouten';
import { keuzes, type Codelijst } from '../arrangementLabels';
import { Keuzelijst } from './Keuzelijst';

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
export function CodelijstKeuze({ lijst, ...rest }: Props) {
  return <Keuzelijst {...rest} keuzes={keuzes(lijst).map(({ code, naam }) => ({ waarde: code, naam }))} />;
}
