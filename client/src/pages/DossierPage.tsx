import { Alert, Heading } from '@utrecht/component-library-react';
import { Link, useLocation, useParams } from 'react-router';
import { useDossier, type Dossierimport } from '../api/dossiers';
import { ApiError } from '../api/problem';
import { useSchoolNamen } from '../api/scholen';
import { datumTekst } from '../aanbiederWeergave';
import { tijdstipTekst } from '../arrangementWeergave';
import { magBeschermdeGegevensOpenen } from '../auth/rollen';
import { useGebruiker } from '../auth/useGebruiker';
import { DossierBeschermdeGegevens } from '../components/DossierBeschermdeGegevens';
import { DossierGegevens, Verzorgers } from '../components/DossierGegevens';
import { DossierVerslag } from '../components/DossierVerslag';
import { leesMelding, Melding } from '../components/Melding';
import { ProblemMessage } from '../components/ProblemMessage';
import { StatusLabel } from '../components/StatusLabel';
import { akkoordNaam, dossierStatusNaam, overdrachtsprofielNaam } from '../dossierLabels';
import { usePageTitle } from '../usePageTitle';

/** /dossiers/:id: a received OSO dossier, what the parents said about it, its contents and the import's report. */
export function DossierPage() {
  const { id = '' } = useParams();
  const query = useDossier(id);
  usePageTitle(query.data ? `Overdrachtsdossier van ${query.data.leerlingNaam}` : 'Overdrachtsdossier');

  if (query.data) return <DossierDetails dossier={query.data} />;
  return (
    <>
      <h1>Overdrachtsdossier</h1>
      {query.isError ? (
        <>
          <ProblemMessage summary={samenvatting(query.error)} error={query.error} />
          <p>
            <Link to="/leerlingen">Terug naar de leerlingen</Link>
          </p>
        </>
      ) : (
        <p role="status">Laden…</p>
      )}
    </>
  );
}

function samenvatting(error: unknown): string {
  if (error instanceof ApiError && error.status === 404) return 'Dit dossier bestaat niet, of u mag het niet zien.';
  if (error instanceof ApiError && error.status === 403) return 'U heeft geen toegang tot dossiers.';
  return 'Het dossier kon niet worden geladen.';
}

function DossierDetails({ dossier }: { dossier: Dossierimport }) {
  const location = useLocation();
  const { rollen } = useGebruiker();
  const schoolNaam = useSchoolNamen();
  const naam = dossier.leerlingNaam;

  return (
    <>
      <h1>Overdrachtsdossier van {naam}</h1>
      <p className="ondertitel">
        <Link to={`/leerlingen/${dossier.leerlingId}`}>Naar de leerling {naam}</Link>
      </p>
      <Melding tekst={leesMelding(location.state)} />

      <Ouderinzage inzage={dossier.ouderinzage} />

      <section aria-labelledby="over-dossier" className="sectie">
        <h2 id="over-dossier">Over dit dossier</h2>
        <dl className="gegevens">
          <dt>Status</dt>
          <dd>
            <StatusLabel status={dossier.status} naam={dossierStatusNaam} />
          </dd>
          <dt>Soort dossier</dt>
          <dd>{overdrachtsprofielNaam(dossier.profiel)}</dd>
          <dt>Dossierdatum</dt>
          <dd>{datumTekst(dossier.dossierdatum)}</dd>
          <dt>Ontvangen</dt>
          <dd>{tijdstipTekst(dossier.ontvangen)}</dd>
          <dt>Aangeleverd door</dt>
          <dd>{dossier.aangeleverdDoor.naam}</dd>
          <dt>School</dt>
          <dd>{schoolNaam(dossier.vestiging)}</dd>
          <dt>Leerlingadministratie</dt>
          <dd>{dossier.pakket}</dd>
        </dl>
      </section>

      <Verzorgers verzorgers={dossier.verzorgers} naam={naam} />
      <DossierGegevens gegevens={dossier.gegevens} naam={naam} />

      {dossier.heeftBeschermdeGegevens && magBeschermdeGegevensOpenen(rollen) ? (
        <DossierBeschermdeGegevens dossierimportId={dossier.id} naam={naam} />
      ) : (
        <section aria-labelledby="beschermde-gegevens" className="sectie">
          <h2 id="beschermde-gegevens">Diagnoses en medicijngebruik</h2>
          <p>
            {dossier.heeftBeschermdeGegevens
              ? 'Dit dossier bevat ook diagnoses of gegevens over medicijngebruik. Alleen een medewerker van het samenwerkingsverband kan die openen.'
              : 'Dit dossier bevat geen diagnoses en geen gegevens over medicijngebruik.'}
          </p>
        </section>
      )}

      <DossierVerslag verslag={dossier.verslag} />
    </>
  );
}

/** What the parents said about the dossier, at the top: a disagreement is a warning nobody reading the dossier misses. */
function Ouderinzage({ inzage }: { inzage: Dossierimport['ouderinzage'] }) {
  return (
    <section aria-labelledby="ouderinzage" className="sectie">
      <h2 id="ouderinzage">Inzage door de ouders</h2>
      {inzage?.heeftBezwaar && (
        <Alert type="warning" className="bezwaar-ouders">
          <Heading level={3}>De ouders zijn het niet eens met dit dossier</Heading>
          <p>{inzage.redenNietAkkoord ? `Hun reden: ${inzage.redenNietAkkoord}` : 'Het dossier noemt geen reden.'}</p>
        </Alert>
      )}
      {inzage === undefined ? (
        <p>Het dossier zegt niet of de ouders het hebben ingezien.</p>
      ) : (
        <>
          <p>{inzageTekst(inzage)}</p>
          <dl className="gegevens">
            <dt>Akkoord met de inhoud</dt>
            <dd>{inzage.akkoord ? akkoordNaam(inzage.akkoord) : 'Niet vermeld'}</dd>
            <dt>Toestemming voor de overdracht</dt>
            <dd>{inzage.toestemming ? akkoordNaam(inzage.toestemming) : 'Niet vermeld'}</dd>
          </dl>
        </>
      )}
    </section>
  );
}

function inzageTekst(inzage: NonNullable<Dossierimport['ouderinzage']>): string {
  const voorlopig = inzage.voorlopigDossier ? 'Dit is een voorlopig dossier. ' : '';
  if (inzage.ingezien === true) {
    return `${voorlopig}De ouders hebben het dossier ingezien${inzage.inzagedatum ? ` op ${datumTekst(inzage.inzagedatum)}` : ''}.`;
  }
  if (inzage.ingezien === false) return `${voorlopig}De ouders hebben het dossier niet ingezien.`;
  return `${voorlopig}Het dossier zegt niet of de ouders het hebben ingezien.`;
}
