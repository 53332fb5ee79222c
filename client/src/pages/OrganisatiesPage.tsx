import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useEigenSamenwerkingsverband } from '../api/indeling';
import { useRegistreerSchool, useRegistreerSchoolbestuur, type SoortSchool } from '../api/organisaties';
import { useSchoolbesturen } from '../api/scholen';
import { geenVeldfouten, verdeelFouten } from '../api/veldfouten';
import { Melding } from '../components/Melding';
import { OrganisatieImport } from '../components/OrganisatieImport';
import { ProblemMessage } from '../components/ProblemMessage';
import { Veld } from '../components/Veld';
import { usePageTitle } from '../usePageTitle';
import '../beheer.css';

export const SOORTEN_SCHOOL: readonly { waarde: SoortSchool; label: string }[] = [
  { waarde: 'BAO', label: 'Basisschool' },
  { waarde: 'SBO', label: 'Speciale school voor basisonderwijs (SBO)' },
  { waarde: 'SO', label: 'Speciaal onderwijs (SO)' },
  { waarde: 'VSO', label: 'Voortgezet speciaal onderwijs (VSO)' },
  { waarde: 'VO', label: 'Voortgezet onderwijs' },
  { waarde: 'PRO', label: 'Praktijkonderwijs' },
];

/** /organisaties: registering a schoolbestuur and a school one at a time, or a whole list by the import. */
export function OrganisatiesPage() {
  usePageTitle('Besturen en scholen');
  const [melding, setMelding] = useState<string>();
  return (
    <>
      <h1>Besturen en scholen</h1>
      <p>
        Registreer hier één schoolbestuur of één school, of zet een hele lijst er in één keer in met de import. Alle
        scholen staan op de pagina <Link to="/scholen">Scholen</Link>.
      </p>
      <Melding tekst={melding} />
      <NieuwBestuur onKlaar={setMelding} />
      <NieuweSchool onKlaar={setMelding} />
      <OrganisatieImport onKlaar={setMelding} />
    </>
  );
}

function NieuwBestuur({ onKlaar }: { onKlaar: (melding: string) => void }) {
  const registreer = useRegistreerSchoolbestuur();
  const [nummer, setNummer] = useState('');
  const [naam, setNaam] = useState('');
  const fouten = registreer.isError ? verdeelFouten(registreer.error, ['nummer', 'naam']) : geenVeldfouten;

  function verstuur(event: FormEvent) {
    event.preventDefault();
    registreer.mutate(
      { nummer, naam },
      {
        onSuccess: (bestuur) => {
          setNummer('');
          setNaam('');
          onKlaar(`Schoolbestuur ${bestuur.naam} is geregistreerd.`);
        },
      },
    );
  }

  return (
    <section aria-labelledby="nieuw-bestuur" className="sectie">
      <h2 id="nieuw-bestuur">Schoolbestuur registreren</h2>
      <form aria-labelledby="nieuw-bestuur" className="formulier" onSubmit={verstuur} noValidate>
        {registreer.isError && <ProblemMessage summary="Het schoolbestuur is niet geregistreerd." error={registreer.error} fouten={fouten.overig} />}
        <Veld label="Bestuursnummer" hint="Het nummer van DUO, bijvoorbeeld 41234." fouten={fouten.bij('nummer')}>
          {(invoer) => <input {...invoer} inputMode="numeric" value={nummer} onChange={(e) => setNummer(e.target.value)} autoComplete="off" />}
        </Veld>
        <Veld label="Naam" fouten={fouten.bij('naam')}>
          {(invoer) => <input {...invoer} value={naam} onChange={(e) => setNaam(e.target.value)} autoComplete="off" />}
        </Veld>
        <div className="knoppen">
          <button type="submit" className="button" disabled={registreer.isPending}>
            Schoolbestuur registreren
          </button>
        </div>
      </form>
    </section>
  );
}

