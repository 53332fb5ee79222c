import { Link, useLocation, useParams } from 'react-router';
import { useArrangementen } from '../api/arrangementen';
import { useSchoolNamen } from '../api/scholen';
import { useTlv, type Deskundigenadvies, type Tlv } from '../api/toelaatbaarheidsverklaringen';
import { datumTekst } from '../aanbiederWeergave';
import { keuzes, soortNaam } from '../arrangementLabels';
import { tijdstipTekst } from '../arrangementWeergave';
import { leestOrganisaties, leestZaakdocumenten, magDocumentenToevoegen, werktMetArrangementen } from '../auth/rollen';
import { useGebruiker } from '../auth/useGebruiker';
import { disciplineTekst } from '../deskundigeWeergave';
import { AfdrukKnop } from '../components/AfdrukKnop';
import { AfgedruktOp } from '../components/AfgedruktOp';
import { BeschikkingKnoppen } from '../components/BeschikkingKnoppen';
import { Geschiedenis } from '../components/Geschiedenis';
import { IvoWeergave } from '../components/IvoWeergave';
import { LeerlingDocumenten } from '../components/LeerlingDocumenten';
import { ZaakTermijnen } from '../components/ZaakTermijnen';
import { leesMelding } from '../components/Melding';
import { StatusLabel } from '../components/StatusLabel';
import { ZaakLaden, type ZaakMeldingen } from '../components/ZaakLaden';
import { TlvActies } from '../components/TlvActies';
import { TlvBezwaarTijdlijn } from '../components/TlvBezwaarTijdlijn';
import { ADVIESPLEKKEN, adviesplekNaam, categorieNaam, tlvGebeurtenisNaam, tlvSoortNaam, tlvStatusNaam } from '../tlvLabels';
import { soortEnCategorie, tlvPeriode } from '../tlvWeergave';
import { usePageTitle } from '../usePageTitle';

const MELDINGEN: ZaakMeldingen = {
  verouderd: 'De nieuwste gegevens van deze toelaatbaarheidsverklaring konden niet worden geladen.',
  nietGevonden: 'Deze toelaatbaarheidsverklaring bestaat niet, of u mag haar niet zien.',
  ongeldigAdres: 'Dit is geen geldig adres van een toelaatbaarheidsverklaring.',
  geenToegang: 'U heeft geen toegang tot toelaatbaarheidsverklaringen.',
  mislukt: 'De toelaatbaarheidsverklaring kon niet worden geladen.',
};

/** /toelaatbaarheidsverklaringen/:id: one TLV in readable sections, with the steps the person may take now. */
export function TlvPage() {
  const { id = '' } = useParams();
  const query = useTlv(id);
  usePageTitle(query.data ? `TLV voor ${query.data.leerling.naam}` : 'Toelaatbaarheidsverklaring');

  return (
    <ZaakLaden query={query} titel="Toelaatbaarheidsverklaring" meldingen={MELDINGEN}>
      {(tlv) => <TlvDetails key={tlv.id} tlv={tlv} />}
    </ZaakLaden>
  );
}

const tlvPad = (id: string) => `/toelaatbaarheidsverklaringen/${id}`;

