import type { Middelentoekenning } from '../../api/middelen';
import { datumTekst } from '../../aanbiederWeergave';
import { naam } from '../../arrangementLabels';
import { euroTekst } from '../../arrangementWeergave';
import { VERDEELSLEUTELS, besteedTekst, verantwoordingStandTekst } from '../../middelenWeergave';
import { TabelContainer } from '../TabelContainer';

interface Props {
  jaar: string;
  toekenningen: readonly Middelentoekenning[];
  /** The beleidsmedewerker: may change a grant. */
  beleid: boolean;
  /** A school-medewerker: may start the verantwoording of their bestuur's grant. */
  school: boolean;
  onBekijken: (toekenning: Middelentoekenning) => void;
  onBeginnen: (toekenning: Middelentoekenning) => void;
  onWijzigen: (toekenning: Middelentoekenning) => void;
}

/** The grants of one year, each with its verantwoording's status and what was spent, and what the person may do with it. */
export function ToekenningenTabel({ jaar, toekenningen, beleid, school, onBekijken, onBeginnen, onWijzigen }: Props) {
  return (
    <TabelContainer label={`Toekenningen ${jaar}`}>
      <table className="data-table">
        <caption>Toekenningen {jaar}</caption>
        <thead>
          <tr>
            <th scope="col">Schoolbestuur</th>
            <th scope="col">Bedrag</th>
            <th scope="col">Verdeelsleutel</th>
            <th scope="col">Voorschot betaald</th>
            <th scope="col">Verantwoording</th>
            <th scope="col">Besteed</th>
            <th scope="col">Acties</th>
          </tr>
        </thead>
        <tbody>
          {toekenningen.map((t) => (
            <tr key={t.id}>
              <th scope="row">{t.schoolbestuurNaam}</th>
              <td>{euroTekst(t.bedrag)}</td>
              <td>
                {naam(VERDEELSLEUTELS, t.verdeelsleutel)}
                {t.toelichting && <span>: {t.toelichting}</span>}
              </td>
              <td>{t.betaaldOp ? datumTekst(t.betaaldOp) : 'Nog niet'}</td>
              <td>{verantwoordingStandTekst(t)}</td>
              <td>
                {besteedTekst(t)}
                {t.besteed != null && t.besteed > t.bedrag && <strong> (meer dan toegekend)</strong>}
              </td>
              <td>
                <div className="knoppen">
                  {t.verantwoordingId && (
                    <button
                      type="button"
                      className="button button--secundair"
                      aria-label={`Verantwoording bekijken: ${t.schoolbestuurNaam} ${t.jaar}`}
                      onClick={() => onBekijken(t)}
                    >
                      Verantwoording bekijken
                    </button>
                  )}
                  {school && !t.verantwoordingId && (
                    <button
                      type="button"
                      className="button button--secundair"
                      aria-label={`Verantwoording beginnen: ${t.schoolbestuurNaam} ${t.jaar}`}
                      onClick={() => onBeginnen(t)}
                    >
                      Verantwoording beginnen
                    </button>
                  )}
                  {beleid && (
                    <button
                      type="button"
                      className="button button--secundair"
                      aria-label={`Toekenning wijzigen: ${t.schoolbestuurNaam} ${t.jaar}`}
                      onClick={() => onWijzigen(t)}
                    >
                      Wijzigen
                    </button>
                  )}
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TabelContainer>
  );
}
