import type { Arrangement } from '../api/arrangementen';
import { datumTekst } from '../aanbiederWeergave';
import { vervolgNaam } from '../arrangementLabels';
import { TabelContainer } from './TabelContainer';

/** Every evaluation: per doel behaald or not, the conclusion, what follows, and who evaluated. */
export function ArrangementEvaluaties({ arrangement }: { arrangement: Arrangement }) {
  const omschrijving = (nummer: number) =>
    arrangement.doelen.find((doel) => doel.nummer === nummer)?.omschrijving ?? `Doel ${nummer}`;
  return (
    <section aria-labelledby="evaluaties" className="sectie">
      <h2 id="evaluaties">Evaluaties</h2>
      {arrangement.evaluaties.length === 0 ? (
        <p>Er is nog niet geëvalueerd.</p>
      ) : (
        arrangement.evaluaties.map((evaluatie) => (
          <article key={evaluatie.id} className="evaluatie" aria-label={`Evaluatie van ${datumTekst(evaluatie.datum)}`}>
            <h3>Evaluatie van {datumTekst(evaluatie.datum)}</h3>
            <TabelContainer label="Doelen">
              <table className="data-table">
                <caption>Doelen</caption>
                <thead>
                  <tr>
                    <th scope="col">Doel</th>
                    <th scope="col">Behaald</th>
                    <th scope="col">Toelichting</th>
                  </tr>
                </thead>
                <tbody>
                  {evaluatie.doelen.map((resultaat) => (
                    <tr key={resultaat.doel}>
                      <th scope="row">
                        {resultaat.doel}. {omschrijving(resultaat.doel)}
                      </th>
                      <td>{resultaat.behaald ? 'Ja' : 'Nee'}</td>
                      <td>{resultaat.toelichting ?? ''}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TabelContainer>
            <dl className="gegevens">
              <dt>Conclusie</dt>
              <dd className="tekst">{evaluatie.conclusie}</dd>
              <dt>Vervolg</dt>
              <dd>{vervolgNaam(evaluatie.vervolg)}</dd>
              <dt>Door</dt>
              <dd>{evaluatie.door.naam}</dd>
            </dl>
          </article>
        ))
      )}
    </section>
  );
}
