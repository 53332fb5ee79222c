import { useId } from 'react';
import { leerjaarKeuzes } from '../leerjaar';

interface Props {
  value: string;
  onChange: (leerjaar: string) => void;
}

export function LeerjaarKeuze({ value, onChange }: Props) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>Leerjaar</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        {leerjaarKeuzes(value).map((leerjaar) => (
          <option key={leerjaar} value={leerjaar}>
            {leerjaar}
          </option>
        ))}
      </select>
    </div>
  );
}
