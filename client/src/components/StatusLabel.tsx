import { statusNaam } from '../arrangementLabels';

/** The status of a case in Dutch (by default an arrangement's), coloured by where it is in its lifecycle. */
export function StatusLabel({ status, naam = statusNaam }: { status: string; naam?: (code: string) => string }) {
  return <span className={`status status--${status.replace(/[^a-z-]/g, '')}`}>{naam(status)}</span>;
}
