import { useRef } from 'react';
import type { Veldfouten } from '../api/veldfouten';
import { nieuweDoelRij, type DoelRij } from '../aanvraagInvoer';
import { Foutmelding, Veld } from './Veld';

interface Props {
  doelen: readonly DoelRij[];
  onChange: (doelen: DoelRij[]) => void;
  fouten: Veldfouten;
}

/** The paths of the API's errors these fields can show, for verdeelFouten. */
export function doelFoutvelden(aantal: number): string[] {
  return ['doelen', ...Array.from({ length: aantal }, (_, index) => `doelen/${index}`)];
}

/** The doelen of an arrangement, one per row, with rows to add and remove; at least one row stays. */
export function DoelenVelden({ doelen, onChange, fouten }: Props) {
  const toevoegenRef = useRef<HTMLButtonElement>(null);
  const nieuwRef = useRef<number | null>(null);
  const wijzig = (sleutel: number, tekst: string) =>
    onChange(doelen.map((doel) => (doel.sleutel === sleutel ? { ...doel, tekst } : doel)));
  const verwijder = (sleutel: number) => {
    onChange(doelen.filter((doel) => doel.sleutel !== sleutel));
    toevoegenRef.current?.focus();
  };
  const voegToe = () => {
    const doel = nieuweDoelRij();
    nieuwRef.current = doel.sleutel;
    onChange([...doelen, doel]);
  };

  return (
    <fieldset className="groep">
      <legend>Doelen</legend>
      <p className="veld__hint">Wat de leerling met dit arrangement moet bereiken, concreet en toetsbaar. Minstens één.</p>
      <Foutmelding fouten={fouten.bij('doelen')} />
      {doelen.map((doel, index) => (
        <div key={doel.sleutel} className="doelrij">
          <Veld label={`Doel ${index + 1}`} fouten={fouten.bij(`doelen/${index}`)}>
            {(koppeling) => (
              <input
                {...koppeling}
                ref={(element) => {
                  if (element && nieuwRef.current === doel.sleutel) {
                    nieuwRef.current = null;
                    element.focus();
                  }
                }}
                type="text"
                required
                autoComplete="off"
                value={doel.tekst}
                onChange={(event) => wijzig(doel.sleutel, event.target.value)}
              />
            )}
          </Veld>
          {doelen.length > 1 && (
            <button type="button" className="button button--secundair button--klein" onClick={() => verwijder(doel.sleutel)}>
              Doel {index + 1} verwijderen
            </button>
          )}
        </div>
      ))}
      <button ref={toevoegenRef} type="button" className="button button--secundair" onClick={voegToe}>
        Doel toevoegen
      </button>
    </fieldset>
  );
}
