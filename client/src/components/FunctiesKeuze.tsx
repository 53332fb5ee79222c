import type { Functie } from '../api/gebruikers';
import { FUNCTIES } from '../beheerWeergave';
import { Meerkeuze } from './Meerkeuze';

interface Props {
  legend: string;
  gekozen: readonly Functie[];
  fouten: readonly string[];
  onChange: (gekozen: Functie[]) => void;
}

/**
 * The functies of a medewerker of the samenwerkingsverband as checkboxes, for a new account and for an existing one.
 * The choice comes back in the order of FUNCTIES, whatever the order of the clicks.
 */
export function FunctiesKeuze({ legend, gekozen, fouten, onChange }: Props) {
  return (
    <Meerkeuze
      legend={legend}
      hint="Een functie geeft een medewerker de stappen van die taak in het regionale portfolio."
      gekozen={gekozen}
      opties={FUNCTIES}
      fouten={fouten}
      onChange={(keuze) => onChange(FUNCTIES.filter((f) => keuze.includes(f.waarde)).map((f) => f.waarde))}
    />
  );
}
