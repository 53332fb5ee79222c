import { isVersieVerouderd } from '../api/aanbieders';
import type { ProbleemFout } from '../api/veldfouten';
import { ProblemMessage } from './ProblemMessage';

interface Props {
  error: unknown;
  /** What failed, in Dutch ("De contactgegevens zijn niet opgeslagen."). */
  summary: string;
  /** The errors the form could not show at one of its fields. */
  overig?: readonly ProbleemFout[];
}

/**
 * Why a change to an aanbieder failed. A 412 means someone else changed it first: by now the page shows the
 * newest versie (useAanbiederWijziging fetched it), and the user decides whether the change still makes sense.
 */
export function AanbiederProbleem({ error, summary, overig }: Props) {
  if (isVersieVerouderd(error)) {
    return (
      <div className="problem" role="alert">
        <p className="problem__summary">Deze aanbieder is intussen gewijzigd; de nieuwste versie is geladen.</p>
        <p>Bekijk de gegevens en probeer uw wijziging zo nodig opnieuw.</p>
      </div>
    );
  }
  return overig === undefined ? (
    <ProblemMessage summary={summary} error={error} />
  ) : (
    <ProblemMessage summary={summary} error={error} fouten={overig} />
  );
}
