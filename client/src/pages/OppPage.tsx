import { Link, useLocation, useParams } from 'react-router';
import { useOpp, type Opp } from '../api/ontwikkelingsperspectiefplannen';
import { useSchoolNamen } from '../api/scholen';
import { datumTekst, vandaagIso } from '../aanbiederWeergave';
import { leestOrganisaties, leestZaakdocumenten, magDocumentenToevoegen, magOppStarten, werktMetArrangementen } from '../auth/rollen';
import { useGebruiker } from '../auth/useGebruiker';
import { Geschiedenis } from '../components/Geschiedenis';
import { LeerlingDocumenten } from '../components/LeerlingDocumenten';
import { ZaakTermijnen } from '../components/ZaakTermijnen';
import { leesMelding } from '../components/Melding';
import { OppActies } from '../components/OppActies';
import { OppEvaluaties } from '../components/OppEvaluaties';
import { OppInhoudFormulier } from '../components/OppInhoudFormulier';
import { OppInhoudWeergave } from '../components/OppInhoudWeergave';
import { OppProcedure } from '../components/OppProcedure';
import { OppRod } from '../components/OppRod';
import { OppVersies } from '../components/OppVersies';
import { OppVisieVanOuders } from '../components/OppVisieVanOuders';
import { StatusLabel } from '../components/StatusLabel';
import { ZaakLaden, type ZaakMeldingen } from '../components/ZaakLaden';
import { aanleidingNaam, oppGebeurtenisNaam, oppStatusNaam } from '../oppLabels';
import { vaststellingVerlopen, versieMet } from '../oppWeergave';
import { SOORT_LABELS } from '../schoolWeergave';
import { usePageTitle } from '../usePageTitle';

const MELDINGEN: ZaakMeldingen = {
  verouderd: 'De nieuwste gegevens van dit OPP konden niet worden geladen.',
  nietGevonden: 'Dit OPP bestaat niet, of u mag het niet zien.',
  ongeldigAdres: 'Dit is geen geldig adres van een OPP.',
  geenToegang: 'U heeft geen toegang tot ontwikkelingsperspectiefplannen.',
  mislukt: 'Het OPP kon niet worden geladen.',
};

/** /ontwikkelingsperspectiefplannen/:id: one OPP, its procedure and evaluations, with the steps the person may take. */
export function OppPage() {
  const { id = '' } = useParams();
  const query = useOpp(id);
  usePageTitle(query.data ? `OPP van ${query.data.leerlingNaam}` : 'Ontwikkelingsperspectiefplan');

  return (
    <ZaakLaden query={query} titel="Ontwikkelingsperspectiefplan" meldingen={MELDINGEN}>
      {(opp) => <OppDetails key={opp.id} opp={opp} />}
    </ZaakLaden>
  );
}

