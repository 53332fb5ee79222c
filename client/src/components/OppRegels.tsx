import { useEffect, useRef, type ReactNode } from 'react';
import type { VeldMeldingen } from '../api/veldfouten';
import type { Regel } from '../oppInhoudInvoer';
import { Foutmelding } from './Veld';

interface Props<T extends Regel> {
  legend: string;
  hint?: string;
  /** The add button's text: "Doel toevoegen". */
  toevoegen: string;
  /** The remove button's text for line `nummer` (from 1): "Doel 2 verwijderen". */
  verwijderen: (nummer: number) => string;
  rijen: readonly T[];
  onChange: (rijen: T[]) => void;
  nieuw: () => T;
  /** The API's messages about the lines as a whole ("Geef ten minste één doel voor de lange termijn."). */
  fouten: VeldMeldingen;
  /** Says what the list holds while it has no lines. */
  leeg: string;
  /** The fields of one line; `wijzig` changes that line only. */
  children: (rij: T, index: number, wijzig: (wijziging: Partial<T>) => void) => ReactNode;
}

/**
 * Repeated lines of the OPP editor (goals, support, evaluation moments, ...), each with its own remove button, and a
 * button to add one. A new line takes the focus on its first field; after a removal the focus goes to the add button,
 * so a keyboard user never lands on the page's top.
 */
export function OppRegels<T extends Regel>({ legend, hint, toevoegen, verwijderen, rijen, onChange, nieuw, fouten, leeg, children }: Props<T>) {
  const toevoegenRef = useRef<HTMLButtonElement>(null);
  const nieuweSleutel = useRef<number | null>(null);
  const rijRefs = useRef(new Map<number, HTMLElement>());

  useEffect(() => {
    if (nieuweSleutel.current === null) return;
    const rij = rijRefs.current.get(nieuweSleutel.current);
    nieuweSleutel.current = null;
    rij?.querySelector<HTMLElement>('input, select, textarea')?.focus();
  }, [rijen]);

  const wijzig = (sleutel: number) => (wijziging: Partial<T>) =>
    onChange(rijen.map((rij) => (rij.sleutel === sleutel ? { ...rij, ...wijziging } : rij)));
  const verwijder = (sleutel: number) => {
    onChange(rijen.filter((rij) => rij.sleutel !== sleutel));
    toevoegenRef.current?.focus();
  };
  const voegToe = () => {
    const rij = nieuw();
    nieuweSleutel.current = rij.sleutel;
    onChange([...rijen, rij]);
  };

  return (
    <fieldset className="groep">
      <legend>{legend}</legend>
      {hint !== undefined && <p className="veld__hint">{hint}</p>}
      <Foutmelding fouten={fouten} />
      {rijen.length === 0 && <p className="niet-ingevuld">{leeg}</p>}
      {rijen.map((rij, index) => (
        <div
          key={rij.sleutel}
          className="opp-regel"
          ref={(element) => {
            if (element) rijRefs.current.set(rij.sleutel, element);
            else rijRefs.current.delete(rij.sleutel);
          }}
        >
          {children(rij, index, wijzig(rij.sleutel))}
          <button type="button" className="button button--secundair button--klein" onClick={() => verwijder(rij.sleutel)}>
            {verwijderen(index + 1)}
          </button>
        </div>
      ))}
      <button ref={toevoegenRef} type="button" className="button button--secundair" onClick={voegToe}>
        {toevoegen}
      </button>
    </fieldset>
  );
}
