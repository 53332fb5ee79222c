import { Link, useParams } from 'react-router';
import { useOpp, type Opp, type OppVersie } from '../api/ontwikkelingsperspectiefplannen';
import { useSchoolNamen } from '../api/scholen';
import { datumTekst } from '../aanbiederWeergave';
import { AfdrukKnop } from '../components/AfdrukKnop';
import { AfgedruktOp } from '../components/AfgedruktOp';
import { OppInhoudWeergave } from '../components/OppInhoudWeergave';
import { ZaakLaden, type ZaakMeldingen } from '../components/ZaakLaden';
import { aanleidingNaam, oppStatusNaam, versiestatusNaam } from '../oppLabels';
import { heeftInstemming, instemmingTekst } from '../oppWeergave';
import { SOORT_LABELS } from '../schoolWeergave';
import { usePageTitle } from '../usePageTitle';
import './OppAfdrukPage.css';

const MELDINGEN: ZaakMeldingen = {
  verouderd: 'De nieuwste gegevens van dit ontwikkelingsperspectiefplan konden niet worden geladen.',
  nietGevonden: 'Dit ontwikkelingsperspectiefplan bestaat niet, of u mag het niet zien.',
  ongeldigAdres: 'Dit is geen geldig adres van een ontwikkelingsperspectiefplan.',
  geenToegang: 'U heeft geen toegang tot ontwikkelingsperspectiefplannen.',
  mislukt: 'Het ontwikkelingsperspectiefplan kon niet worden geladen.',
};

/**
 * /ontwikkelingsperspectiefplannen/:id/versies/:nummer/afdrukken: one version of an OPP as a document for the dossier
 * or for signing on paper: pupil and school, the content, overleg, hoorrecht and the ouders' instemming, with lines to
 * sign while the ouders have not agreed to this version's handelingsdeel. The print style sheet leaves out the rest.
 */
export function OppAfdrukPage() {
  const { id = '', nummer = '' } = useParams();
  const query = useOpp(id);
  usePageTitle(query.data ? `Ontwikkelingsperspectiefplan van ${query.data.leerlingNaam}, versie ${nummer}` : 'Ontwikkelingsperspectiefplan');
  return (
    <ZaakLaden query={query} titel="Ontwikkelingsperspectiefplan" meldingen={MELDINGEN}>
      {(opp) => {
        const versie = opp.versies.find((v) => String(v.nummer) === nummer);
        return versie ? <Afdruk opp={opp} versie={versie} /> : <OnbekendeVersie opp={opp} nummer={nummer} />;
      }}
    </ZaakLaden>
  );
}

function OnbekendeVersie({ opp, nummer }: { opp: Opp; nummer: string }) {
  return (
    <>
      <h1>Ontwikkelingsperspectiefplan van {opp.leerlingNaam}</h1>
      <p>Dit plan heeft geen versie {nummer}.</p>
      <p>
        <Link to={`/ontwikkelingsperspectiefplannen/${opp.id}`}>Naar het plan</Link>
      </p>
    </>
  );
}

