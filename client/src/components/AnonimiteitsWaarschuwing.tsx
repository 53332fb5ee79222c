import { Alert, Heading } from '@utrecht/component-library-react';
import { ApiError } from '../api/problem';

interface Props {
  error: unknown;
  /** Sends the same request again, confirmed as anonymous. */
  onBevestig: () => void;
  bezig: boolean;
}

/**
 * The anonymity check's warnings (422): what may make someone recognisable, per field, and the choice to confirm that
 * the text is anonymous after all. Never the text itself: the API does not repeat it either.
 */
export function AnonimiteitsWaarschuwing({ error, onBevestig, bezig }: Props) {
  const fouten = error instanceof ApiError ? (error.problem?.errors ?? []) : [];
  return (
    <Alert type="warning" role="alert" className="problem foutoverzicht">
      <Heading level={2} className="problem__summary">
        Controleer of de tekst anoniem is
      </Heading>
      <ul className="foutoverzicht__lijst">
        {fouten.map((fout, index) => (
          <li key={index}>{fout.detail}</li>
        ))}
      </ul>
      <p>Pas de tekst aan, of bevestig dat niemand de leerling eraan kan herkennen.</p>
      <button type="button" className="button" disabled={bezig} onClick={onBevestig}>
        De tekst is anoniem, toch opslaan
      </button>
    </Alert>
  );
}
