import { useEffect, useRef, useState } from 'react';
import type { VeldMeldingen } from '../api/veldfouten';
import { DATUM_VOORBEELD, leesDatum, toonDatum } from '../datum';
import { Veld } from './Veld';

interface Props {
  label: string;
  /** What the date is for; the example of the format is added to it. */
  hint?: string | undefined;
  /** The ISO date (yyyy-mm-dd), '' when empty, or the text as typed while it is not a date. */
  value: string;
  /** Gets the ISO date, '' when emptied, or the text as typed when it is not a date (the form then refuses it). */
  onChange: (waarde: string) => void;
  fouten?: readonly string[] | VeldMeldingen;
  pad?: string | undefined;
  required?: boolean | undefined;
}

/**
 * A date field that always reads and shows dd-mm-jjjj, whatever the browser's language: a text input with a
 * numeric keyboard. It accepts 14-03-2017, 14032017 and 14-3-2017, and says in Dutch when a date does not exist
 * once the form is sent. Not on leaving the field: a message appearing then moves the form's buttons away from
 * under the pointer that is about to click them.
 */
export function DatumVeld({ label, hint, value, onChange, fouten = [], pad, required }: Props) {
  const [tekst, setTekst] = useState(() => toonDatum(value));
  const [verstuurd, setVerstuurd] = useState(false);
  const invoer = useRef<HTMLInputElement>(null);
  const lezing = leesDatum(tekst);

  // The form's own submit handler stays as it is; this only learns that the form was sent.
  useEffect(() => {
    const formulier = invoer.current?.form;
    if (!formulier) return undefined;
    const bijVersturen = () => setVerstuurd(true);
    formulier.addEventListener('submit', bijVersturen);
    return () => formulier.removeEventListener('submit', bijVersturen);
  }, []);

  // A new value from outside (a reset, a default of today) replaces the text; the form's own echo does not.
  useEffect(() => {
    const huidig = leesDatum(tekst);
    const zelfde = huidig.soort === 'datum' ? huidig.iso === value : huidig.soort === 'leeg' ? value === '' : tekst === value;
    if (!zelfde) setTekst(toonDatum(value));
    // Only a change of value counts; the text follows the person's typing.
  }, [value]);

  const eigenFout = verstuurd && lezing.soort === 'fout' ? [lezing.melding] : [];
  const volledigeHint = `${hint === undefined ? '' : `${hint} `}Bijvoorbeeld ${DATUM_VOORBEELD}.`;
  return (
    <Veld label={label} hint={volledigeHint} fouten={eigenFout.length > 0 ? eigenFout : fouten} pad={pad ?? padVan(fouten)}>
      {(koppeling) => (
        <input
          {...koppeling}
          ref={invoer}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          className="datumveld"
          size={10}
          required={required}
          value={tekst}
          onChange={(event) => {
            const nieuw = event.target.value;
            setTekst(nieuw);
            const gelezen = leesDatum(nieuw);
            onChange(gelezen.soort === 'datum' ? gelezen.iso : gelezen.soort === 'leeg' ? '' : nieuw);
          }}
          onBlur={() => {
            if (lezing.soort === 'datum') setTekst(toonDatum(lezing.iso));
          }}
        />
      )}
    </Veld>
  );
}

function padVan(fouten: readonly string[] | VeldMeldingen): string | undefined {
  return 'pad' in fouten ? fouten.pad : undefined;
}
