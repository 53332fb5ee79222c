import { ApiError } from '../api/problem';
import type { AanmeldFout } from '../auth/AanmeldFout';
import { ProblemMessage } from './ProblemMessage';

interface Props {
  fout: AanmeldFout | ApiError;
  /** Starts a new sign-in; offered because a retry often helps (an expired link, a hiccup). */
  opnieuw: () => void;
}

/** Why signing in failed, and a button to try again. */
export function AanmeldProbleem({ fout, opnieuw }: Props) {
  return (
    <>
      {fout instanceof ApiError ? (
        <ProblemMessage summary="Uw gegevens konden niet worden opgehaald." error={fout} />
      ) : (
        <div className="problem" role="alert">
          <p className="problem__summary">Inloggen is niet gelukt.</p>
          <p>{fout.message}</p>
        </div>
      )}
      <p>
        <button type="button" className="button" onClick={opnieuw}>
          Opnieuw inloggen
        </button>
      </p>
    </>
  );
}
