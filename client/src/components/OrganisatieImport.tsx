import { useId, useState, type FormEvent } from 'react';
import { importsoort, useImporteerOrganisaties, XLSX, type Importactie, type Importverslag } from '../api/organisaties';
import { ProblemMessage } from './ProblemMessage';
import { TabelContainer } from './TabelContainer';
import { Veld } from './Veld';

const UITKOMSTEN: Record<Importactie['actie'], string> = { nieuw: 'Nieuw', gewijzigd: 'Gewijzigd', ongewijzigd: 'Ongewijzigd' };
const ONDERWERPEN: Record<Importactie['soort'], string> = { schoolbestuur: 'Schoolbestuur', school: 'School' };

interface Props {
  /** Told once a real import went through, with what it did in a sentence. */
  onKlaar: (melding: string) => void;
}

/**
 * A whole list of schoolbesturen and scholen from a CSV or Excel file: first checked (a dry run that changes nothing
 * and shows what would happen and every problem per row and column), then imported, all or nothing. The import
 * button appears only for the file that was checked and found without problems.
 */
export function OrganisatieImport({ onKlaar }: Props) {
  const kop = useId();
  const [bestand, setBestand] = useState<File | null>(null);
  const controle = useImporteerOrganisaties();
  const doorvoering = useImporteerOrganisaties();
  const verslag = controle.data;
  const kanImporteren =
    verslag !== undefined && verslag.problemen.length === 0 && veranderingen(verslag).length > 0 && !doorvoering.isPending;

  function kies(gekozen: File | null) {
    setBestand(gekozen);
    controle.reset();
    doorvoering.reset();
  }

  function controleer(event: FormEvent) {
    event.preventDefault();
    if (bestand) controle.mutate({ bestand, proefrun: true });
  }

  function importeer() {
    if (!bestand) return;
    doorvoering.mutate(
      { bestand, proefrun: false },
      {
        onSuccess: (gedaan) => {
          kies(null);
          onKlaar(`De import is doorgevoerd: ${samenvatting(gedaan)}.`);
        },
      },
    );
  }

  return (
    <section aria-labelledby={kop} className="sectie">
      <h2 id={kop}>Een lijst importeren</h2>
      <p>
        Zet alle besturen en scholen in één keer in het systeem met een CSV-bestand (met ; of , tussen de kolommen) of
        een Excel-bestand (.xlsx), één regel per school. Eerst wordt het bestand gecontroleerd: dan verandert er nog
        niets en ziet u wat de import zou doen. Scholen die niet in het bestand staan, blijven zoals ze zijn.
      </p>
      <details className="uitleg">
        <summary>Welke kolommen heeft het bestand?</summary>
        <ul>
          <li>bevoegd-gezagnummer: het nummer van het schoolbestuur bij DUO, zoals 41001;</li>
          <li>bestuursnaam: nodig op minstens één regel van een bestuur dat nog niet bestaat;</li>
          <li>brin en vestigingsnummer: samen de code van de school, zoals 10AB en 00;</li>
          <li>schoolnaam;</li>
          <li>soort: basisonderwijs, speciaal basisonderwijs, speciaal onderwijs, voortgezet speciaal onderwijs, voortgezet onderwijs of praktijkonderwijs (of de afkorting, zoals BAO);</li>
          <li>regio en lokaal netwerk: niet verplicht, zoals ze in de indeling van het samenwerkingsverband staan.</li>
        </ul>
      </details>
      <form aria-labelledby={kop} className="formulier" onSubmit={controleer} noValidate>
        {controle.isError && <ProblemMessage summary="Het bestand is niet gecontroleerd." error={controle.error} />}
        <Veld label="Bestand" hint="Een CSV-bestand of een Excel-bestand (.xlsx), hoogstens 5000 regels.">
          {(invoer) => (
            <input {...invoer} type="file" accept={`.csv,.xlsx,text/csv,${XLSX}`} onChange={(event) => kies(event.target.files?.[0] ?? null)} />
          )}
        </Veld>
        <div className="knoppen">
          <button type="submit" className="button button--secundair" disabled={!bestand || controle.isPending}>
            Bestand controleren
          </button>
        </div>
      </form>
      {controle.isPending && <p role="status">Het bestand wordt gecontroleerd…</p>}
      {verslag && bestand && (
        <Verslag verslag={verslag} bestandsnaam={bestand.name} soort={importsoort(bestand) === XLSX ? 'Excel-bestand' : 'CSV-bestand'} />
      )}
      {doorvoering.isError && <ProblemMessage summary="De import is niet doorgevoerd; er is niets veranderd." error={doorvoering.error} focus />}
      {verslag && verslag.problemen.length === 0 && (
        <div className="knoppen">
          {kanImporteren ? (
            <button type="button" className="button" onClick={importeer}>
              Importeren
            </button>
          ) : (
            !doorvoering.isPending && <p>Alles in dit bestand staat er al zo in; importeren verandert niets.</p>
          )}
          {doorvoering.isPending && <p role="status">Bezig met importeren…</p>}
        </div>
      )}
    </section>
  );
}

