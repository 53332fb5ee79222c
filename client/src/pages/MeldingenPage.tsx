import { useState } from 'react';
import { Link } from 'react-router';
import { useMarkeerAllesGelezen, useMarkeerGelezen, useMeldingen, zaakRoute, type Melding } from '../api/meldingen';
import { dagTekst } from '../arrangementWeergave';
import { ProblemMessage } from '../components/ProblemMessage';
import { usePageTitle } from '../usePageTitle';

const ZAAK_LINK: Record<string, string> = {
  arrangement: 'Naar het arrangement',
  toelaatbaarheidsverklaring: 'Naar de toelaatbaarheidsverklaring',
  ontwikkelingsperspectiefplan: 'Naar het OPP',
};

/** /meldingen: the person's own notifications, newest first; unread ones say so in words, not only in bold. */
export function MeldingenPage() {
  usePageTitle('Meldingen');
  const [alleenOngelezen, setAlleenOngelezen] = useState(false);
  // The cursors of the pages before this one, so "Vorige pagina" can go back.
  const [cursors, setCursors] = useState<string[]>([]);
  const cursor = cursors.at(-1);
  const meldingen = useMeldingen(alleenOngelezen, cursor);
  const allesGelezen = useMarkeerAllesGelezen();

  return (
    <>
      <h1>Meldingen</h1>
      <p>
        Hier ziet u wat er gebeurde bij zaken waarbij u betrokken bent. Welke meldingen u krijgt, kiest u bij{' '}
        <Link to="/meldingen/voorkeuren">uw voorkeuren voor meldingen</Link>.
      </p>
      <div className="knoppen">
        <div className="veld veld--vinkje">
          <label>
            <input
              type="checkbox"
              checked={alleenOngelezen}
              onChange={(e) => {
                setAlleenOngelezen(e.target.checked);
                setCursors([]);
              }}
            />{' '}
            Alleen ongelezen meldingen
          </label>
        </div>
        {meldingen.data && meldingen.data.aantalOngelezen > 0 && (
          <button type="button" className="button button--secundair" disabled={allesGelezen.isPending} onClick={() => allesGelezen.mutate()}>
            Alles als gelezen markeren
          </button>
        )}
      </div>
      {allesGelezen.isError && <ProblemMessage summary="De meldingen konden niet als gelezen worden gemarkeerd." error={allesGelezen.error} />}
      {meldingen.isPending ? (
        <p role="status">Laden…</p>
      ) : meldingen.isError ? (
        <ProblemMessage summary="Uw meldingen konden niet worden geladen." error={meldingen.error} />
      ) : (
        <>
          <p role="status">
            {meldingen.data.aantalOngelezen === 0
              ? 'U hebt geen ongelezen meldingen.'
              : meldingen.data.aantalOngelezen === 1
                ? 'U hebt 1 ongelezen melding.'
                : `U hebt ${meldingen.data.aantalOngelezen} ongelezen meldingen.`}
          </p>
          {meldingen.data.meldingen.length === 0 ? (
            <p>{alleenOngelezen ? 'Er zijn geen ongelezen meldingen.' : 'U hebt nog geen meldingen.'}</p>
          ) : (
            <ul className="meldingen" aria-label="Uw meldingen">
              {meldingen.data.meldingen.map((melding) => (
                <MeldingRegel key={melding.id} melding={melding} />
              ))}
            </ul>
          )}
          <div className="knoppen">
            {cursors.length > 0 && (
              <button type="button" className="button button--secundair" onClick={() => setCursors((c) => c.slice(0, -1))}>
                Vorige pagina
              </button>
            )}
            {meldingen.data.volgendeCursor && (
              <button type="button" className="button button--secundair" onClick={() => setCursors((c) => [...c, meldingen.data.volgendeCursor!])}>
                Volgende pagina
              </button>
            )}
          </div>
        </>
      )}
    </>
  );
}

function MeldingRegel({ melding }: { melding: Melding }) {
  const gelezen = useMarkeerGelezen();
  const ongelezen = !melding.gelezenOp;
  const route = zaakRoute(melding);
  return (
    <li className={ongelezen ? 'melding melding--ongelezen' : 'melding'}>
      <span className="melding__status">{ongelezen ? 'Ongelezen' : 'Gelezen'}</span>
      <span className="melding__tekst">{melding.tekst}</span>
      <span>{dagTekst(melding.aangemaaktOp)}</span>
      {route && <Link to={route}>{ZAAK_LINK[melding.zaak ?? ''] ?? 'Naar de zaak'}</Link>}
      {ongelezen && (
        <button type="button" className="button button--secundair" disabled={gelezen.isPending} onClick={() => gelezen.mutate(melding.id)}>
          Markeer als gelezen
        </button>
      )}
      {gelezen.isError && <ProblemMessage summary="De melding kon niet als gelezen worden gemarkeerd." error={gelezen.error} />}
    </li>
  );
}
