import type { Opp } from '../api/ontwikkelingsperspectiefplannen';
import { datumTekst } from '../aanbiederWeergave';
import { versieMet } from '../oppWeergave';
import { TabelContainer } from './TabelContainer';

/** Every evaluation with the ouders: per doel of the evaluated version behaald or not, the conclusion, what follows. */
export function OppEvaluaties({ opp }: { opp: Opp }) {
  const omschrijving = (versienummer: number, doelnummer: number) =>
    versieMet(opp, versienummer)?.inhoud.handelingsdeel.doelen.find((doel) => doel.nummer === doelnummer)?.omschrijving ??
    `Doel ${doelnummer}`;
  return (
    <section aria-labelledby="evaluaties" className="sectie">
      <h2 id="evaluaties">Evaluaties</h2>
      {opp.evaluaties.length === 0 ? (
        <p>Er is nog niet geëvalueerd.</p>
      ) : (
        opp.evaluaties.map((evaluatie, index) => {
          const naam = `Evaluatie ${index + 1}, ${datumTekst(evaluatie.datum)}`;
          return (
            <article key={evaluatie.id} className="evaluatie" aria-label={naam}>
              <h3>{naam}</h3>
              <dl className="gegevens">
                <dt>Datum</dt>
                <dd>{datumTekst(evaluatie.datum)}</dd>
                <dt>Versie</dt>
                <dd>{evaluatie.versie}</dd>
                <dt>Deelnemers</dt>
                <dd>{evaluatie.deelnemers}</dd>
              </dl>
              <TabelContainer label={`Doelen bij ${naam.charAt(0).toLowerCase()}${naam.slice(1)}`}>
                <table className="data-table">
                  <caption>Doelen van versie {evaluatie.versie}</caption>
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
                          {resultaat.doel}. {omschrijving(evaluatie.versie, resultaat.doel)}
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
                <dt>Nieuwe versie</dt>
                <dd>{evaluatie.nieuweVersie ? 'Ja, er volgt een nieuwe versie' : 'Nee'}</dd>
                <dt>Vastgelegd door</dt>
                <dd>{evaluatie.door.naam}</dd>
              </dl>
            </article>
          );
        })
      )}
    </section>
  );
}
