import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { tijdstipTekst } from '../arrangementWeergave';

/**
 * "Afgedrukt op 14 maart 2027 om 10:15" at the top of the paper only (styles.css: .alleen-afdruk), so a printed
 * arrangement or pupil says how old it is. The moment is taken again just before the browser prints (beforeprint,
 * also for Ctrl+P), and written to the page synchronously: the print snapshot is made right after the event.
 */
export function AfgedruktOp() {
  const [moment, setMoment] = useState(() => new Date());
  useEffect(() => {
    const voorAfdruk = () => flushSync(() => setMoment(new Date()));
    window.addEventListener('beforeprint', voorAfdruk);
    return () => window.removeEventListener('beforeprint', voorAfdruk);
  }, []);
  return <p className="alleen-afdruk afgedrukt-op">Afgedrukt op {tijdstipTekst(moment.toISOString())}</p>;
}
