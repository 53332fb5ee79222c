import { useToestemmingen, type Toestemming } from '../api/ouders';
import { datumTekst } from '../aanbiederWeergave';
import { dagTekst } from '../arrangementWeergave';
import { ProblemMessage } from './ProblemMessage';
import { TabelContainer } from './TabelContainer';

interface Props {
  leerlingId: string;
  leerlingNaam: string;
}

/** Who may look, with the organisation when there is one: "Bas Bakker (Klankkast Ambulante Dienst)". */
function ontvangerTekst(t: Toestemming): string {
  return t.ontvanger.organisatie ? `${t.ontvanger.naam} (${t.ontvanger.organisatie})` : t.ontvanger.naam;
}

/** Given by whom, how and on which day, in words: the way is a code in the API. */
function gegevenTekst(t: Toestemming): string {
  const wijze = t.wijze === 'op-papier' ? 'op papier, vastgelegd door de school' : 'ouder, in het ouderportaal';
  return `${t.gegevenDoor} (${wijze}), ${dagTekst(t.gegevenOp)}`;
}

function statusTekst(t: Toestemming): string {
  if (t.ingetrokkenOp) return `Ingetrokken${t.ingetrokkenDoor ? ` door ${t.ingetrokkenDoor}` : ''} op ${dagTekst(t.ingetrokkenOp)}`;
  return t.actief ? 'Geldt' : 'Verlopen';
}

/**
 * "Toestemmingen van ouders" on the pupil page, for the school and SWV staff: who outside the school and the
 * samenwerkingsverband may see this pupil on the ouders' consent, what for, given by whom (an ouder in the portal, or
 * on paper) on which day, until when, and which were withdrawn by whom and when. Withdrawn ones stay on the list:
 * the record is what the school answers questions from.
 */
export function LeerlingToestemmingen({ leerlingId, leerlingNaam }: Props) {
  const gegevens = useToestemmingen(leerlingId);
  return (
    <section aria-labelledby="toestemmingen-ouders" className="sectie">
      <h2 id="toestemmingen-ouders">Toestemmingen van ouders</h2>
      <p>
        Iemand van buiten de school en het samenwerkingsverband, zoals een begeleider van een andere organisatie, ziet{' '}
        {leerlingNaam} alleen met toestemming van de ouders. Ouders geven en trekken die in via het ouderportaal.
      </p>
      {gegevens.isPending ? (
        <p role="status">Laden…</p>
      ) : gegevens.isError ? (
        <ProblemMessage summary="De toestemmingen konden niet worden geladen." error={gegevens.error} />
      ) : gegevens.data.toestemmingen.length === 0 ? (
        <p>Voor {leerlingNaam} is nog geen toestemming gegeven.</p>
      ) : (
        <TabelContainer label="Toestemmingen van ouders">
          <table>
            <caption>
              Toestemmingen voor {leerlingNaam} ({gegevens.data.toestemmingen.length})
            </caption>
            <thead>
              <tr>
                <th scope="col">Wie mag meekijken</th>
                <th scope="col">Waarvoor</th>
                <th scope="col">Gegeven door</th>
                <th scope="col">Tot en met</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {gegevens.data.toestemmingen.map((t) => (
                <tr key={t.id}>
                  <th scope="row">{ontvangerTekst(t)}</th>
                  <td>{t.doel}</td>
                  <td>{gegevenTekst(t)}</td>
                  <td>{t.tot ? datumTekst(t.tot) : 'Tot intrekking'}</td>
                  <td>{statusTekst(t)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TabelContainer>
      )}
    </section>
  );
}
