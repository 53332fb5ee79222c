import { useId, useState } from 'react';
import { useScholen } from '../api/scholen';
import { Meerkeuze } from './Meerkeuze';
import { ProblemMessage } from './ProblemMessage';

interface Props {
  legend: string;
  hint: string;
  gekozen: readonly string[];
  fouten: readonly string[];
  onChange: (vestigingen: string[]) => void;
}

/**
 * Chooses vestigingen from the schools of the samenwerkingsverband, by name: never typed as codes. A search field
 * narrows a long list; what is chosen stays in view.
 */
export function ScholenKeuze({ legend, hint, gekozen, fouten, onChange }: Props) {
  const scholen = useScholen();
  const [zoek, setZoek] = useState('');
  const zoekId = useId();

  if (scholen.isPending) return <p role="status">Scholen laden…</p>;
  if (scholen.isError) return <ProblemMessage summary="De scholen konden niet worden geladen." error={scholen.error} />;

  const term = zoek.trim().toLowerCase();
  const opties = scholen.data
    .filter((s) => term === '' || gekozen.includes(s.vestiging) || `${s.naam} ${s.vestiging}`.toLowerCase().includes(term))
    .map((s) => ({ waarde: s.vestiging, label: `${s.naam} (${s.vestiging})` }));

  return (
    <Meerkeuze
      legend={legend}
      hint={hint}
      gekozen={gekozen}
      opties={opties}
      fouten={fouten}
      onChange={onChange}
      lang={scholen.data.length > 8}
      boven={
        scholen.data.length > 8 && (
          <div className="veld">
            <label htmlFor={zoekId}>Zoek een school</label>
            <input id={zoekId} type="search" value={zoek} onChange={(e) => setZoek(e.target.value)} autoComplete="off" />
          </div>
        )
      }
    />
  );
}
