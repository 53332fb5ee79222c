import { statusNaam } from '../arrangementLabels';

/** The status of an arrangement in Dutch, coloured by where it is in its lifecycle. */
export function StatusLabel({ status }: { status: string }) {
  return <span className={`status status--${status.replace(/[^a-z-]/g, '')}`}>{statusNaam(status)}</span>;
}
