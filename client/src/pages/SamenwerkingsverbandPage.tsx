import { useState, type FormEvent } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import {
  useBeheerders,
  useMaakEersteBeheerder,
  useSamenwerkingsverband,
  useVernieuwActivatiecode,
  useWijzigStatus,
  type Tenant,
} from '../api/samenwerkingsverbanden';
import type { NieuweGebruiker } from '../api/gebruikers';
import { AccountTabel, NieuweCodeKnop } from '../components/AccountTabel';
import { Activeringscode } from '../components/Activeringscode';
import { Melding, leesMelding } from '../components/Melding';
import { ProblemMessage } from '../components/ProblemMessage';
import { Veld } from '../components/Veld';
import { laatsteActiviteitTekst, sectorTekst, tenantStatusTekst } from '../tenantWeergave';
import { usePageTitle } from '../usePageTitle';

/** /samenwerkingsverbanden/:code: one tenant, its beheerders, and suspending or reactivating it. */
export function SamenwerkingsverbandPage() {
  const { code = '' } = useParams();
  const tenant = useSamenwerkingsverband(code);
  const location = useLocation();
  const [melding, setMelding] = useState(leesMelding(location.state));
  usePageTitle(tenant.data?.naam ?? 'Samenwerkingsverband');

  return (
    <>
      <p>
        <Link to="/samenwerkingsverbanden">Alle samenwerkingsverbanden</Link>
      </p>
      {tenant.isPending ? (
        <p role="status">Laden…</p>
      ) : tenant.isError ? (
        <>
          <h1>Samenwerkingsverband</h1>
          <ProblemMessage summary="Dit samenwerkingsverband kon niet worden geladen." error={tenant.error} />
        </>
      ) : (
        <>
          <h1>{tenant.data.naam}</h1>
          <Melding tekst={melding} />
          <dl className="gegevens">
            <dt>Code</dt>
            <dd>
              <code>{tenant.data.code}</code>
            </dd>
            <dt>Sector</dt>
            <dd>{sectorTekst(tenant.data.sector)}</dd>
            <dt>Status</dt>
            <dd>{tenantStatusTekst(tenant.data.status)}</dd>
            <dt>Actieve accounts</dt>
            <dd>{tenant.data.accountsActief}</dd>
            <dt>Accounts die wachten op activering</dt>
            <dd>{tenant.data.accountsWachtOpActivering}</dd>
            <dt>Koppelingen</dt>
            <dd>{tenant.data.koppelingen}</dd>
            <dt>Laatste activiteit</dt>
            <dd>{laatsteActiviteitTekst(tenant.data.laatsteActiviteit)}</dd>
          </dl>
          <Beheerders code={tenant.data.code} />
          <EersteBeheerder code={tenant.data.code} />
          <Status tenant={tenant.data} onKlaar={setMelding} />
        </>
      )}
    </>
  );
}

function EersteBeheerder({ code }: { code: string }) {
  const maak = useMaakEersteBeheerder(code);
  const [email, setEmail] = useState('');
  const [naam, setNaam] = useState('');
  const [nieuw, setNieuw] = useState<NieuweGebruiker>();

  function verstuur(event: FormEvent) {
    event.preventDefault();
    maak.mutate({ email, naam }, { onSuccess: setNieuw });
  }

  return (
    <section aria-labelledby="eerste-beheerder" className="sectie">
      <h2 id="eerste-beheerder">Eerste beheerder aanmaken</h2>
      {nieuw ? (
        <Activeringscode nieuw={nieuw} />
      ) : (
        <form aria-labelledby="eerste-beheerder" className="formulier" onSubmit={verstuur} noValidate>
          <p>De eerste beheerder maakt daarna zelf de andere accounts en koppelingen van het samenwerkingsverband aan.</p>
          {maak.isError && <ProblemMessage summary="De beheerder is niet aangemaakt." error={maak.error} />}
          <Veld label="E-mailadres">
            {(invoer) => <input {...invoer} type="email" value={email} onChange={(e) => setEmail(e.target.value)} autoComplete="off" />}
          </Veld>
          <Veld label="Naam">{(invoer) => <input {...invoer} value={naam} onChange={(e) => setNaam(e.target.value)} autoComplete="off" />}</Veld>
          <div className="knoppen">
            <button type="submit" className="button" disabled={maak.isPending}>
              Beheerder aanmaken
            </button>
          </div>
        </form>
      )}
    </section>
  );
}

