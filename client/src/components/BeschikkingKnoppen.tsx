import { Alert } from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import { downloadBestand } from '../api/export';
import { haalBeschikkingOp, type Tlv } from '../api/toelaatbaarheidsverklaringen';
import { leestBeschikkingen } from '../auth/rollen';
import { useGebruiker } from '../auth/useGebruiker';
import { ProblemMessage } from './ProblemMessage';

type Actie = 'bekijken' | 'downloaden';

const FOUTEN: Readonly<Record<Actie, string>> = {
  bekijken: 'De beschikking kon niet worden geopend.',
  downloaden: 'De beschikking kon niet worden gedownload.',
};

/** "beschikking-TLV-2026-014.pdf": the number as it is, without characters a file system refuses. */
export function beschikkingBestandsnaam(beschikkingsnummer: string): string {
  return `beschikking-${beschikkingsnummer.replace(/[^\w.-]+/g, '-')}.pdf`;
}

/**
 * "Beschikking bekijken" and "Beschikking downloaden", once the TLV has a besluit, for whoever may read it. The PDF
 * comes with the bearer token, so never from a plain link: it is fetched and handed over as a blob: URL. The SPA's
 * CSP allows no frame or object for it, so "bekijken" opens it in a new tab (opened at the click, before the fetch,
 * so a popup blocker sees the person's own action). That URL lives until the next view or until the page closes.
 */
export function BeschikkingKnoppen({ tlv }: { tlv: Tlv }) {
  const { rollen } = useGebruiker();
  const [bezig, setBezig] = useState<Actie>();
  const [fout, setFout] = useState<{ actie: Actie; error: unknown }>();
  const [geblokkeerd, setGeblokkeerd] = useState(false);
  const getoond = useRef<string>(undefined);
  useEffect(() => () => trekIn(getoond), []);

  if (!tlv.besluit || !leestBeschikkingen(rollen)) return null;
  const nummer = tlv.besluit.beschikkingsnummer;

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
      const pdf = await haalBeschikkingOp(tlv.id);
      if (actie === 'downloaden') {
        downloadBestand(pdf, beschikkingBestandsnaam(nummer));
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
    <div className="beschikking geen-afdruk">
      {fout && <ProblemMessage summary={FOUTEN[fout.actie]} error={fout.error} />}
      {geblokkeerd && (
        <Alert type="warning">
          Uw browser liet geen nieuw tabblad openen. Sta pop-ups toe voor deze website, of kies Beschikking downloaden.
        </Alert>
      )}
      <div role="group" aria-label={`Beschikking ${nummer}`} className="knoppen">
        <button type="button" className="button" disabled={bezig !== undefined} onClick={() => void voerUit('bekijken')}>
          {bezig === 'bekijken' ? 'Beschikking openen…' : 'Beschikking bekijken'}
        </button>
        <button
          type="button"
          className="button button--secundair"
          disabled={bezig !== undefined}
          onClick={() => void voerUit('downloaden')}
        >
          {bezig === 'downloaden' ? 'Bezig met downloaden…' : 'Beschikking downloaden'}
        </button>
      </div>
      <p className="klein">De beschikking opent als PDF in een nieuw tabblad.</p>
    </div>
  );
}

function trekIn(url: { current: string | undefined }) {
  if (url.current) URL.revokeObjectURL(url.current);
  url.current = undefined;
}
