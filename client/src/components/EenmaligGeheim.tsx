import { useId, type ReactNode } from 'react';
import { KopieerKnop } from './KopieerKnop';
import { useFocusBijOpenen } from './useFocusBijOpenen';
import '../beheer.css';

interface Props {
  kop: string;
  /** The value shown this once. */
  waarde: string;
  /** What it is, for the copy button: "de activeringscode". */
  wat: string;
  children: ReactNode;
}

/**
 * A code or secret the API returns only once: shown with what to do with it and a copy button. Its heading takes the
 * focus, so a keyboard or screen reader user lands on it, wherever on the page it appears.
 */
export function EenmaligGeheim({ kop, waarde, wat, children }: Props) {
  const kopId = useId();
  const kopRef = useFocusBijOpenen<HTMLHeadingElement>();
  return (
    <div className="paneel eenmalig" role="region" aria-labelledby={kopId}>
      <h3 id={kopId} tabIndex={-1} ref={kopRef}>
        {kop}
      </h3>
      {children}
      <p>
        <code className="activeringscode">{waarde}</code>
      </p>
      <KopieerKnop waarde={waarde} wat={wat} />
    </div>
  );
}
