import { useScholen } from '../api/scholen';
import { SCHOOL_MEDEWERKER } from '../auth/rollen';
import { useGebruiker } from '../auth/useGebruiker';
import { Keuzelijst } from './Keuzelijst';

interface Props {
  label: string;
  /** The text of the empty choice ("Alle scholen"). */
  leeg: string;
  hint?: string;
  waarde: string;
  onChange: (vestiging: string) => void;
  fouten: readonly string[];
  required?: boolean;
  /** Every school of the samenwerkingsverband, also for a school-medewerker (the other school that admits a pupil). */
  heelSamenwerkingsverband?: boolean;
}

/**
 * Chooses a school (vestiging) by name: a school-medewerker among the own vestigingen (unless heelSamenwerkingsverband),
 * others among all schools of the samenwerkingsverband. A code not in the list (from the URL) stays selectable.
 */
export function VestigingKeuze({ label, leeg, hint, waarde, onChange, fouten, required = false, heelSamenwerkingsverband = false }: Props) {
  const { rollen, vestigingen } = useGebruiker();
  const scholen = useScholen();
  const alleen = rollen.includes(SCHOOL_MEDEWERKER) && !heelSamenwerkingsverband ? vestigingen : undefined;
  const namen = new Map((scholen.data ?? []).map((school) => [school.vestiging, school.naam]));
  const codes = alleen ?? (scholen.data ?? []).map((school) => school.vestiging);
  const opties = waarde === '' || codes.includes(waarde) ? codes : [...codes, waarde];

  return (
    <Keuzelijst
      label={label}
      leeg={leeg}
      {...(hint !== undefined && { hint })}
      fouten={fouten}
      required={required}
      waarde={waarde}
      onChange={onChange}
      keuzes={opties.map((code) => ({ waarde: code, naam: namen.has(code) ? `${namen.get(code)} (${code})` : code }))}
    />
  );
}