function TlvDetails({ tlv }: { tlv: Tlv }) {
  const location = useLocation();
  const gebruiker = useGebruiker();
  const { rollen } = gebruiker;
  // A deskundige reads the TLV's they advise on, not the schools or pupils of the samenwerkingsverband.
  const schoolNaam = useSchoolNamen(leestOrganisaties(rollen));
  const metLeerling = werktMetArrangementen(rollen);
  const { leerling, beoogdeSchool } = tlv;
  return (
    <>
      <AfgedruktOp />
      <div className="paginakop">
        <h1>TLV voor {leerling.naam}</h1>
        <AfdrukKnop />
      </div>
      <p className="ondertitel">
        {tlvSoortNaam(tlv.soort)} · <StatusLabel status={tlv.status} naam={tlvStatusNaam} />
        <span className="geen-afdruk">
          {' '}
          · <Link to="/toelaatbaarheidsverklaringen">Alle toelaatbaarheidsverklaringen</Link>
        </span>
      </p>

      <TlvActies tlv={tlv} beginmelding={leesMelding(location.state)} />

      <section aria-labelledby="samenvatting" className="sectie">
        <h2 id="samenvatting">Samenvatting</h2>
        <dl className="gegevens">
          <dt>Leerling</dt>
          <dd>
            {metLeerling ? <Link to={`/leerlingen/${leerling.id}`}>{leerling.naam}</Link> : leerling.naam}, geboren{' '}
            {datumTekst(leerling.geboortedatum)}
          </dd>
          <dt>Status</dt>
          <dd>{tlvStatusNaam(tlv.status)}</dd>
          <dt>Soort</dt>
          <dd>{tlvSoortNaam(tlv.soort)}</dd>
          <dt>Bekostigingscategorie</dt>
          <dd>{categorieNaam(tlv.categorie)}</dd>
          <dt>Gevraagde periode</dt>
          <dd>{tlvPeriode(tlv.gevraagdeIngangsdatum, tlv.gevraagdeEinddatum)}</dd>
          <dt>Beoogde school</dt>
          <dd>
            {beoogdeSchool.naam} (BRIN {beoogdeSchool.vestiging.slice(0, 4)}, vestiging {beoogdeSchool.vestiging.slice(4)}),{' '}
            {beoogdeSchool.inSamenwerkingsverband ? 'binnen het samenwerkingsverband' : 'buiten het samenwerkingsverband'}
          </dd>
          <dt>Aanvragende school</dt>
          <dd>{schoolNaam(tlv.vestiging)}</dd>
          <dt>Aangevraagd op</dt>
          <dd>{tijdstipTekst(tlv.aangevraagdOp)}</dd>
          <dt>Behandeldeadline</dt>
          <dd>{datumTekst(tlv.behandeldeadline)}</dd>
          {tlv.beschikkingsnummer && (
            <>
              <dt>Beschikkingsnummer</dt>
              <dd>{tlv.beschikkingsnummer}</dd>
            </>
          )}
          {tlv.toelaatbaar != null && (
            <>
              <dt>Besloten</dt>
              <dd>{tlv.toelaatbaar ? `Toelaatbaar, ${tlvPeriode(tlv.ingangsdatum, tlv.einddatum).toLowerCase()}` : 'Niet toelaatbaar'}</dd>
            </>
          )}
          <Datum term="Bekendgemaakt op" datum={tlv.bekendgemaaktOp} />
          <Datum term="Einde bezwaartermijn" datum={tlv.eindeBezwaartermijn} />
          <Datum term="Ingeschreven op" datum={tlv.ingeschrevenOp} />
          <Datum term="Herindicatie vanaf" datum={tlv.herindicatieVanaf} />
          {tlv.redenIntrekking && (
            <>
              <dt>Reden van de intrekking</dt>
              <dd className="tekst">{tlv.redenIntrekking}</dd>
            </>
          )}
          {tlv.vorigeId && (
            <>
              <dt>Vorige TLV</dt>
              <dd>
                <Link to={tlvPad(tlv.vorigeId)}>Naar de vorige toelaatbaarheidsverklaring</Link>
              </dd>
            </>
          )}
          {tlv.opgevolgdDoorId && (
            <>
              <dt>Opvolgende TLV</dt>
              <dd>
                <Link to={tlvPad(tlv.opgevolgdDoorId)}>Naar de herindicatie</Link>
              </dd>
            </>
          )}
        </dl>
      </section>

      <Onderbouwing tlv={tlv} metArrangementen={metLeerling} />
      <Adviezen adviezen={tlv.adviezen} />
      <Besluit tlv={tlv} />
      {tlv.besluit && <TlvBezwaarTijdlijn tlv={tlv} />}
      {leestZaakdocumenten(gebruiker, tlv.vestiging) && <ZaakTermijnen zaak={{ soort: 'toelaatbaarheidsverklaring', id: tlv.id }} />}
      {leestZaakdocumenten(gebruiker, tlv.vestiging) && (
        <LeerlingDocumenten
          leerlingId={leerling.id}
          leerlingNaam={leerling.naam}
          zaak={{ soort: 'toelaatbaarheidsverklaring', id: tlv.id }}
          magToevoegen={magDocumentenToevoegen(rollen)}
        />
      )}
      <Geschiedenis geschiedenis={tlv.geschiedenis} actieNaam={tlvGebeurtenisNaam} label="Geschiedenis van de toelaatbaarheidsverklaring" />
    </>
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

function Onderbouwing({ tlv, metArrangementen }: { tlv: Tlv; metArrangementen: boolean }) {
  const { onderbouwing } = tlv;
  const gekoppeld = onderbouwing.arrangementen;
  // The names of the linked arrangementen come from the pupil's list; a deskundige reads no arrangementen.
  const lijst = useArrangementen({ leerlingId: tlv.leerling.id }, metArrangementen && gekoppeld.length > 0);
  const bekend = new Map((lijst.data?.pages.flatMap((pagina) => pagina.arrangementen) ?? []).map((a) => [a.id, a]));
  return (
    <section aria-labelledby="onderbouwing" className="sectie">
      <h2 id="onderbouwing">Onderbouwing</h2>
      <h3>Onderwijsbehoeften</h3>
      <IvoWeergave velden={onderbouwing.onderwijsbehoeften} />
      <h3>Wat de school deed</h3>
      <dl className="gegevens">
        <dt>Basisondersteuning</dt>
        <dd className="tekst">{onderbouwing.basisondersteuning}</dd>
        <dt>Extra ondersteuning</dt>
        <dd className="tekst">{onderbouwing.extraOndersteuning}</dd>
        <dt>Arrangementen</dt>
        <dd>
          {gekoppeld.length === 0 ? (
            'Geen arrangement gekoppeld'
          ) : (
            <ul>
              {gekoppeld.map((id, index) => {
                const arrangement = bekend.get(id);
                const naam = arrangement
                  ? `${soortNaam(arrangement.soort)}, ${tlvPeriode(arrangement.ingangsdatum, arrangement.einddatum).toLowerCase()}`
                  : `Arrangement ${index + 1}`;
                return <li key={id}>{metArrangementen ? <Link to={`/arrangementen/${id}`}>{naam}</Link> : naam}</li>;
              })}
            </ul>
          )}
        </dd>
      </dl>
      <h3>Visie van ouders en leerling</h3>
      <dl className="gegevens">
        <dt>Visie van de ouders</dt>
        <dd className="tekst">{onderbouwing.visieOuders}</dd>
        <dt>Visie van de leerling</dt>
        <dd className="tekst">{onderbouwing.visieLeerling}</dd>
      </dl>
    </section>
  );
}

/** Both advices side by side (stacked on a narrow screen): the commission weighs them together. */
function Adviezen({ adviezen }: { adviezen: readonly Deskundigenadvies[] }) {
  return (
    <section aria-labelledby="adviezen" className="sectie">
      <h2 id="adviezen">Deskundigenadviezen</h2>
      <div className="adviezen">
        {keuzes(ADVIESPLEKKEN).map(({ code: plek }) => {
          const advies = adviezen.find((a) => a.plek === plek);
          return (
            <article key={plek} className="advies" aria-labelledby={`advies-${plek}`}>
              <h3 id={`advies-${plek}`}>{adviesplekNaam(plek)}</h3>
              {advies ? <Advies advies={advies} /> : <p>Nog geen deskundige gevraagd.</p>}
            </article>
          );
        })}
      </div>
    </section>
  );
}

function Advies({ advies }: { advies: Deskundigenadvies }) {
  return (
    <dl className="gegevens">
      <dt>Deskundige</dt>
      <dd>{advies.naam}</dd>
      <dt>Discipline</dt>
      <dd>{disciplineTekst(advies.discipline)}</dd>
      <dt>Werkgever</dt>
      <dd>{advies.werkgever}</dd>
      {advies.registratie && (
        <>
          <dt>Registratie</dt>
          <dd>{advies.registratie}</dd>
        </>
      )}
      <dt>Gevraagd op</dt>
      <dd>{tijdstipTekst(advies.gevraagdOp)}</dd>
      {advies.uitgebracht ? (
        <>
          <dt>Uitgebracht op</dt>
          <dd>{advies.datum ? datumTekst(advies.datum) : advies.uitgebrachtOp ? tijdstipTekst(advies.uitgebrachtOp) : 'Onbekend'}</dd>
          <dt>Toelaatbaar</dt>
          <dd>{advies.toelaatbaar ? 'Ja' : 'Nee'}</dd>
          {advies.toelaatbaar && (
            <>
              <dt>Geadviseerd</dt>
              <dd>{soortEnCategorie(advies.soort, advies.categorie) || 'Geen soort of categorie genoemd'}</dd>
              <dt>Duur</dt>
              <dd>{advies.einddatum ? `Tot en met ${datumTekst(advies.einddatum)}` : 'De gebruikelijke duur'}</dd>
            </>
          )}
          <dt>Onderwijsbehoeften</dt>
          <dd className="tekst">{advies.motiveringOnderwijsbehoeften}</dd>
          <dt>Regulier onderwijs</dt>
          <dd className="tekst">{advies.motiveringRegulier}</dd>
          <dt>Beoogde school</dt>
          <dd className="tekst">{advies.motiveringBeoogdeSchool}</dd>
        </>
      ) : (
        <>
          <dt>Advies</dt>
          <dd>Nog niet uitgebracht</dd>
        </>
      )}
    </dl>
  );
}

function Besluit({ tlv }: { tlv: Tlv }) {
  const { besluit } = tlv;
  return (
    <section aria-labelledby="besluit" className="sectie">
      <h2 id="besluit">Besluit</h2>
      {besluit ? (
        <>
          <dl className="gegevens">
            <dt>Toelaatbaar</dt>
            <dd>{besluit.toelaatbaar ? 'Ja' : 'Nee'}</dd>
            {besluit.toelaatbaar && (
              <>
                <dt>Soort en categorie</dt>
                <dd>{soortEnCategorie(besluit.soort, besluit.categorie)}</dd>
                <dt>Periode</dt>
                <dd>{tlvPeriode(besluit.ingangsdatum, besluit.einddatum)}</dd>
              </>
            )}
            <dt>Beschikkingsnummer</dt>
            <dd>{besluit.beschikkingsnummer}</dd>
            <dt>Besluitdatum</dt>
            <dd>{datumTekst(besluit.besluitdatum)}</dd>
            <dt>Motivering</dt>
            <dd className="tekst">{besluit.motivering}</dd>
            {besluit.afwijkingVanAdvies && (
              <>
                <dt>Afwijking van het advies</dt>
                <dd className="tekst">{besluit.afwijkingVanAdvies}</dd>
              </>
            )}
            {besluit.redenAfwijkendeDuur && (
              <>
                <dt>Reden van de afwijkende duur</dt>
                <dd className="tekst">{besluit.redenAfwijkendeDuur}</dd>
              </>
            )}
            <dt>Vastgelegd door</dt>
            <dd>
              {besluit.door.naam}, {tijdstipTekst(besluit.vastgelegdOp)}
            </dd>
          </dl>
          <BeschikkingKnoppen tlv={tlv} />
        </>
      ) : (
        <p>Er is nog geen besluit.</p>
      )}
    </section>
  );
}
