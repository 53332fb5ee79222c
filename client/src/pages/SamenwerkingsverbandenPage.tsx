import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useRegistreerSamenwerkingsverband, useSamenwerkingsverbanden } from '../api/samenwerkingsverbanden';
import { ProblemMessage } from '../components/ProblemMessage';
import { Veld } from '../components/Veld';
import { laatsteActiviteitTekst, tenantStatusTekst } from '../tenantWeergave';
import { usePageTitle } from '../usePageTitle';
import { TabelContainer } from '../components/TabelContainer';

/** /samenwerkingsverbanden: the platform-beheerder's overview of every tenant, and the form to register one. */
export function SamenwerkingsverbandenPage() {
  usePageTitle('Samenwerkingsverbanden');
  const lijst = useSamenwerkingsverbanden();

  return (
    <>
      <h1>Samenwerkingsverbanden</h1>
      <p className="intro">
        De samenwerkingsverbanden die dit platform gebruiken. U ziet hoe ze het gebruiken, niet hun leerlingen of
        andere gegevens.
      </p>
      {lijst.isPending ? (
        <p role="status">Laden…</p>
      ) : lijst.isError ? (
        <ProblemMessage summary="De samenwerkingsverbanden konden niet worden geladen." error={lijst.error} />
      ) : lijst.data.length === 0 ? (
        <p>Er zijn nog geen samenwerkingsverbanden geregistreerd.</p>
      ) : (
        <TabelContainer label="Alle samenwerkingsverbanden">
          <table className="data-table">
            <caption>Alle samenwerkingsverbanden</caption>
            <thead>
              <tr>
                <th scope="col">Samenwerkingsverband</th>
                <th scope="col">Status</th>
                <th scope="col">Actieve accounts</th>
                <th scope="col">Wachten op activering</th>
                <th scope="col">Koppelingen</th>
                <th scope="col">Laatste activiteit</th>
              </tr>
            </thead>
            <tbody>
              {lijst.data.map((tenant) => (
                <tr key={tenant.code}>
                  <th scope="row">
                    <Link to={`/samenwerkingsverbanden/${tenant.code}`}>{tenant.naam}</Link> <code>{tenant.code}</code>
                  </th>
                  <td>{tenantStatusTekst(tenant.status)}</td>
                  <td>{tenant.accountsActief}</td>
                  <td>{tenant.accountsWachtOpActivering}</td>
                  <td>{tenant.koppelingen}</td>
                  <td>{laatsteActiviteitTekst(tenant.laatsteActiviteit)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TabelContainer>
      )}
      <RegistratieFormulier />
    </>
  );
}

function RegistratieFormulier() {
  const registreer = useRegistreerSamenwerkingsverband();
  const navigate = useNavigate();
  const [code, setCode] = useState('');
  const [naam, setNaam] = useState('');
  const [sector, setSector] = useState<'PO' | 'VO'>('PO');

  function verstuur(event: FormEvent) {
    event.preventDefault();
    registreer.mutate(
      { code: code.trim().toUpperCase(), naam, sector },
      {
        onSuccess: (nieuw) =>
          void navigate(`/samenwerkingsverbanden/${nieuw.code}`, { state: { melding: `${nieuw.naam} is geregistreerd.` } }),
      },
    );
  }

  return (
    <section aria-labelledby="registreren" className="sectie">
      <h2 id="registreren">Samenwerkingsverband registreren</h2>
      <form aria-labelledby="registreren" className="formulier" onSubmit={verstuur} noValidate>
        {registreer.isError && <ProblemMessage summary="Het samenwerkingsverband is niet geregistreerd." error={registreer.error} />}
        <Veld label="Code" hint="PO of VO en vier cijfers, bijvoorbeeld PO2705.">
          {(invoer) => <input {...invoer} value={code} onChange={(e) => setCode(e.target.value)} autoComplete="off" />}
        </Veld>
        <Veld label="Naam">{(invoer) => <input {...invoer} value={naam} onChange={(e) => setNaam(e.target.value)} />}</Veld>
        <Veld label="Sector" hint="De code begint met de sector.">
          {(invoer) => (
            <select {...invoer} value={sector} onChange={(e) => setSector(e.target.value === 'VO' ? 'VO' : 'PO')}>
              <option value="PO">Primair onderwijs</option>
              <option value="VO">Voortgezet onderwijs</option>
            </select>
          )}
        </Veld>
        <div className="knoppen">
          <button type="submit" className="button" disabled={registreer.isPending}>
            Registreren
          </button>
        </div>
      </form>
    </section>
  );
}
