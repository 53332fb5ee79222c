import { Link, useLocation, useParams } from 'react-router';
import { useAanmelding, type Aanmelding } from '../api/aanmeldingen';
import { datumTekst, vandaagIso } from '../aanbiederWeergave';
import { AANMELDING_BEHANDELING, aanmeldingStapTitel, AANMELDING_STAP_DEFINITIES, isAanmeldingPaneelStap, type AanmeldingStap } from '../aanmeldingStapDefinities';
import { aanmeldingGebeurtenisNaam, aanmeldingStatusNaam, GEEN_ZORGPLICHT, termijnRegel, TOELATINGSUITKOMSTEN } from '../aanmeldingWeergave';
import { naam } from '../arrangementLabels';
import { tijdstipTekst } from '../arrangementWeergave';
import { behandeltAanmeldingen, magArrangementAanvragen, magTlvAanvragen } from '../auth/rollen';
import { useGebruiker } from '../auth/useGebruiker';
import { AanmeldingBesluitFormulier } from '../components/AanmeldingBesluitFormulier';
import { Geschiedenis } from '../components/Geschiedenis';
import { leesMelding } from '../components/Melding';
import { StapFormulier } from '../components/StapFormulier';
import { StapPaneel } from '../components/StapPaneel';
import { StatusLabel } from '../components/StatusLabel';
import { ZaakLaden, type ZaakMeldingen } from '../components/ZaakLaden';
import type { StapFormulierProps } from '../stapDefinitie';
import { usePageTitle } from '../usePageTitle';

const MELDINGEN: ZaakMeldingen = {
  verouderd: 'De nieuwste gegevens van deze aanmelding konden niet worden geladen.',
  nietGevonden: 'Deze aanmelding bestaat niet, of u mag haar niet zien.',
  ongeldigAdres: 'Dit is geen geldig adres van een aanmelding.',
  geenToegang: 'U heeft geen toegang tot aanmeldingen.',
  mislukt: 'De aanmelding kon niet worden geladen.',
};

/** Where the school starts an arrangement or a TLV for the pupil of an aanmelding: the forms read these parameters. */
export const nieuwArrangementPad = (a: Aanmelding) => `/arrangementen/nieuw?leerlingId=${a.leerling.id}`;
export const nieuweTlvPad = (a: Aanmelding) => `/toelaatbaarheidsverklaringen/nieuw?leerling=${a.leerling.id}&vestiging=${a.vestiging}`;

/** /aanmeldingen/:id: one aanmelding, its term in plain Dutch, and the steps the school may take while it is open. */
export function AanmeldingPage() {
  const { id = '' } = useParams();
  const query = useAanmelding(id);
  usePageTitle(query.data ? `Aanmelding van ${query.data.leerling.naam}` : 'Aanmelding');
  return (
    <ZaakLaden query={query} titel="Aanmelding" meldingen={MELDINGEN}>
      {(aanmelding) => <AanmeldingDetails key={aanmelding.id} aanmelding={aanmelding} />}
    </ZaakLaden>
  );
}

function formulier(stap: AanmeldingStap, props: StapFormulierProps<Aanmelding>) {
  if (stap === 'besluit') return <AanmeldingBesluitFormulier {...props} />;
  return <StapFormulier {...props} definitie={AANMELDING_STAP_DEFINITIES[stap]} />;
}

