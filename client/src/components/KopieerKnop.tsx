import { useState } from 'react';

interface Props {
  /** What is copied. */
  waarde: string;
  /** What the button copies, for its accessible name: "Kopieer de activeringscode". */
  wat: string;
}

type Uitkomst = 'gekopieerd' | 'niet-gelukt' | undefined;

/**
 * Copies a one-time code or secret with the Clipboard API and says so where everyone sees and hears it. Without the
 * API (an old browser, a page not served over HTTPS) or when the browser refuses, it says how to copy by hand.
 */
export function KopieerKnop({ waarde, wat }: Props) {
  const [uitkomst, setUitkomst] = useState<Uitkomst>();

  async function kopieer() {
    // The type says clipboard is always there; insecure origins and older browsers leave it out.
    const klembord = (navigator as Partial<Navigator>).clipboard;
    if (klembord?.writeText === undefined) {
      setUitkomst('niet-gelukt');
      return;
    }
    try {
      await klembord.writeText(waarde);
      setUitkomst('gekopieerd');
    } catch {
      setUitkomst('niet-gelukt');
    }
  }

  return (
    <div className="kopieer">
      <button type="button" className="button button--secundair" onClick={() => void kopieer()}>
        Kopieer {wat}
      </button>
      <p role="status" className="kopieer__uitkomst">
        {uitkomst === 'gekopieerd' && 'Gekopieerd.'}
        {uitkomst === 'niet-gelukt' &&
          'Kopiëren lukt niet in deze browser. Selecteer de tekst hierboven en kopieer hem met Ctrl+C (op een Mac: Cmd+C).'}
      </p>
    </div>
  );
}
