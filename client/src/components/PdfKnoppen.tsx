import { Alert } from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import { downloadBestand } from '../api/export';
import { ProblemMessage } from './ProblemMessage';

type Actie = 'bekijken' | 'downloaden';

export interface PdfKnoppenProps {
  /** Starts the button texts: "Beschikking" gives "Beschikking bekijken" and "Beschikking downloaden". */
  knop: string;
  /** The document in a sentence, with its article: "De beschikking", "Versie 2 van het OPP". */
  onderwerp: string;
  /** The accessible name of the group of buttons, e.g. "Beschikking TLV-2026-014". */
  groep: string;
  /** The name the downloaded file gets. */
  bestandsnaam: string;
  /** Fetches the PDF with the bearer token; throws an ApiError with the API's problem. */
  haalOp: () => Promise<Blob>;
}

/**
 * "… bekijken" and "… downloaden" for a PDF the API makes (the TLV beschikking, a version of an OPP). The PDF comes with
 * the bearer token, so never from a plain link: it is fetched and handed over as a blob: URL. The SPA's CSP allows no
 * frame or object for it, so "bekijken" opens it in a new tab (opened at the click, before the fetch, so a popup
 * blocker sees the person's own action). That URL lives until the next view or until the page closes.
 */
export function PdfKnoppen({ knop, onderwerp, groep, bestandsnaam, haalOp }: PdfKnoppenProps) {
  const [bezig, setBezig] = useState<Actie>();
  const [fout, setFout] = useState<{ actie: Actie; error: unknown }>();
  const [geblokkeerd, setGeblokkeerd] = useState(false);
  const getoond = useRef<string>(undefined);
  useEffect(() => () => trekIn(getoond), []);

  async function voerUit(actie: Actie) {
    setFout(undefined);
    setGeblokkeerd(false);
    const venster = actie === 'bekijken' ? window.open('', '_blank') : null;
    if (actie === 'bekijken' && !venster) {
      setGeblokkeerd(true);
      return;
    }
    setBezig(actie);
    try {
      const pdf = await haalOp();
      if (actie === 'downloaden') {
        downloadBestand(pdf, bestandsnaam);
      } else {
        trekIn(getoond);
        getoond.current = URL.createObjectURL(pdf);
        if (venster) {
          venster.opener = null;
          venster.location.href = getoond.current;
        }
      }
    } catch (error) {
      venster?.close();
      setFout({ actie, error });
    } finally {
      setBezig(undefined);
    }
  }

  return (
    <div className="pdf-knoppen geen-afdruk">
      {fout && (
        <ProblemMessage
          summary={`${onderwerp} kon niet worden ${fout.actie === 'bekijken' ? 'geopend' : 'gedownload'}.`}
          error={fout.error}
        />
      )}
      {geblokkeerd && (
        <Alert type="warning">
          Uw browser liet geen nieuw tabblad openen. Sta pop-ups toe voor deze website, of kies {knop} downloaden.
        </Alert>
      )}
      <div role="group" aria-label={groep} className="knoppen">
        <button type="button" className="button" disabled={bezig !== undefined} onClick={() => void voerUit('bekijken')}>
          {bezig === 'bekijken' ? `${knop} openen…` : `${knop} bekijken`}
        </button>
        <button
          type="button"
          className="button button--secundair"
          disabled={bezig !== undefined}
          onClick={() => void voerUit('downloaden')}
        >
          {bezig === 'downloaden' ? 'Bezig met downloaden…' : `${knop} downloaden`}
        </button>
      </div>
      <p className="klein">{onderwerp} opent als PDF in een nieuw tabblad.</p>
    </div>
  );
}

function trekIn(url: { current: string | undefined }) {
  if (url.current) URL.revokeObjectURL(url.current);
  url.current = undefined;
}