function OppDetails({ opp }: { opp: Opp }) {
  const location = useLocation();
  const gebruiker = useGebruiker();
  const { rollen } = gebruiker;
  const schoolNaam = useSchoolNamen(leestOrganisaties(rollen));
  return (
    <>
      <h1>Ontwikkelingsperspectiefplan van {opp.leerlingNaam}</h1>
      <p className="ondertitel">
        <StatusLabel status={opp.status} naam={oppStatusNaam} />
        {werktMetArrangementen(rollen) && (
          <span className="geen-afdruk">
            {' '}
            · <Link to={`/leerlingen/${opp.leerlingId}`}>Naar de leerling</Link>
          </span>
        )}
      </p>

      {magOppStarten(rollen) && <OppActies opp={opp} beginmelding={leesMelding(location.state)} />}

      <section aria-labelledby="samenvatting" className="sectie">
        <h2 id="samenvatting">Samenvatting</h2>
        <dl className="gegevens">
          <dt>Status</dt>
          <dd>{oppStatusNaam(opp.status)}</dd>
          <dt>School</dt>
          <dd>
            {schoolNaam(opp.vestiging)}, {SOORT_LABELS[opp.soortSchool].toLowerCase()}
          </dd>
          <dt>Aanleiding</dt>
          <dd>{aanleidingNaam(opp.aanleiding)}</dd>
          <dt>Startdatum</dt>
          <dd>{datumTekst(opp.startdatum)}</dd>
          {opp.eersteVaststelling == null && (
            <>
              <dt>Vaststellen uiterlijk</dt>
              <dd>
                {datumTekst(opp.vaststellenUiterlijk)}
                {vaststellingVerlopen(opp, vandaagIso()) && (
                  <strong> — verlopen: de wettelijke termijn van zes weken is voorbij</strong>
                )}
              </dd>
            </>
          )}
          <dt>Geldende versie</dt>
          <dd>{opp.geldendeVersie ? `Versie ${opp.geldendeVersie}` : 'Nog geen vastgestelde versie'}</dd>
          {opp.conceptversie && (
            <>
              <dt>Conceptversie</dt>
              <dd>Versie {opp.conceptversie}</dd>
            </>
          )}
          <Datum term="Eerste vaststelling" datum={opp.eersteVaststelling} />
          <Datum term="Laatst geëvalueerd" datum={opp.laatstGeevalueerdOp} />
          <Datum term="Evalueren uiterlijk" datum={opp.status === 'afgesloten' ? null : opp.evaluatieUiterlijk} />
          <Datum term="Einddatum" datum={opp.einddatum} />
          {opp.redenAfsluiting && (
            <>
              <dt>Reden van de afsluiting</dt>
              <dd className="tekst">{opp.redenAfsluiting}</dd>
            </>
          )}
        </dl>
      </section>

      <OppProcedure opp={opp} />
      <OppInhoudSectie opp={opp} />
      <OppVisieVanOuders opp={opp} />
      <OppVersies opp={opp} />
      {opp.rod.plichtig && <OppRod opp={opp} />}
      <OppEvaluaties opp={opp} />
      {leestZaakdocumenten(gebruiker, opp.vestiging) && <ZaakTermijnen zaak={{ soort: 'ontwikkelingsperspectiefplan', id: opp.id }} />}
      {leestZaakdocumenten(gebruiker, opp.vestiging) && (
        <LeerlingDocumenten
          leerlingId={opp.leerlingId}
          leerlingNaam={opp.leerlingNaam}
          zaak={{ soort: 'ontwikkelingsperspectiefplan', id: opp.id }}
          magToevoegen={magDocumentenToevoegen(rollen)}
        />
      )}
      <Geschiedenis geschiedenis={opp.geschiedenis} actieNaam={oppGebeurtenisNaam} label="Geschiedenis van het OPP" />
    </>
  );
}

/**
 * What the plan says: the editor while the person may change the concept; else, read-only, the version that holds (or,
 * before the first vaststelling, the concept).
 */
function OppInhoudSectie({ opp }: { opp: Opp }) {
  if (opp.toegestaneStappen.includes('wijziging')) {
    return (
      <section aria-labelledby="opp-inhoud" className="sectie">
        <h2 id="opp-inhoud">Concept: versie {opp.conceptversie}</h2>
        <OppInhoudFormulier opp={opp} />
      </section>
    );
  }
  const versie = versieMet(opp, opp.geldendeVersie) ?? opp.versies.at(-1);
  if (versie === undefined) return null;
  return (
    <section aria-labelledby="opp-inhoud" className="sectie">
      <h2 id="opp-inhoud">
        {versie.status === 'concept' ? `Concept: versie ${versie.nummer}` : `Inhoud van versie ${versie.nummer}`}
      </h2>
      <OppInhoudWeergave inhoud={versie.inhoud} />
    </section>
  );
}

function Datum({ term, datum }: { term: string; datum: string | null | undefined }) {
  if (!datum) return null;
  return (
    <>
      <dt>{term}</dt>
      <dd>{datumTekst(datum)}</dd>
    </>
  );
}