function Afdruk({ opp, versie }: { opp: Opp; versie: OppVersie }) {
  const schoolNaam = useSchoolNamen();
  return (
    <>
      <AfgedruktOp />
      <div className="paginakop">
        <h1>Ontwikkelingsperspectiefplan van {opp.leerlingNaam}</h1>
        <AfdrukKnop />
      </div>
      <p className="ondertitel">
        Versie {versie.nummer} · {versiestatusNaam(versie.status)}
        <span className="geen-afdruk">
          {' '}
          · <Link to={`/ontwikkelingsperspectiefplannen/${opp.id}`}>Terug naar het plan</Link>
        </span>
      </p>

      <section aria-labelledby="afdruk-gegevens" className="sectie">
        <h2 id="afdruk-gegevens">Leerling en school</h2>
        <dl className="gegevens">
          <dt>Leerling</dt>
          <dd>{opp.leerlingNaam}</dd>
          <dt>School</dt>
          <dd>{schoolNaam(opp.vestiging)}</dd>
          <dt>Soort school</dt>
          <dd>{SOORT_LABELS[opp.soortSchool]}</dd>
          <dt>Aanleiding</dt>
          <dd>{aanleidingNaam(opp.aanleiding)}</dd>
          <dt>Startdatum</dt>
          <dd>{datumTekst(opp.startdatum)}</dd>
          <dt>Status van het plan</dt>
          <dd>{oppStatusNaam(opp.status)}</dd>
          <dt>Versie</dt>
          <dd>
            Versie {versie.nummer}: {versiestatusNaam(versie.status).toLowerCase()}
          </dd>
          <dt>Vastgesteld</dt>
          <dd>
            {versie.vastgesteldOp
              ? `${datumTekst(versie.vastgesteldOp)}${versie.vastgesteldDoor ? ` door ${versie.vastgesteldDoor.naam}` : ''}`
              : 'Nog niet vastgesteld'}
          </dd>
          <dt>Handelingsdeel vastgesteld</dt>
          <dd>{versie.handelingsdeelVastgesteld ? 'Ja' : 'Nee'}</dd>
        </dl>
      </section>

      <section aria-labelledby="afdruk-inhoud" className="sectie">
        <h2 id="afdruk-inhoud">Inhoud van het plan</h2>
        <OppInhoudWeergave inhoud={versie.inhoud} />
      </section>

      <section aria-labelledby="afdruk-overleg" className="sectie">
        <h2 id="afdruk-overleg">Overleg met de ouders</h2>
        {versie.overleg ? (
          <dl className="gegevens">
            <dt>Datum</dt>
            <dd>{datumTekst(versie.overleg.datum)}</dd>
            <dt>Deelnemers</dt>
            <dd className="tekst">{versie.overleg.deelnemers}</dd>
            <dt>Uitkomst</dt>
            <dd className="tekst">{versie.overleg.uitkomst}</dd>
          </dl>
        ) : (
          <p className="niet-ingevuld">Nog niet vastgelegd</p>
        )}
      </section>

      <section aria-labelledby="afdruk-hoorrecht" className="sectie">
        <h2 id="afdruk-hoorrecht">Hoorrecht van de leerling</h2>
        {versie.hoorrecht ? (
          <dl className="gegevens">
            <dt>Gehoord</dt>
            <dd>
              {versie.hoorrecht.gehoord
                ? `Ja${versie.hoorrecht.datum ? `, op ${datumTekst(versie.hoorrecht.datum)}` : ''}`
                : 'Nee'}
            </dd>
            <dt>{versie.hoorrecht.gehoord ? 'Samenvatting' : 'Reden'}</dt>
            <dd className="tekst">{versie.hoorrecht.toelichting}</dd>
          </dl>
        ) : (
          <p className="niet-ingevuld">Nog niet vastgelegd</p>
        )}
      </section>

      <section aria-labelledby="afdruk-instemming" className="sectie">
        <h2 id="afdruk-instemming">Instemming van de ouders</h2>
        <p>{instemmingTekst(versie.instemming)}</p>
      </section>

      {!heeftInstemming(versie) && <Ondertekening versie={versie} />}
    </>
  );
}

function Ondertekening({ versie }: { versie: OppVersie }) {
  const blok = (wie: string) => (
    <div className="ondertekening__blok">
      <h3>{wie}</h3>
      <dl>
        {['Naam', 'Datum', 'Handtekening'].map((regel) => (
          <div key={regel} className="ondertekening__regel">
            <dt>{regel}</dt>
            <dd />
          </div>
        ))}
      </dl>
    </div>
  );
  return (
    <section aria-labelledby="afdruk-ondertekening" className="sectie ondertekening">
      <h2 id="afdruk-ondertekening">Ondertekening</h2>
      <p>
        Met hun handtekening stemmen de ouders in met het handelingsdeel van versie {versie.nummer} van dit plan: de doelen,
        de ondersteuning, de evaluatiemomenten en het plan van aanpak.
      </p>
      <div className="ondertekening__blokken">
        {blok('Ouders of verzorgers')}
        {blok('School')}
      </div>
    </section>
  );
}
