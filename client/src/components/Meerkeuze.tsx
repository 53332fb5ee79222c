import { useId, type ReactNode } from 'react';
import { Foutmelding } from './Veld';

interface Props {
  legend: string;
  hint?: string;
  gekozen: readonly string[];
  opties: readonly { waarde: string; label: string; uitleg?: string }[];
  fouten: readonly string[];
  onChange: (gekozen: string[]) => void;
  /** Shown between the hint and the boxes, e.g. a search field. */
  boven?: ReactNode;
  /** Scroll a long list inside its own box. */
  lang?: boolean;
}

/** Checkboxes under a legend, with a hint and the API's messages for the group. */
export function Meerkeuze({ legend, hint, gekozen, opties, fouten, onChange, boven, lang = false }: Props) {
  const hintId = useId();
  const foutId = useId();
  const beschrijving = [hint === undefined ? '' : hintId, fouten.length > 0 ? foutId : ''].filter(Boolean).join(' ');

  function zet(waarde: string, aan: boolean) {
    onChange(aan ? [...gekozen, waarde] : gekozen.filter((g) => g !== waarde));
  }

  return (
    <fieldset className={fouten.length > 0 ? 'keuzegroep veld--fout' : 'keuzegroep'} aria-describedby={beschrijving || undefined}>
      <legend className="veld__label">{legend}</legend>
      {hint !== undefined && (
        <p id={hintId} className="veld__hint">
          {hint}
        </p>
      )}
      <Foutmelding id={foutId} fouten={fouten} />
      {boven}
      <div className={lang ? 'keuzelijst' : undefined}>
        {opties.map((optie) => (
          <label key={optie.waarde} className="keuze">
            <input type="checkbox" value={optie.waarde} checked={gekozen.includes(optie.waarde)} onChange={(e) => zet(optie.waarde, e.target.checked)} />{' '}
            {optie.label}
            {optie.uitleg !== undefined && <span className="veld__hint"> – {optie.uitleg}</span>}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
