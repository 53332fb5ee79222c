import { ApiError } from '../api/problem';

interface Props {
  /** The Dutch summary of what failed, in the words of the page. */
  summary: string;
  error: unknown;
}

/** Shows a failed request: our summary plus the API's own problem+json explanation. */
export function ProblemMessage({ summary, error }: Props) {
  const problem = error instanceof ApiError ? error.problem : undefined;
  return (
    <div className="problem" role="alert">
      <p className="problem__summary">{summary}</p>
      {problem ? (
        <>
          <p className="problem__title">{problem.title}</p>
          {problem.detail && <p>{problem.detail}</p>}
          {problem.errors && problem.errors.length > 0 && (
            <ul>
              {problem.errors.map((fout, index) => (
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
