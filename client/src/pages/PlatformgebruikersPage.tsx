import { useState, type FormEvent } from 'react';
import type { Gebruiker, NieuweGebruiker } from '../api/gebruikers';
import {
  useDeactiveerPlatformgebruiker,
  useMaakPlatformgebruiker,
  usePlatformgebruikers,
  useVernieuwPlatformActivatiecode,
} from '../api/platformgebruikers';
import { PLATFORM_BEHEERDER, REGISTER_BEHEERDER, rolNaam } from '../auth/rollen';
import { useGebruiker } from '../auth/useGebruiker';
import { AccountTabel, NieuweCodeKnop } from '../components/AccountTabel';
import { Activeringscode } from '../components/Activeringscode';
import { Melding } from '../components/Melding';
import { ProblemMessage } from '../components/ProblemMessage';
import { Veld } from '../components/Veld';
import { usePageTitle } from '../usePageTitle';

type Platformrol = typeof PLATFORM_BEHEERDER | typeof REGISTER_BEHEERDER;

/** /platform-gebruikers: the platform's own accounts, for the platform-beheerder. */
export function PlatformgebruikersPage() {
  usePageTitle('Accounts van het platform');
  const gebruikers = usePlatformgebruikers();
  const vernieuw = useVernieuwPlatformActivatiecode();
  const [code, setCode] = useState<{ nieuw: NieuweGebruiker; vervangt: boolean }>();
  const [melding, setMelding] = useState<string>();

  return (
    <>
      <h1>Accounts van het platform</h1>
      <p>
        Beheerders van het platform richten de installatie in en helpen samenwerkingsverbanden op weg. Beheerders van het
        landelijke register houden de onderwijsbegeleidingsaanbieders bij. Geen van beiden ziet gegevens van leerlingen of
        van een samenwerkingsverband.
      </p>
      <Melding tekst={melding} />
      {/* The form comes before the list, which shows every account unpaged: someone who uses the keyboard reaches it
          without tabbing past two buttons of every account there is. */}
      <NieuwAccount onGemaakt={(nieuw) => setCode({ nieuw, vervangt: false })} />
      <section aria-labelledby="accounts" className="sectie">
        <h2 id="accounts">Accounts</h2>
        {code && <Activeringscode nieuw={code.nieuw} vervangt={code.vervangt} />}
        {vernieuw.isError && <ProblemMessage summary="Er is geen nieuwe activeringscode gemaakt." error={vernieuw.error} />}
        {gebruikers.isPending ? (
          <p role="status">Laden…</p>
        ) : gebruikers.isError ? (
          <ProblemMessage summary="De accounts konden niet worden geladen." error={gebruikers.error} />
        ) : (
          <AccountTabel
            gebruikers={gebruikers.data}
            label="Accounts van het platform"
            acties={(gebruiker) => (
              <>
                <NieuweCodeKnop
                  gebruiker={gebruiker}
                  bezig={vernieuw.isPending}
                  onClick={() => vernieuw.mutate(gebruiker.id, { onSuccess: (nieuw) => setCode({ nieuw, vervangt: true }) })}
                />
                {gebruiker.status !== 'gedeactiveerd' && <Deactiveren gebruiker={gebruiker} onKlaar={setMelding} />}
              </>
            )}
          />
        )}
      </section>
    </>
  );
}

function Deactiveren({ gebruiker, onKlaar }: { gebruiker: Gebruiker; onKlaar: (melding: string) => void }) {
  const { id } = useGebruiker();
  const deactiveer = useDeactiveerPlatformgebruiker();
  const [bevestigen, setBevestigen] = useState(false);
  if (gebruiker.id === id) {
    return null;
  }

  return bevestigen ? (
    <div className="paneel paneel--gevaar" role="group" aria-label={`Deactiveren van ${gebruiker.naam} bevestigen`}>
      <p>{gebruiker.naam} kan daarna niet meer inloggen; alle sessies stoppen meteen.</p>
      {deactiveer.isError && <ProblemMessage summary="Het account is niet gedeactiveerd." error={deactiveer.error} />}
      <div className="knoppen">
        <button
          type="button"
          className="button button--gevaar"
          disabled={deactiveer.isPending}
          onClick={() => deactiveer.mutate(gebruiker.id, { onSuccess: (gesloten) => onKlaar(`${gesloten.naam} is gedeactiveerd.`) })}
        >
          Ja, deactiveren
        </button>
        <button type="button" className="button button--secundair" onClick={() => setBevestigen(false)}>
          Annuleren
        </button>
      </div>
    </div>
  ) : (
    <button type="button" className="button button--secundair" aria-label={`Deactiveren ${gebruiker.naam}`} onClick={() => setBevestigen(true)}>
      Deactiveren
    </button>
  );
}

function NieuwAccount({ onGemaakt }: { onGemaakt: (nieuw: NieuweGebruiker) => void }) {
  const maak = useMaakPlatformgebruiker();
  const [email, setEmail] = useState('');
  const [naam, setNaam] = useState('');
  const [rol, setRol] = useState<Platformrol>(REGISTER_BEHEERDER);

  function verstuur(event: FormEvent) {
    event.preventDefault();
    maak.mutate(
      { email, naam, rol },
      {
        onSuccess: (nieuw) => {
          setEmail('');
          setNaam('');
          onGemaakt(nieuw);
        },
      },
    );
  }

  return (
    <section aria-labelledby="nieuw-account" className="sectie">
      <h2 id="nieuw-account">Account aanmaken</h2>
      <form aria-labelledby="nieuw-account" className="formulier" onSubmit={verstuur} noValidate>
        {maak.isError && <ProblemMessage summary="Het account is niet aangemaakt." error={maak.error} />}
        <Veld label="E-mailadres">
          {(invoer) => <input {...invoer} type="email" value={email} onChange={(e) => setEmail(e.target.value)} autoComplete="off" />}
        </Veld>
        <Veld label="Naam">{(invoer) => <input {...invoer} value={naam} onChange={(e) => setNaam(e.target.value)} autoComplete="off" />}</Veld>
        <Veld label="Rol">
          {(invoer) => (
            <select
              {...invoer}
              value={rol}
              onChange={(e) => setRol(e.target.value === PLATFORM_BEHEERDER ? PLATFORM_BEHEERDER : REGISTER_BEHEERDER)}
            >
              <option value={REGISTER_BEHEERDER}>{rolNaam(REGISTER_BEHEERDER)}</option>
              <option value={PLATFORM_BEHEERDER}>{rolNaam(PLATFORM_BEHEERDER)}</option>
            </select>
          )}
        </Veld>
        <div className="knoppen">
          <button type="submit" className="button" disabled={maak.isPending}>
            Account aanmaken
          </button>
        </div>
      </form>
    </section>
  );
}
