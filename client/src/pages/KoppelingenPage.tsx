import { useId, useState, type ChangeEvent, type FormEvent } from 'react';
import { Link, useLocation } from 'react-router';
import { useKoppelingen, useRegistreerKoppeling, type NieuweKoppeling, type Scope } from '../api/koppelingen';
import { useSchoolNamen } from '../api/scholen';
import { geenVeldfouten, verdeelFouten } from '../api/veldfouten';
import { authenticatieTekst, leesJwks, SCOPE_KEUZES, scopeTekst } from '../beheerWeergave';
import { EenmaligGeheim } from '../components/EenmaligGeheim';
import { Keuzegroep } from '../components/Keuzegroep';
import { Meerkeuze } from '../components/Meerkeuze';
import { Melding, leesMelding } from '../components/Melding';
import { ProblemMessage } from '../components/ProblemMessage';
import { ScholenKeuze } from '../components/ScholenKeuze';
import { Veld } from '../components/Veld';
import { TabelContainer } from '../components/TabelContainer';
import { ExporteerKnoppen } from '../components/ExporteerKnoppen';
import { exporteerKoppelingen } from '../api/export';
import { usePageTitle } from '../usePageTitle';
import '../beheer.css';

/** /koppelingen: the LAS and partner clients of the samenwerkingsverband, and registering a new one. */
export function KoppelingenPage() {
  usePageTitle('Koppelingen');
  const location = useLocation();
  const [melding] = useState(leesMelding(location.state));

  return (
    <>
      <h1>Koppelingen</h1>
      <p>
        Een koppeling is een ander systeem, zoals het leerlingadministratiesysteem (LAS) van een school, dat gegevens van
        uw samenwerkingsverband mag lezen of schrijven. U kiest zelf welke gegevens en van welke scholen.
      </p>
      <Melding tekst={melding} />
      <Lijst />
      <NieuweKoppelingFormulier />
    </>
  );
}

