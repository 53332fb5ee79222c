import type { Documentzaak } from '../api/documenten';
import { useTermijnen } from '../api/termijnen';
import { datumTekst } from '../aanbiederWeergave';
import { DEZE_ZAAK } from '../documentWeergave';
import { termijnStand } from '../termijnWeergave';
import { ProblemMessage } from './ProblemMessage';
import { TabelContainer } from './TabelContainer';

/**
 * "Termijnen" on a case page: every term that runs or ran for the case (the law's and the SWV's), with its phase and
 * last day, running ones first, as the deadline engine keeps them.
 */
export function ZaakTermijnen({ zaak }: { zaak: Documentzaak }) {
  const lijst = useTermijnen(zaak);
  const caption = `Termijnen van ${DEZE_ZAAK[zaak.soort]}`;

  return (
    <section aria-labelledby="termijnen" className="sectie">
      <h2 id="termijnen">Termijnen</h2>
      {lijst.isPending ? (
        <p role="status">Laden…</p>
      ) : lijst.isError ? (
        <ProblemMessage summary="De termijnen konden niet worden geladen." error={lijst.error} />
      ) : lijst.data.length === 0 ? (
        <p>Er lopen geen termijnen voor {DEZE_ZAAK[zaak.soort]}.</p>
      ) : (
        <TabelContainer label={caption}>
          <table>
            <caption>{caption}</caption>
            <thead>
              <tr>
                <th scope="col">Termijn</th>
                <th scope="col">Vanaf</th>
                <th scope="col">Stand</th>
              </tr>
            </thead>
            <tbody>
              {lijst.data.map((termijn) => (
                <tr key={termijn.id}>
                  <th scope="row">{termijn.omschrijving}</th>
                  <td>{datumTekst(termijn.vanaf)}</td>
                  <td>{termijnStand(termijn)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TabelContainer>
      )}
    </section>
  );
}
