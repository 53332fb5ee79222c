import { useId } from 'react';
import { Foutmelding } from './Veld';

interface KeuzegroepProps {
  legend: string;
  waarde: string;
  opties: readonly { waarde: string; label: string }[];
  fouten: readonly string[];
  onChange: (waarde: string) => void;
}

/** Radio buttons under a legend, with the API's messages for the choice. */
export function Keuzegroep({ legend, waarde, opties, fouten, onChange }: KeuzegroepProps) {
  const naam = useId();
  const foutId = useId();
  return (
    <fieldset
      className={fouten.length > 0 ? 'keuzegroep veld--fout' : 'keuzegroep'}
      aria-describedby={fouten.length > 0 ? foutId : undefined}
    >
      <legend className="veld__label">{legend}</legend>
      <Foutmelding id={foutId} fouten={fouten} />
      <div className="keuzes">
        {opties.map((optie) => (
          <label key={optie.waarde}>
            <input
              type="radio"
              name={naam}
              value={optie.waarde}
              checked={waarde === optie.waarde}
              onChange={() => onChange(optie.waarde)}
            />
            {optie.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
