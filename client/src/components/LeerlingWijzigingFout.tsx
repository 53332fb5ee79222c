import { isVersieVerouderd } from '../api/antwoord';
import { ProblemMessage } from './ProblemMessage';
import type { ProbleemFout } from '../api/veldfouten';

interface Props {
  /** What did not happen, e.g. "Het postcodegebied is niet opgeslagen." */
  summary: string;
  error: unknown;
  fouten: readonly ProbleemFout[];
}

/** Why a change to a pupil failed: someone else changed the pupil meanwhile (the newest version is loaded), or the API's problem. */
export function LeerlingWijzigingFout({ summary, error, fouten }: Props) {
  return isVersieVerouderd(error) ? (
    <div className="problem" role="alert">
      <p className="problem__summary">Deze leerling is intussen door iemand anders gewijzigd; de nieuwste versie is geladen.</p>
      <p>Bekijk de gegevens en sla uw wijziging zo nodig opnieuw op.</p>
    </div>
  ) : (
    <ProblemMessage summary={summary} error={error} fouten={fouten} />
  );
}
