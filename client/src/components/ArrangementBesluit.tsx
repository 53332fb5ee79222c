import type { Arrangement } from '../api/arrangementen';
import { datumTekst } from '../aanbiederWeergave';
import { statusNaam } from '../arrangementLabels';
import { tijdstipTekst } from '../arrangementWeergave';

/** The decision on the request, and how the arrangement runs: start, next evaluation, end. */
export function ArrangementBesluit({ arrangement }: { arrangement: Arrangement }) {
  const { besluit } = arrangement;
  return (
    <section aria-labelledby="besluit" className="sectie">
      <h2 id="besluit">Besluit</h2>
      {besluit ? (
        <dl className="gegevens">
          <dt>Uitkomst</dt>
          <dd>{statusNaam(besluit.uitkomst)}</dd>
          <dt>Beschikkingsnummer</dt>
          <dd>{besluit.beschikkingsnummer}</dd>
          <dt>Besluitdatum</dt>
          <dd>{datumTekst(besluit.besluitdatum)}</dd>
          <dt>{besluit.uitkomst === 'afgewezen' ? 'Reden' : 'Motivering'}</dt>
          <dd className="tekst">{besluit.motivering}</dd>
          <dt>Vastgelegd door</dt>
          <dd>
            {besluit.door.naam}, {tijdstipTekst(besluit.vastgelegdOp)}
          </dd>
        </dl>
      ) : (
        <p>Er is nog geen besluit. Het samenwerkingsverband besluit uiterlijk {datumTekst(arrangement.behandeldeadline)}.</p>
      )}
      {(arrangement.startdatum || arrangement.beeindigdOp) && (
        <>
          <h3>Uitvoering</h3>
          <dl className="gegevens">
            {arrangement.startdatum && (
              <>
                <dt>Gestart op</dt>
                <dd>{datumTekst(arrangement.startdatum)}</dd>
              </>
            )}
            {arrangement.volgendeEvaluatieUiterlijk && (
              <>
                <dt>Volgende evaluatie uiterlijk</dt>
                <dd>
                  {datumTekst(arrangement.volgendeEvaluatieUiterlijk)}
                  {arrangement.evaluatieVerlopen && <span className="verlopen"> Verlopen</span>}
                </dd>
              </>
            )}
            {arrangement.beeindigdOp && (
              <>
                <dt>Beëindigd op</dt>
                <dd>{datumTekst(arrangement.beeindigdOp)}</dd>
                <dt>Reden van beëindiging</dt>
                <dd className="tekst">{arrangement.redenBeeindiging}</dd>
              </>
            )}
          </dl>
        </>
      )}
    </section>
  );
}
