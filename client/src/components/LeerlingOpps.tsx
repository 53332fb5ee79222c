import { Link } from 'react-router';
import { useOpps, type OppRij } from '../api/ontwikkelingsperspectiefplannen';
import { toonDatum } from '../datum';
import { oppStatusNaam } from '../oppLabels';
import { nieuwOppPad } from '../werkvoorraadRegels';
import { MeerLaden } from './MeerLaden';
import { ProblemMessage } from './ProblemMessage';
import { StatusLabel } from './StatusLabel';
import { TabelContainer } from './TabelContainer';

interface Props {
  leerlingId: string;
  naam: string;
  /** The pupil's school now: a new plan is for this vestiging. */
  vestiging: string;
  magStarten: boolean;
  schoolNaam: (vestiging: string) => string;
}

/**
 * The pupil's ontwikkelingsperspectiefplannen on the pupil page, each opening its own page, and for the school where
 * to start one when the pupil has no open plan at its vestiging (one per pupil and school: the API refuses a second).
 */
export function LeerlingOpps({ leerlingId, naam, vestiging, magStarten, schoolNaam }: Props) {
  const lijst = useOpps({ leerlingId });
  const opps = lijst.data?.pages.flatMap((pagina) => pagina.ontwikkelingsperspectiefplannen) ?? [];
  const totaal = lijst.data?.pages[0]?.totaal ?? 0;
  const heeftOpenOpp = opps.some((opp) => opp.vestiging === vestiging && opp.status !== 'afgesloten');
  const caption = `Ontwikkelingsperspectiefplannen van ${naam} (${totaal})`;
  return (
    <section aria-labelledby="ontwikkelingsperspectiefplan" className="sectie">
      <h2 id="ontwikkelingsperspectiefplan">Ontwikkelingsperspectiefplan</h2>
      {lijst.isPending ? (
        <p role="status">Laden…</p>
      ) : lijst.isError ? (
        <ProblemMessage summary="De ontwikkelingsperspectiefplannen van deze leerling konden niet worden geladen." error={lijst.error} />
      ) : opps.length === 0 ? (
        <p>{naam} heeft nog geen ontwikkelingsperspectiefplan (OPP).</p>
      ) : (
        <TabelContainer label={caption}>
          <table className="data-table">
            <caption>{caption}</caption>
            <thead>
              <tr>
                <th scope="col">OPP</th>
                <th scope="col">Status</th>
                <th scope="col">Geldende versie</th>
                <th scope="col">Vaststellen uiterlijk</th>
                <th scope="col">Evaluatie uiterlijk</th>
              </tr>
            </thead>
            <tbody>
              {opps.map((opp) => (
                <tr key={opp.id}>
                  <th scope="row">
                    <Link to={`/ontwikkelingsperspectiefplannen/${opp.id}`}>OPP gestart op {toonDatum(opp.startdatum)}</Link>
                    <span className="klein">{schoolNaam(opp.vestiging)}</span>
                  </th>
                  <td>
                    <StatusLabel status={opp.status} naam={oppStatusNaam} />
                  </td>
                  <td>{versieTekst(opp)}</td>
                  <td>{opp.eersteVaststelling ? `Vastgesteld op ${toonDatum(opp.eersteVaststelling)}` : toonDatum(opp.vaststellenUiterlijk)}</td>
                  <td>{opp.evaluatieUiterlijk && opp.status !== 'afgesloten' ? toonDatum(opp.evaluatieUiterlijk) : '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TabelContainer>
      )}
      <MeerLaden lijst={lijst} />
      {magStarten && !lijst.isPending && !lijst.isError && !heeftOpenOpp && (
        <p>
          <Link to={nieuwOppPad(leerlingId)} className="button">
            OPP starten
          </Link>
        </p>
      )}
    </section>
  );
}

function versieTekst(opp: OppRij): string {
  const geldend = opp.geldendeVersie ? `Versie ${opp.geldendeVersie}` : 'Nog geen';
  return opp.conceptversie && opp.geldendeVersie ? `${geldend}; versie ${opp.conceptversie} in concept` : geldend;
}
