import type { Arrangement } from '../api/arrangementen';
import { datumTekst } from '../aanbiederWeergave';
import { bekostigerNaam, soortNaam, uitvoerderNaam } from '../arrangementLabels';
import { euroTekst, tijdstipTekst, urenTekst } from '../arrangementWeergave';
import { IvoWeergave } from './IvoWeergave';

/** What the school asked for: soort, period, means, who provides and pays, why, the IVO fields and the doelen. */
export function ArrangementAanvraag({ arrangement }: { arrangement: Arrangement }) {
  const { uitvoerder } = arrangement;
  return (
    <section aria-labelledby="aanvraag" className="sectie">
      <h2 id="aanvraag">Aanvraag</h2>
      <dl className="gegevens">
        <dt>Soort</dt>
        <dd>{soortNaam(arrangement.soort)}</dd>
        <dt>Periode</dt>
        <dd>
          {datumTekst(arrangement.ingangsdatum)} tot en met {datumTekst(arrangement.einddatum)}
        </dd>
        {arrangement.uren != null && (
          <>
            <dt>Uren</dt>
            <dd>{urenTekst(arrangement.uren)}</dd>
          </>
        )}
        {arrangement.budget != null && (
          <>
            <dt>Budget</dt>
            <dd>{euroTekst(arrangement.budget)}</dd>
          </>
        )}
        <dt>Uitvoerder</dt>
        <dd>
          {uitvoerder.naam} ({uitvoerderNaam(uitvoerder.soort ?? '').toLowerCase()})
          {uitvoerder.obaCode && (
            <>
              , aanbieder <code>{uitvoerder.obaCode}</code>
            </>
          )}
          {uitvoerder.expertise && <>, expertise {uitvoerder.expertise}</>}
        </dd>
        <dt>Bekostiger</dt>
        <dd>{bekostigerNaam(arrangement.bekostiger)}</dd>
        <dt>Toelichting</dt>
        <dd className="tekst">{arrangement.toelichting}</dd>
        <dt>Aangevraagd op</dt>
        <dd>{tijdstipTekst(arrangement.aangevraagdOp)}</dd>
        <dt>Besluit uiterlijk</dt>
        <dd>{datumTekst(arrangement.behandeldeadline)}</dd>
        {arrangement.openVraag && (
          <>
            <dt>Open vraag aan de school</dt>
            <dd className="tekst">{arrangement.openVraag}</dd>
          </>
        )}
      </dl>
      <h3>Wat het arrangement toevoegt</h3>
      <IvoWeergave velden={arrangement.inhoud} />
      <h3>Doelen</h3>
      <ol className="doelen">
        {arrangement.doelen.map((doel) => (
          <li key={doel.nummer} value={doel.nummer}>
            {doel.omschrijving}
          </li>
        ))}
      </ol>
    </section>
  );
}
