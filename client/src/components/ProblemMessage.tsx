import { ApiError } from '../api/problem';
import type { ProbleemFout } from '../api/veldfouten';

interface Props {
  /** The Dutch summary of what failed, in the words of the page. */
  summary: string;
  error: unknown;
  /** The errors to list; by default all of the problem's. A form leaves out those it shows at its fields. */
  fouten?: readonly ProbleemFout[];
}

/** Shows a failed request: our summary plus the API's own problem+json explanation. */
export function ProblemMessage({ summary, error, fouten }: Props) {
  const problem = error instanceof ApiError ? error.problem : undefined;
  const lijst = fouten ?? problem?.errors ?? [];
  return (
    <div className="problem" role="alert">
      <p className="problem__summary">{summary}</p>
      {problem ? (
        <>
          <p className="problem__title">{problem.title}</p>
          {problem.detail && <p>{problem.detail}</p>}
          {lijst.length > 0 && (
            <ul>
              {lijst.map((fout, index) => (
                <li key={index}>{fout.detail}</li>
              ))}
            </ul>
          )}
          {problem.traceId && <p className="problem__trace">Referentie: {problem.traceId}</p>}
        </>
      ) : (
        <p>{error instanceof ApiError ? `De server antwoordde met status ${error.status}.` : 'De server is niet bereikbaar.'}</p>
      )}
    </div>
  );
}