function AanmeldingDetails({ aanmelding }: { aanmelding: Aanmelding }) {
  const location = useLocation();
  const { rollen } = useGebruiker();
  const school = behandeltAanmeldingen(rollen);
  const { besluit, verlenging } = aanmelding;
  return (
    <>
      <h1>Aanmelding van {aanmelding.leerling.naam}</h1>
      <p className="ondertitel">
        <StatusLabel status={aanmelding.status} naam={aanmeldingStatusNaam} /> · <Link to="/aanmeldingen">Alle aanmeldingen</Link>
      </p>
      <p className="termijn">
        <strong>{termijnRegel(aanmelding, vandaagIso())}</strong>
        {aanmelding.verlopen && <span className="verlopen">Verlopen</span>}
      </p>

      {school && (
        <StapPaneel
          zaak={aanmelding}
          behandeling={AANMELDING_BEHANDELING}
          stappen={aanmelding.toegestaneStappen.filter(isAanmeldingPaneelStap)}
          titel={aanmeldingStapTitel}
          beginmelding={leesMelding(location.state)}
          formulier={formulier}
        />
      )}

      <section aria-labelledby="samenvatting" className="sectie">
        <h2 id="samenvatting">Samenvatting</h2>
        <dl className="gegevens">
          <dt>Leerling</dt>
          <dd>
            <Link to={`/leerlingen/${aanmelding.leerling.id}`}>{aanmelding.leerling.naam}</Link>
          </dd>
          <dt>School</dt>
          <dd>
            {aanmelding.schoolNaam} ({aanmelding.vestiging})
          </dd>
          <dt>Ontvangen op</dt>
          <dd>{datumTekst(aanmelding.ontvangenOp)}</dd>
          <dt>Ouders verwachten extra ondersteuning</dt>
          <dd>{aanmelding.ouderVerwachtExtraOndersteuning ? 'Ja' : 'Nee'}</dd>
          <dt>Gewenste startdatum</dt>
          <dd>{datumTekst(aanmelding.gewensteStartdatum)}</dd>
          <dt>Schooljaar</dt>
          <dd>{aanmelding.schooljaar}</dd>
          <dt>Status</dt>
          <dd>{aanmeldingStatusNaam(aanmelding.status)}</dd>
          <dt>Zorgplicht</dt>
          <dd>{aanmelding.zorgplicht ? 'Ja' : naam(GEEN_ZORGPLICHT, aanmelding.geenZorgplicht ?? 'cluster-1-2')}</dd>
          {aanmelding.ingetrokkenOp && (
            <>
              <dt>Ingetrokken op</dt>
              <dd>{datumTekst(aanmelding.ingetrokkenOp)}</dd>
            </>
          )}
        </dl>
      </section>

      {verlenging && (
        <section aria-labelledby="verlenging" className="sectie">
          <h2 id="verlenging">Verlenging</h2>
          <dl className="gegevens">
            <dt>Reden</dt>
            <dd className="tekst">{verlenging.reden}</dd>
            <dt>Ouders geïnformeerd op</dt>
            <dd>{datumTekst(verlenging.oudersGeinformeerdOp)}</dd>
            <dt>Vastgelegd</dt>
            <dd>
              {tijdstipTekst(verlenging.vastgelegdOp)} door {verlenging.door.naam}
            </dd>
          </dl>
        </section>
      )}

      {besluit && (
        <section aria-labelledby="besluit" className="sectie">
          <h2 id="besluit">Besluit</h2>
          <dl className="gegevens">
            <dt>Uitkomst</dt>
            <dd>{naam(TOELATINGSUITKOMSTEN, besluit.uitkomst)}</dd>
            <dt>Datum van het besluit</dt>
            <dd>{datumTekst(besluit.besluitdatum)}</dd>
            {besluit.andereSchool && (
              <>
                <dt>School die de leerling toelaat</dt>
                <dd>
                  {besluit.andereSchool.naam} ({besluit.andereSchool.vestiging}), akkoord op {datumTekst(besluit.andereSchool.akkoordOp)}
                  {besluit.inOverlegMetOuders && ', in overleg met de ouders'}
                </dd>
              </>
            )}
            {besluit.reden && (
              <>
                <dt>Reden</dt>
                <dd className="tekst">{besluit.reden}</dd>
              </>
            )}
            <dt>Vastgelegd</dt>
            <dd>
              {tijdstipTekst(besluit.vastgelegdOp)} door {besluit.door.naam}
            </dd>
          </dl>
        </section>
      )}

      {school && (magArrangementAanvragen(rollen) || magTlvAanvragen(rollen)) && (
        <section aria-labelledby="aanvragen" className="sectie">
          <h2 id="aanvragen">Ondersteuning aanvragen</h2>
          <p>Heeft de leerling extra ondersteuning nodig? Start een aanvraag voor deze leerling en deze school.</p>
          <p className="knoppen">
            {magArrangementAanvragen(rollen) && (
              <Link to={nieuwArrangementPad(aanmelding)} className="button">
                Arrangement aanvragen
              </Link>
            )}
            {magTlvAanvragen(rollen) && (
              <Link to={nieuweTlvPad(aanmelding)} className="button button--secundair">
                TLV aanvragen
              </Link>
            )}
          </p>
        </section>
      )}

      <Geschiedenis geschiedenis={aanmelding.geschiedenis} actieNaam={aanmeldingGebeurtenisNaam} label="Geschiedenis van de aanmelding" />
    </>
  );
}
