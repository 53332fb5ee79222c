import type { Verantwoording } from '../../api/middelen';
import { datumTekst } from '../../aanbiederWeergave';
import { naam } from '../../arrangementLabels';
import { euroTekst } from '../../arrangementWeergave';
import { NIVEAUS } from '../../middelenWeergave';
import { TabelContainer } from '../TabelContainer';

/** The lines at school and group level of a verantwoording (`titel` names it for the table's label). */
export function SchoolregelsTabel({ regels, titel }: { regels: Verantwoording['regels']; titel: string }) {
  if (regels.length === 0) return <p>Nog geen regels.</p>;
  return (
    <TabelContainer label={`Regels van de ${titel.toLowerCase()}`}>
      <table className="data-table">
        <caption>Regels op school- en groepsniveau</caption>
        <thead>
          <tr>
            <th scope="col">School</th>
            <th scope="col">Niveau</th>
            <th scope="col">Doel</th>
            <th scope="col">Interventies</th>
            <th scope="col">Besteed</th>
            <th scope="col">Resultaten</th>
          </tr>
        </thead>
        <tbody>
          {regels.map((r, i) => (
            <tr key={i}>
              <th scope="row">{r.schoolNaam ?? r.vestiging}</th>
              <td>
                {naam(NIVEAUS, r.niveau)}
                {r.groep && `, groep ${r.groep}`}
              </td>
              <td>{r.doel}</td>
              <td>{r.interventies}</td>
              <td>{euroTekst(r.besteed)}</td>
              <td>{r.resultaten ?? 'Nog niet ingevuld'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TabelContainer>
  );
}

/** The lines at pupil level, each with the pupil's OPP; the pupil's name only for whoever may see the pupil. */
export function LeerlingregelsTabel({ regels }: { regels: Verantwoording['leerlingregels'] }) {
  if (regels.length === 0) return <p>Geen regels op leerlingniveau.</p>;
  return (
    <TabelContainer label="Regels op leerlingniveau">
      <table className="data-table">
        <caption>Regels op leerlingniveau (met het OPP van de leerling)</caption>
        <thead>
          <tr>
            <th scope="col">Leerling</th>
            <th scope="col">School</th>
            <th scope="col">OPP laatst geëvalueerd</th>
            <th scope="col">Besteed</th>
            <th scope="col">Toelichting</th>
          </tr>
        </thead>
        <tbody>
          {regels.map((l) => (
            <tr key={l.oppId}>
              <th scope="row">{l.leerlingNaam ?? 'Een leerling die u niet kunt zien'}</th>
              <td>{l.schoolNaam ?? l.vestiging}</td>
              <td>{l.oppLaatstGeevalueerdOp ? datumTekst(l.oppLaatstGeevalueerdOp) : '—'}</td>
              <td>{euroTekst(l.besteed)}</td>
              <td>{l.toelichting ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TabelContainer>
  );
}
