import type { Kruistabel } from '../api/beleidsinformatie';
import { cijferTekst } from '../beleidsinformatieWeergave';
import { TabelContainer } from './TabelContainer';

interface Props {
  /** The caption, and the table's name for screen readers. */
  titel: string;
  /** The heading of the column with the rows' names. */
  kop: string;
  tabel: Kruistabel;
  /** True in the version for outsiders: a hidden figure reads "verborgen"; false marks what outsiders will not see. */
  voorBuiten: boolean;
  /** A column after the row totals, figured from each row (the deelnamepercentage of a teldatum). */
  extraKolom?: { kop: string; cel: (rij: number) => string };
  /** Without the totals row, when the rows must not be added up (pupils of different years). */
  zonderTotaalrij?: boolean;
}

/**
 * A table of counts (the API's Kruistabel) with its row, column and grand totals: the one shape of the beleidsinformatie
 * dashboard and the thuiszitters count alike.
 */
export function Kruistabeltabel({ titel, kop, tabel, voorBuiten, extraKolom, zonderTotaalrij = false }: Props) {
  return (
    <TabelContainer label={titel}>
      <table className="data-table">
        <caption>{titel}</caption>
        <thead>
          <tr>
            <th scope="col">{kop}</th>
            {tabel.kolommen.map((k) => (
              <th key={k.sleutel} scope="col">
                {k.naam}
              </th>
            ))}
            <th scope="col">Totaal</th>
            {extraKolom && <th scope="col">{extraKolom.kop}</th>}
          </tr>
        </thead>
        <tbody>
          {tabel.rijen.map((r, i) => (
            <tr key={r.sleutel}>
              <th scope="row">{r.naam}</th>
              {tabel.cellen[i]?.map((c, k) => (
                <td key={tabel.kolommen[k]?.sleutel}>{cijferTekst(c.aantal, c.klein, voorBuiten)}</td>
              ))}
              <td>{cijferTekst(tabel.rijtotalen[i]?.aantal, tabel.rijtotalen[i]?.klein ?? false, voorBuiten)}</td>
              {extraKolom && <td>{extraKolom.cel(i)}</td>}
            </tr>
          ))}
          {!zonderTotaalrij && (
            <tr>
              <th scope="row">Totaal</th>
              {tabel.kolomtotalen.map((c, k) => (
                <td key={tabel.kolommen[k]?.sleutel}>{cijferTekst(c.aantal, c.klein, voorBuiten)}</td>
              ))}
              <td>{cijferTekst(tabel.totaal.aantal, tabel.totaal.klein, voorBuiten)}</td>
              {extraKolom && <td />}
            </tr>
          )}
        </tbody>
      </table>
    </TabelContainer>
  );
}
