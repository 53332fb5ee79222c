import { Link } from 'react-router';
import { useAuditRegels } from '../api/audit';
import { useGebruikers } from '../api/gebruikers';
import { useKoppelingen } from '../api/koppelingen';
import { useGebruiker } from '../auth/useGebruiker';
import { ProblemMessage } from '../components/ProblemMessage';
import { usePageTitle } from '../usePageTitle';
import { AuditTabel } from '../components/Auditlog';
import '../beheer.css';

const RECENT = { pageSize: 10 };

/** /beheer: where the swv-beheerder lands: accounts, koppelingen and the latest audit records at a glance. */
export function BeheerPage() {
  usePageTitle('Beheer');
  const { naam, samenwerkingsverband } = useGebruiker();

  return (
    <>
      <h1>Beheer</h1>
      <p>
        Welkom, {naam}. Hier beheert u de accounts en koppelingen van uw samenwerkingsverband
        {samenwerkingsverband ? ` (${samenwerkingsverband})` : ''} en ziet u wie welke gegevens heeft gelezen of
        gewijzigd.
      </p>
      <div className="overzicht">
        <Accounts />
        <Koppelingen />
      </div>
      <Recent />
      <section aria-labelledby="meer" className="sectie">
        <h2 id="meer">Ook beheren</h2>
        <ul>
          <li>
            <Link to="/indeling">Naam, regio&apos;s en lokale netwerken van het samenwerkingsverband</Link>
          </li>
          <li>
            <Link to="/organisaties">Een schoolbestuur of school registreren</Link>
          </li>
          <li>
            <Link to="/scholen">Scholen en hun ondersteuningsprofiel</Link>
          </li>
          <li>
            <Link to="/aanbieders">Aanbieders van onderwijsbegeleiding</Link>
          </li>
          <li>
            <Link to="/expertises">Expertises</Link>
          </li>
        </ul>
      </section>
    </>
  );
}

function Accounts() {
  const gebruikers = useGebruikers();
  const aantal = (status: string) => gebruikers.data?.filter((g) => g.status === status).length ?? 0;
  return (
    <section aria-labelledby="overzicht-accounts">
      <h2 id="overzicht-accounts">Accounts</h2>
      {gebruikers.isPending ? (
        <p role="status">Laden…</p>
      ) : gebruikers.isError ? (
        <ProblemMessage summary="De accounts konden niet worden geladen." error={gebruikers.error} />
      ) : (
        <dl className="gegevens">
          <dt>Actief</dt>
          <dd>{aantal('actief')}</dd>
          <dt>Wachten op activering</dt>
          <dd>{aantal('wacht-op-activering')}</dd>
          <dt>Gedeactiveerd</dt>
          <dd>{aantal('gedeactiveerd')}</dd>
        </dl>
      )}
      <p>
        <Link to="/gebruikers">Accounts beheren</Link>
      </p>
    </section>
  );
}

function Koppelingen() {
  const koppelingen = useKoppelingen();
  return (
    <section aria-labelledby="overzicht-koppelingen">
      <h2 id="overzicht-koppelingen">Koppelingen</h2>
      {koppelingen.isPending ? (
        <p role="status">Laden…</p>
      ) : koppelingen.isError ? (
        <ProblemMessage summary="De koppelingen konden niet worden geladen." error={koppelingen.error} />
      ) : (
        <dl className="gegevens">
          <dt>Actief</dt>
          <dd>{koppelingen.data.length}</dd>
          <dt>Met een geheim</dt>
          <dd>{koppelingen.data.filter((k) => k.authenticatie !== 'private_key_jwt').length}</dd>
          <dt>Met een eigen sleutel</dt>
          <dd>{koppelingen.data.filter((k) => k.authenticatie === 'private_key_jwt').length}</dd>
        </dl>
      )}
      <p>Geheimen verlopen niet vanzelf. Maak een nieuw geheim als het kwijt is of als iemand het kent die het niet mag kennen.</p>
      <p>
        <Link to="/koppelingen">Koppelingen beheren</Link>
      </p>
    </section>
  );
}

function Recent() {
  const regels = useAuditRegels(RECENT);
  const eerste = regels.data?.pages[0]?.regels ?? [];
  return (
    <section aria-labelledby="recent" className="sectie">
      <h2 id="recent">Laatste activiteit</h2>
      {regels.isPending ? (
        <p role="status">Laden…</p>
      ) : regels.isError ? (
        <ProblemMessage summary="Het auditlog kon niet worden geladen." error={regels.error} />
      ) : eerste.length === 0 ? (
        <p>Er staat nog niets in het auditlog.</p>
      ) : (
        <AuditTabel regels={eerste} kop="De 10 nieuwste regels van het auditlog" />
      )}
      <p>
        <Link to="/auditlog">Naar het hele auditlog</Link>
      </p>
    </section>
  );
}