function NieuweSchool({ onKlaar }: { onKlaar: (melding: string) => void }) {
  const registreer = useRegistreerSchool();
  const besturen = useSchoolbesturen();
  const swv = useEigenSamenwerkingsverband();
  const [invoer, setInvoer] = useState({ vestiging: '', naam: '', soort: '', schoolbestuur: '', regio: '', lokaalNetwerk: '' });
  const velden = ['vestiging', 'naam', 'soort', 'schoolbestuur', 'regio', 'lokaalNetwerk'];
  const fouten = registreer.isError ? verdeelFouten(registreer.error, velden) : geenVeldfouten;
  const zet = (veld: keyof typeof invoer) => (waarde: string) =>
    setInvoer((oud) => ({ ...oud, [veld]: waarde, ...(veld === 'regio' && { lokaalNetwerk: '' }) }));
  const netwerken = swv.data?.regios.find((r) => r.naam === invoer.regio)?.lokaleNetwerken ?? [];

  function verstuur(event: FormEvent) {
    event.preventDefault();
    registreer.mutate(
      {
        vestiging: invoer.vestiging.trim(),
        naam: invoer.naam,
        soort: invoer.soort === '' ? null : (invoer.soort as SoortSchool),
        schoolbestuur: invoer.schoolbestuur === '' ? null : invoer.schoolbestuur,
        regio: invoer.regio === '' ? null : invoer.regio,
        lokaalNetwerk: invoer.lokaalNetwerk === '' ? null : invoer.lokaalNetwerk,
      },
      {
        onSuccess: (school) => {
          setInvoer({ vestiging: '', naam: '', soort: '', schoolbestuur: '', regio: '', lokaalNetwerk: '' });
          onKlaar(`School ${school.naam} (${school.vestiging}) is geregistreerd.`);
        },
      },
    );
  }

  return (
    <section aria-labelledby="nieuwe-school" className="sectie">
      <h2 id="nieuwe-school">School registreren</h2>
      <form aria-labelledby="nieuwe-school" className="formulier" onSubmit={verstuur} noValidate>
        {registreer.isError && <ProblemMessage summary="De school is niet geregistreerd." error={registreer.error} fouten={fouten.overig} />}
        <Veld label="Vestigingscode" hint="BRIN en vestigingsnummer, zoals 12AB00." fouten={fouten.bij('vestiging')}>
          {(k) => <input {...k} value={invoer.vestiging} onChange={(e) => zet('vestiging')(e.target.value)} autoComplete="off" />}
        </Veld>
        <Veld label="Naam" fouten={fouten.bij('naam')}>
          {(k) => <input {...k} value={invoer.naam} onChange={(e) => zet('naam')(e.target.value)} autoComplete="off" />}
        </Veld>
        <Veld label="Soort school" fouten={fouten.bij('soort')}>
          {(k) => (
            <select {...k} value={invoer.soort} onChange={(e) => zet('soort')(e.target.value)}>
              <option value="">Kies een soort</option>
              {SOORTEN_SCHOOL.map((s) => (
                <option key={s.waarde} value={s.waarde}>
                  {s.label}
                </option>
              ))}
            </select>
          )}
        </Veld>
        <Veld label="Schoolbestuur" fouten={fouten.bij('schoolbestuur')}>
          {(k) => (
            <select {...k} value={invoer.schoolbestuur} onChange={(e) => zet('schoolbestuur')(e.target.value)}>
              <option value="">Kies een schoolbestuur</option>
              {(besturen.data ?? []).map((b) => (
                <option key={b.nummer} value={b.nummer}>
                  {b.naam} ({b.nummer})
                </option>
              ))}
            </select>
          )}
        </Veld>
        <Veld label="Regio (niet verplicht)" fouten={fouten.bij('regio')}>
          {(k) => (
            <select {...k} value={invoer.regio} onChange={(e) => zet('regio')(e.target.value)}>
              <option value="">Geen regio</option>
              {(swv.data?.regios ?? []).map((r) => (
                <option key={r.naam} value={r.naam}>
                  {r.naam}
                </option>
              ))}
            </select>
          )}
        </Veld>
        {netwerken.length > 0 && (
          <Veld label="Lokaal netwerk (niet verplicht)" fouten={fouten.bij('lokaalNetwerk')}>
            {(k) => (
              <select {...k} value={invoer.lokaalNetwerk} onChange={(e) => zet('lokaalNetwerk')(e.target.value)}>
                <option value="">Geen lokaal netwerk</option>
                {netwerken.map((n) => (
                  <option key={n} value={n}>
                    {n}
                  </option>
                ))}
              </select>
            )}
          </Veld>
        )}
        <div className="knoppen">
          <button type="submit" className="button" disabled={registreer.isPending}>
            School registreren
          </button>
        </div>
      </form>
    </section>
  );
}
