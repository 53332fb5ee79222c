import { useState } from 'react';
import type { PassendeSetting } from '../api/passendeSettingen';
import { magZoekenWatPast } from '../auth/rollen';
import { useGebruiker } from '../auth/useGebruiker';
import { WatPast } from './WatPast';

/** What a setting offers a request form: the button's text, what the status line says after it, and the change itself. */
export interface Formulierkeuze {
  knop: string;
  melding: string;
  kies: () => void;
}

interface Props {
  /** The pupil chosen in the form; without one there is nothing to ask. */
  leerlingId: string;
  keuzes: (setting: PassendeSetting) => Formulierkeuze[];
}

/**
 * "Wat past?" inside a request form, for the roles that may ask it: a setting's choices are buttons that fill in the
 * form's own fields (a link would leave the form and lose what was typed), and a status line says what was taken over.
 */
export function WatPastInFormulier({ leerlingId, keuzes }: Props) {
  const { rollen } = useGebruiker();
  // What was taken over for which pupil: another pupil chosen afterwards starts without it.
  const [melding, setMelding] = useState({ leerlingId: '', tekst: '' });
  if (leerlingId === '' || !magZoekenWatPast(rollen)) return null;
  return (
    <>
      <WatPast
        key={leerlingId}
        leerlingId={leerlingId}
        acties={(setting) =>
          keuzes(setting).map((keuze) => (
            <p key={keuze.knop}>
              <button
                type="button"
                className="button button--secundair"
                onClick={() => {
                  keuze.kies();
                  setMelding({ leerlingId, tekst: keuze.melding });
                }}
              >
                {keuze.knop}
              </button>
            </p>
          ))
        }
      />
      <p role="status">{melding.leerlingId === leerlingId ? melding.tekst : ''}</p>
    </>
  );
}