function Beheerders({ code }: { code: string }) {
  const beheerders = useBeheerders(code);
  const vernieuw = useVernieuwActivatiecode(code);
  const [nieuw, setNieuw] = useState<NieuweGebruiker>();

  return (
    <section aria-labelledby="beheerders" className="sectie">
      <h2 id="beheerders">Beheerders</h2>
      {beheerders.isPending ? (
        <p role="status">Laden…</p>
      ) : beheerders.isError ? (
        <ProblemMessage summary="De beheerders konden niet worden geladen." error={beheerders.error} />
      ) : beheerders.data.length === 0 ? (
        <p>Dit samenwerkingsverband heeft nog geen beheerder.</p>
      ) : (
        <AccountTabel
          gebruikers={beheerders.data}
          label="Beheerders van dit samenwerkingsverband"
          acties={(beheerder) => (
            <NieuweCodeKnop
              gebruiker={beheerder}
              bezig={vernieuw.isPending}
              onClick={() => vernieuw.mutate(beheerder.id, { onSuccess: setNieuw })}
            />
          )}
        />
      )}
      {vernieuw.isError && <ProblemMessage summary="Er is geen nieuwe activeringscode gemaakt." error={vernieuw.error} />}
      {nieuw && <Activeringscode nieuw={nieuw} vervangt />}
    </section>
  );
}

function Status({ tenant, onKlaar }: { tenant: Tenant; onKlaar: (melding: string) => void }) {
  const wijzig = useWijzigStatus(tenant);
  const [bevestigen, setBevestigen] = useState(false);
  const opgeschort = tenant.status === 'opgeschort';
  const actie = opgeschort ? 'Weer activeren' : 'Opschorten';

  return (
    <section aria-labelledby="status" className="sectie">
      <h2 id="status">{actie}</h2>
      <p>
        {opgeschort
          ? 'Na weer activeren kunnen de accounts en koppelingen van dit samenwerkingsverband weer inloggen.'
          : 'Na opschorten stoppen meteen alle inlogsessies en tokens van dit samenwerkingsverband, en kan niemand ervan inloggen. De gegevens blijven bewaard.'}
      </p>
      {wijzig.isError && <ProblemMessage summary="De status is niet gewijzigd." error={wijzig.error} />}
      {bevestigen ? (
        <div className={opgeschort ? 'paneel' : 'paneel paneel--gevaar'} role="group" aria-labelledby="bevestig">
          <p id="bevestig">
            Weet u zeker dat u {tenant.naam} wilt {opgeschort ? 'weer activeren' : 'opschorten'}?
          </p>
          <div className="knoppen">
            <button
              type="button"
              className={opgeschort ? 'button' : 'button button--gevaar'}
              disabled={wijzig.isPending}
              onClick={() =>
                wijzig.mutate(opgeschort ? 'heractiveren' : 'opschorten', {
                  onSuccess: (nieuw) => {
                    setBevestigen(false);
                    onKlaar(`${nieuw.naam} is ${nieuw.status === 'opgeschort' ? 'opgeschort' : 'weer actief'}.`);
                  },
                })
              }
            >
              Ja, {actie.toLowerCase()}
            </button>
            <button type="button" className="button button--secundair" onClick={() => setBevestigen(false)}>
              Annuleren
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className={opgeschort ? 'button' : 'button button--gevaar'} onClick={() => setBevestigen(true)}>
          {actie}
        </button>
      )}
    </section>
  );
}