function Verslag({ verslag, bestandsnaam, soort }: { verslag: Importverslag; bestandsnaam: string; soort: string }) {
  const kop = useId();
  const gewijzigd = veranderingen(verslag);
  return (
    <section aria-labelledby={kop} className="sectie">
      <h3 id={kop}>Wat de import zou doen</h3>
      <p>
        {soort} {bestandsnaam}: {samenvatting(verslag)}. Er is nog niets veranderd.
      </p>
      {verslag.problemen.length > 0 && (
        <>
          <p>
            <strong>
              {verslag.problemen.length === 1 ? 'Er is 1 probleem' : `Er zijn ${verslag.problemen.length} problemen`} in het
              bestand. Verbeter het bestand en controleer het opnieuw; zolang er een probleem is, kan het niet worden
              geïmporteerd.
            </strong>
          </p>
          <TabelContainer label="Problemen in het bestand">
            <table className="data-table">
              <caption>Problemen in het bestand</caption>
              <thead>
                <tr>
                  <th scope="col">Regel</th>
                  <th scope="col">Kolom</th>
                  <th scope="col">Probleem</th>
                </tr>
              </thead>
              <tbody>
                {verslag.problemen.map((probleem, index) => (
                  <tr key={`${probleem.regel ?? 0}-${probleem.kolom ?? ''}-${index}`}>
                    <td>{probleem.regel ?? 'Hele bestand'}</td>
                    <td>{probleem.kolom ?? ''}</td>
                    <td>{probleem.melding}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TabelContainer>
        </>
      )}
      {gewijzigd.length > 0 && (
        <TabelContainer label="Nieuw en gewijzigd">
          <table className="data-table">
            <caption>Nieuw en gewijzigd</caption>
            <thead>
              <tr>
                <th scope="col">Regel</th>
                <th scope="col">Wat</th>
                <th scope="col">Nummer of code</th>
                <th scope="col">Wordt</th>
              </tr>
            </thead>
            <tbody>
              {gewijzigd.map((actie) => (
                <tr key={`${actie.soort}-${actie.sleutel}`}>
                  <td>{actie.regel}</td>
                  <td>{ONDERWERPEN[actie.soort]}</td>
                  <td>{actie.sleutel}</td>
                  <td>{UITKOMSTEN[actie.actie]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TabelContainer>
      )}
    </section>
  );
}

function veranderingen(verslag: Importverslag): Importactie[] {
  return verslag.acties.filter((actie) => actie.actie !== 'ongewijzigd');
}

function telling(aantal: Importverslag['scholen'], enkelvoud: string, meervoud: string): string {
  const delen = [
    aantal.nieuw > 0 && `${aantal.nieuw} nieuw`,
    aantal.gewijzigd > 0 && `${aantal.gewijzigd} gewijzigd`,
    aantal.ongewijzigd > 0 && `${aantal.ongewijzigd} ongewijzigd`,
  ].filter(Boolean);
  const totaal = aantal.nieuw + aantal.gewijzigd + aantal.ongewijzigd;
  return `${totaal} ${totaal === 1 ? enkelvoud : meervoud}${delen.length > 0 ? ` (${delen.join(', ')})` : ''}`;
}

/** "2 schoolbesturen (1 nieuw, 1 ongewijzigd) en 30 scholen (30 nieuw)". */
function samenvatting(verslag: Importverslag): string {
  return `${telling(verslag.schoolbesturen, 'schoolbestuur', 'schoolbesturen')} en ${telling(verslag.scholen, 'school', 'scholen')}`;
}
