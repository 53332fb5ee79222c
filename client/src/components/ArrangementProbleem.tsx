import { isConflict, isVersieVerouderd } from '../api/antwoord';
import type { ProbleemFout } from '../api/veldfouten';
import { ProblemMessage } from './ProblemMessage';

interface Props {
  error: unknown;
  /** What failed, in Dutch ("Het arrangement is niet toegekend."). */
  summary: string;
  /** The errors the form could not show at one of its fields. */
  overig?: readonly ProbleemFout[];
}

/** The Dutch words for a 412 on an arrangement; the panel uses them too when the step itself is gone. */
export const ARRANGEMENT_GEWIJZIGD = 'Dit arrangement is intussen door iemand anders gewijzigd; de nieuwste versie is geladen.';

/**
 * Why a step on an arrangement failed. A 412 means someone else changed it first: by now the page shows the newest
 * versie (useArrangementStap fetched it). A 409 means the step does not fit the arrangement as it is now; the API
 * says why.
 */
export function ArrangementProbleem({ error, summary, overig }: Props) {
  if (isVersieVerouderd(error)) {
    return (
      <div className="problem" role="alert">
        <p className="problem__summary">{ARRANGEMENT_GEWIJZIGD}</p>
        <p>Bekijk de gegevens en probeer deze stap zo nodig opnieuw.</p>
      </div>
    );
  }
  if (isConflict(error)) return <ProblemMessage summary={`${summary} Deze stap kan nu niet.`} error={error} />;
  return overig === undefined ? (
    <ProblemMessage summary={summary} error={error} />
  ) : (
    <ProblemMessage summary={summary} error={error} fouten={overig} />
  );
}
