import { isConflict, isVersieVerouderd } from '../api/antwoord';
import type { ProbleemFout } from '../api/veldfouten';
import { ProblemMessage } from './ProblemMessage';

interface Props {
  error: unknown;
  /** What failed, in Dutch ("Het arrangement is niet toegekend."). */
  summary: string;
  /** The Dutch words for a 412 on this kind of case (Zaakbehandeling.gewijzigd). */
  gewijzigd: string;
  /** The errors the form could not show at one of its fields. */
  overig?: readonly ProbleemFout[];
}

/**
 * Why a step on a case (an arrangement, a TLV) failed. A 412 means someone else changed it first: by now the page
 * shows the newest versie (the step hook fetched it). A 409 means the step does not fit the case as it is now; the
 * API says why.
 */
export function StapProbleem({ error, summary, gewijzigd, overig }: Props) {
  if (isVersieVerouderd(error)) {
    return (
      <div className="problem" role="alert">
        <p className="problem__summary">{gewijzigd}</p>
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