function Lijst() {
  const koppelingen = useKoppelingen();
  const schoolNaam = useSchoolNamen();
  return (
    <section aria-labelledby="alle-koppelingen" className="sectie">
      <h2 id="alle-koppelingen">Alle koppelingen</h2>
      {koppelingen.isPending ? (
        <p role="status">Laden…</p>
      ) : koppelingen.isError ? (
        <ProblemMessage summary="De koppelingen konden niet worden geladen." error={koppelingen.error} />
      ) : koppelingen.data.length === 0 ? (
        <p>Uw samenwerkingsverband heeft nog geen koppelingen.</p>
      ) : (
        <>
          <ExporteerKnoppen lijst="koppelingen" haalOp={exporteerKoppelingen} />
          <TabelContainer label="Koppelingen van uw samenwerkingsverband">
            <table className="data-table">
              <caption className="visually-hidden">Koppelingen van uw samenwerkingsverband</caption>
              <thead>
                <tr>
                  <th scope="col">Naam</th>
                  <th scope="col">Client-id</th>
                  <th scope="col">Mag</th>
                  <th scope="col">Scholen</th>
                  <th scope="col">Inloggen met</th>
                </tr>
              </thead>
              <tbody>
                {koppelingen.data.map((koppeling) => (
                  <tr key={koppeling.clientId}>
                    <th scope="row">
                      <Link to={`/koppelingen/${encodeURIComponent(koppeling.clientId)}`}>{koppeling.naam}</Link>
                    </th>
                    <td>
                      <code>{koppeling.clientId}</code>
                    </td>
                    <td>{koppeling.scopes.map(scopeTekst).join(', ')}</td>
                    <td>{koppeling.vestigingen.length === 0 ? 'Geen' : koppeling.vestigingen.map(schoolNaam).join(', ')}</td>
                    <td>{authenticatieTekst(koppeling.authenticatie)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TabelContainer>
        </>

      )}
    </section>
  );
}

const VELDEN = ['naam', 'scopes', 'vestigingen', 'publiekeSleutels'] as const;

type Inloggen = 'geheim' | 'sleutel';

function NieuweKoppelingFormulier() {
  const registreer = useRegistreerKoppeling();
  const [naam, setNaam] = useState('');
  const [scopes, setScopes] = useState<Scope[]>([]);
  const [vestigingen, setVestigingen] = useState<string[]>([]);
  const [inloggen, setInloggen] = useState<Inloggen>('geheim');
  const [jwks, setJwks] = useState('');
  const [jwksFout, setJwksFout] = useState<string>();
  const [nieuw, setNieuw] = useState<NieuweKoppeling>();
  const bestandId = useId();
  const fouten = registreer.isError ? verdeelFouten(registreer.error, VELDEN) : geenVeldfouten;

  function verstuur(event: FormEvent) {
    event.preventDefault();
    let publiekeSleutels: unknown;
    if (inloggen === 'sleutel') {
      const gelezen = leesJwks(jwks);
      if ('fout' in gelezen) {
        setJwksFout(gelezen.fout);
        return;
      }
      publiekeSleutels = gelezen.jwks;
    }
    setJwksFout(undefined);
    registreer.mutate(
      { naam, scopes, vestigingen, ...(inloggen === 'sleutel' && { publiekeSleutels }) },
      {
        onSuccess: (antwoord) => {
          setNieuw(antwoord);
          setNaam('');
          setScopes([]);
          setVestigingen([]);
          setJwks('');
          setInloggen('geheim');
        },
      },
    );
  }

  async function leesBestand(event: ChangeEvent<HTMLInputElement>) {
    const bestand = event.target.files?.[0];
    if (bestand === undefined) return;
    setJwks(await bestand.text());
    setJwksFout(undefined);
  }

  const sleutelFouten = [...(jwksFout === undefined ? [] : [jwksFout]), ...fouten.bij('publiekeSleutels')];

  return (
    <section aria-labelledby="nieuwe-koppeling" className="sectie">
      <h2 id="nieuwe-koppeling">Nieuwe koppeling</h2>
      {nieuw ? (
        <>
          <NieuweKoppelingGegevens nieuw={nieuw} />
          <p>
            <button type="button" className="button button--secundair" onClick={() => setNieuw(undefined)}>
              Nog een koppeling registreren
            </button>
          </p>
        </>
      ) : (
        <form aria-labelledby="nieuwe-koppeling" className="formulier" onSubmit={verstuur} noValidate>
          {registreer.isError && (
            <ProblemMessage summary="De koppeling is niet geregistreerd." error={registreer.error} fouten={fouten.overig} />
          )}
          <Veld label="Naam" hint="Bijvoorbeeld de naam van het systeem: ParnasSys, Magister." fouten={fouten.bij('naam')}>
            {(invoer) => <input {...invoer} value={naam} onChange={(e) => setNaam(e.target.value)} autoComplete="off" />}
          </Veld>
          <Meerkeuze
            legend="Wat mag deze koppeling?"
            gekozen={scopes}
            opties={SCOPE_KEUZES}
            fouten={fouten.bij('scopes')}
            onChange={(gekozen) => setScopes(gekozen as Scope[])}
          />
          <ScholenKeuze
            legend="Van welke scholen?"
            hint="Gegevens van leerlingen en arrangementen krijgt de koppeling alleen van deze scholen. Voor alleen aanbieders lezen is geen school nodig."
            gekozen={vestigingen}
            fouten={fouten.bij('vestigingen')}
            onChange={setVestigingen}
          />
          <Keuzegroep
            legend="Hoe logt de koppeling in?"
            waarde={inloggen}
            opties={[
              { waarde: 'geheim', label: 'Met een geheim (client secret) dat u hierna één keer ziet' },
              { waarde: 'sleutel', label: 'Met een eigen sleutel (private_key_jwt): u geeft de publieke sleutels (JWKS)' },
            ]}
            fouten={[]}
            onChange={(waarde) => setInloggen(waarde as Inloggen)}
          />
          {inloggen === 'sleutel' && (
            <>
              <Veld
                label="Publieke sleutels (JWKS)"
                hint='Plak de JSON met de publieke sleutels, zoals { "keys": [ … ] }, of kies hieronder een bestand.'
                fouten={sleutelFouten}
              >
                {(invoer) => (
                  <textarea {...invoer} rows={8} value={jwks} onChange={(e) => setJwks(e.target.value)} spellCheck={false} />
                )}
              </Veld>
              <div className="veld">
                <label htmlFor={bestandId} className="veld__label">
                  Of kies een JWKS-bestand
                </label>
                <input id={bestandId} type="file" accept=".json,.jwks,application/json" onChange={(e) => void leesBestand(e)} />
              </div>
            </>
          )}
          <div className="knoppen">
            <button type="submit" className="button" disabled={registreer.isPending}>
              Koppeling registreren
            </button>
          </div>
        </form>
      )}
    </section>
  );
}

function NieuweKoppelingGegevens({ nieuw }: { nieuw: NieuweKoppeling }) {
  const { koppeling, clientSecret } = nieuw;
  const naarKoppeling = (
    <Link to={`/koppelingen/${encodeURIComponent(koppeling.clientId)}`}>Bekijk koppeling {koppeling.naam}</Link>
  );
  if (!clientSecret) {
    return (
      <div className="paneel" role="region" aria-labelledby="geregistreerd">
        <h3 id="geregistreerd">Koppeling {koppeling.naam} is geregistreerd</h3>
        <p>
          De client-id is <code>{koppeling.clientId}</code>. De koppeling logt in met haar eigen sleutel; er is geen
          geheim.
        </p>
        <p>{naarKoppeling}</p>
      </div>
    );
  }
  return (
    <>
      <EenmaligGeheim kop={`Geheim van koppeling ${koppeling.naam}`} waarde={clientSecret} wat="het geheim">
        <p>
          De client-id is <code>{koppeling.clientId}</code>. Geef de client-id en dit geheim aan de leverancier van de
          koppeling. U ziet het geheim maar één keer: kopieer het nu. Kwijt? Maak dan een nieuw geheim.
        </p>
      </EenmaligGeheim>
      <p>{naarKoppeling}</p>
    </>
  );
}
