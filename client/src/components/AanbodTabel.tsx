import type { AangebodenBegeleiding } from '../api/aanbieders';
import { periodeTekst, werkgebiedTekst } from '../aanbiederWeergave';
import { TabelContainer } from './TabelContainer';

interface Props {
  aanbod: readonly AangebodenBegeleiding[];
  omschrijving: (expertise: string) => string;
  /** For beheerders: the aanbod whose end is being entered, and how to start that. */
  beeindiging?: { open: string | undefined; onBeeindig: (aanbodId: string) => void };
}

/** The begeleiding an aanbieder offers: expertise, period, area and capacity. */
export function AanbodTabel({ aanbod, omschrijving, beeindiging }: Props) {
  if (aanbod.length === 0) return <p>Deze aanbieder heeft (nog) geen aanbod.</p>;
  return (
    <TabelContainer label="Aanbod">
      <table className="data-table">
        <caption>Aanbod ({aanbod.length})</caption>
        <thead>
          <tr>
            <th scope="col">Expertise</th>
            <th scope="col">Periode</th>
            <th scope="col">Werkgebied</th>
            <th scope="col">Capaciteit</th>
            {beeindiging && (
              <th scope="col">
                <span className="visually-hidden">Beheer</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {aanbod.map((regel) => {
            const periode = periodeTekst(regel.begindatum, regel.einddatum);
            return (
              <tr key={regel.id}>
                <th scope="row">{omschrijving(regel.expertise)}</th>
                <td>{periode}</td>
                <td>{werkgebiedTekst(regel.werkgebied)}</td>
                <td>{regel.capaciteit ?? 'Onbeperkt'}</td>
                {beeindiging && (
                  <td>
                    <button
                      type="button"
                      className="button button--secundair button--klein"
                      // The visible text, plus which aanbod: the table holds a button like it on every row.
                      aria-label={`Beëindigen ${omschrijving(regel.expertise)}, ${periode}`}
                      aria-expanded={beeindiging.open === regel.id}
                      onClick={() => beeindiging.onBeeindig(regel.id)}
                    >
                      Beëindigen
                    </button>
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </TabelContainer>
  );
}
