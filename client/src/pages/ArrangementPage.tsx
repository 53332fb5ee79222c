import { Link, useLocation, useParams } from 'react-router';
import { useArrangement, type Arrangement } from '../api/arrangementen';
import { useSchoolNamen } from '../api/scholen';
import { datumTekst } from '../aanbiederWeergave';
import { gebeurtenisNaam, soortNaam, statusNaam } from '../arrangementLabels';
import { leerlingNaam } from '../arrangementWeergave';
import { leestZaakdocumenten, magDocumentenToevoegen } from '../auth/rollen';
import { useGebruiker } from '../auth/useGebruiker';
import { ArrangementAanvraag } from '../components/ArrangementAanvraag';
import { ArrangementActies } from '../components/ArrangementActies';
import { ArrangementBesluit } from '../components/ArrangementBesluit';
import { ArrangementEvaluaties } from '../components/ArrangementEvaluaties';
import { Geschiedenis } from '../components/Geschiedenis';
import { LeerlingDocumenten } from '../components/LeerlingDocumenten';
import { ZaakTermijnen } from '../components/ZaakTermijnen';
import { leesMelding } from '../components/Melding';
import { StatusLabel } from '../components/StatusLabel';
import { ZaakLaden, type ZaakMeldingen } from '../components/ZaakLaden';
import { usePageTitle } from '../usePageTitle';
import { AfdrukKnop } from '../components/AfdrukKnop';
import { AfgedruktOp } from '../components/AfgedruktOp';

const MELDINGEN: ZaakMeldingen = {
  verouderd: 'De nieuwste gegevens van dit arrangement konden niet worden geladen.',
  nietGevonden: 'Dit arrangement bestaat niet, of u mag het niet zien.',
  ongeldigAdres: 'Dit is geen geldig adres van een arrangement.',
  geenToegang: 'U heeft geen toegang tot arrangementen.',
  mislukt: 'Het arrangement kon niet worden geladen.',
};

/** /arrangementen/:id: one arrangement in readable sections, with the steps the person may take now. */
export function ArrangementPage() {
  const { id = '' } = useParams();
  const query = useArrangement(id);
  usePageTitle(query.data ? `Arrangement voor ${leerlingNaam(query.data.leerling)}` : 'Arrangement');

  return (
    <ZaakLaden query={query} titel="Arrangement" meldingen={MELDINGEN}>
      {(arrangement) => <ArrangementDetails key={arrangement.id} arrangement={arrangement} />}
    </ZaakLaden>
  );
}

function ArrangementDetails({ arrangement }: { arrangement: Arrangement }) {
  const location = useLocation();
  const gebruiker = useGebruiker();
  const schoolNaam = useSchoolNamen();
  const { leerling } = arrangement;
  return (
    <>
      <AfgedruktOp />
      <div className="paginakop">
        <h1>Arrangement voor {leerlingNaam(leerling)}</h1>
        <AfdrukKnop />
      </div>
      <p className="ondertitel">
        {soortNaam(arrangement.soort)} · <StatusLabel status={arrangement.status} />
        <span className="geen-afdruk">
          {' '}
          · <Link to="/arrangementen">Alle arrangementen</Link>
        </span>
      </p>

      <ArrangementActies arrangement={arrangement} beginmelding={leesMelding(location.state)} />

      <section aria-labelledby="leerling" className="sectie">
        <h2 id="leerling">Leerling</h2>
        <dl className="gegevens">
          <dt>Naam</dt>
          <dd>
            <Link to={`/leerlingen/${leerling.id}`}>{leerlingNaam(leerling)}</Link>
          </dd>
          <dt>Geboortedatum</dt>
          <dd>{datumTekst(leerling.geboortedatum)}</dd>
          <dt>Groep</dt>
          <dd>{leerling.groep}</dd>
          <dt>School</dt>
          <dd>{schoolNaam(arrangement.vestiging)}</dd>
          <dt>Status</dt>
          <dd>{statusNaam(arrangement.status)}</dd>
        </dl>
      </section>

      <ArrangementAanvraag arrangement={arrangement} />
      <ArrangementBesluit arrangement={arrangement} />
      <ArrangementEvaluaties arrangement={arrangement} />
      {leestZaakdocumenten(gebruiker, arrangement.vestiging) && <ZaakTermijnen zaak={{ soort: 'arrangement', id: arrangement.id }} />}
      {leestZaakdocumenten(gebruiker, arrangement.vestiging) && (
        <LeerlingDocumenten
          leerlingId={leerling.id}
          leerlingNaam={leerlingNaam(leerling)}
          zaak={{ soort: 'arrangement', id: arrangement.id }}
          magToevoegen={magDocumentenToevoegen(gebruiker.rollen)}
        />
      )}
      <Geschiedenis
        geschiedenis={arrangement.geschiedenis}
        actieNaam={gebeurtenisNaam}
        label="Geschiedenis van het arrangement"
      />
    </>
  );
}
