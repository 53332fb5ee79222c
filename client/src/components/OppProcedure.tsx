import type { Opp, OppVersie } from '../api/ontwikkelingsperspectiefplannen';
import { datumTekst } from '../aanbiederWeergave';
import { tijdstipTekst } from '../arrangementWeergave';
import { betrouwbaarheidsniveauNaam, instemmingswijzeNaam, versiestatusNaam } from '../oppLabels';
import { instemmingsstandTekst, versieVanProcedure } from '../oppWeergave';

/**
 * The procedure of the version that matters now (the concept, or the vastgestelde version whose handelingsdeel
 * waits): the overleg with the ouders, the pupil's hoorrecht, and the ouders' answer on exactly this handelingsdeel.
 */
export function OppProcedure({ opp }: { opp: Opp }) {
  const versie = versieVanProcedure(opp);
  return (
    <section aria-labelledby="procedure" className="sectie">
      <h2 id="procedure">{versie ? `Procedure van versie ${versie.nummer}` : 'Procedure'}</h2>
      {opp.wachtOpInstemming && (
        <p className="problem" role="note">
          <strong>Het handelingsdeel wacht op instemming van de ouders.</strong> De rest van het plan geldt; het
          handelingsdeel pas als de ouders ermee instemmen.
        </p>
      )}
      {versie ? <Versieprocedure opp={opp} versie={versie} /> : <p>Dit OPP heeft nog geen versie.</p>}
    </section>
  );
}

function Versieprocedure({ opp, versie }: { opp: Opp; versie: OppVersie }) {
  const { overleg, hoorrecht, instemming } = versie;
  return (
    <>
      <p>
        Versie {versie.nummer}: {versiestatusNaam(versie.status).toLowerCase()}
        {versie.vastgesteldOp ? ` op ${datumTekst(versie.vastgesteldOp)}` : ''}.
      </p>
      <h3>Overleg met de ouders</h3>
      {overleg ? (
        <dl className="gegevens">
          <dt>Datum</dt>
          <dd>{datumTekst(overleg.datum)}</dd>
          <dt>Deelnemers</dt>
          <dd>{overleg.deelnemers}</dd>
          <dt>Uitkomst</dt>
          <dd className="tekst">{overleg.uitkomst}</dd>
          <dt>Vastgelegd door</dt>
          <dd>
            {overleg.vastgelegdDoor.naam}, {tijdstipTekst(overleg.vastgelegdOp)}
          </dd>
        </dl>
      ) : (
        <p>Het overleg met de ouders over deze versie is nog niet vastgelegd.</p>
      )}

      <h3>Hoorrecht van de leerling</h3>
      {hoorrecht ? (
        <dl className="gegevens">
          <dt>Gehoord</dt>
          <dd>{hoorrecht.gehoord ? `Ja${hoorrecht.datum ? `, op ${datumTekst(hoorrecht.datum)}` : ''}` : 'Nee'}</dd>
          <dt>{hoorrecht.gehoord ? 'Wat de leerling vertelde' : 'Waarom niet'}</dt>
          <dd className="tekst">{hoorrecht.toelichting}</dd>
          <dt>Vastgelegd door</dt>
          <dd>
            {hoorrecht.vastgelegdDoor.naam}, {tijdstipTekst(hoorrecht.vastgelegdOp)}
          </dd>
        </dl>
      ) : (
        <p>Het hoorrecht van de leerling is nog niet vastgelegd.</p>
      )}

      <h3>Instemming van de ouders met het handelingsdeel</h3>
      <p>{instemmingsstandTekst(opp, versie)}</p>
      {instemming && (
        <dl className="gegevens">
          <dt>Antwoord</dt>
          <dd>{instemming.gegeven ? 'Ingestemd' : 'Geweigerd'}</dd>
          <dt>Ouder of verzorger</dt>
          <dd>{instemming.ouder}</dd>
          <dt>Datum</dt>
          <dd>{datumTekst(instemming.datum)}</dd>
          <dt>Hoe</dt>
          <dd>{instemmingswijzeNaam(instemming.wijze)}</dd>
          {instemming.betrouwbaarheidsniveau && (
            <>
              <dt>Aangemeld met betrouwbaarheidsniveau</dt>
              <dd>{betrouwbaarheidsniveauNaam(instemming.betrouwbaarheidsniveau)}</dd>
            </>
          )}
          {instemming.reden && (
            <>
              <dt>Reden</dt>
              <dd className="tekst">{instemming.reden}</dd>
            </>
          )}
          <dt>Over deze tekst</dt>
          <dd>
            {instemming.geldig
              ? 'Ja, het antwoord gaat over het handelingsdeel zoals het er nu staat.'
              : 'Nee, het handelingsdeel is na het antwoord gewijzigd; het antwoord geldt niet meer.'}
          </dd>
          <dt>Vastgelegd door</dt>
          <dd>
            {instemming.vastgelegdDoor.naam}, {tijdstipTekst(instemming.vastgelegdOp)}
          </dd>
        </dl>
      )}
    </>
  );
}
