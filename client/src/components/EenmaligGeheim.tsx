import { useId, type ReactNode } from 'react';
import { KopieerKnop } from './KopieerKnop';

interface Props {
  kop: string;
  /** The value shown this once. */
  waarde: string;
  /** What it is, for the copy button: "de activeringscode". */
  wat: string;
  children: ReactNode;
}

/** A code or secret the API returns only once: shown with what to do with it and a copy button. */
export function EenmaligGeheim({ kop, waarde, wat, children }: Props) {
  const kopId = useId();
  return (
    <div className="paneel" role="region" aria-labelledby={kopId}>
      <h3 id={kopId}>{kop}</h3>
      {children}
      <p>
        <code className="activeringscode">{waarde}</code>
      </p>
      <KopieerKnop waarde={waarde} wat={wat} />
    </div>
  );
}
