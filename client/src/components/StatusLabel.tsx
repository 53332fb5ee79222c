import { statusNaam } from '../arrangementLabels';

interface Props {
  status: string;
  /** The Dutch name of the status code; an arrangement's by default. */
  naam?: (status: string) => string;
}

/** A status in Dutch, coloured by where it is in its lifecycle (the words say it; the colour only repeats it). */
export function StatusLabel({ status, naam = statusNaam }: Props) {
  return <span className={`status status--${status.replace(/[^a-z-]/g, '')}`}>{naam(status)}</span>;
}
