import { useState } from 'react';
import { Link } from 'react-router';
import { useMiddelentoekenningen, type Middelentoekenning } from '../api/middelen';
import { SCHOOL_MEDEWERKER, legtMiddelenVast, werktMetMiddelen } from '../auth/rollen';
import { useGebruiker } from '../auth/useGebruiker';
import { Melding } from '../components/Melding';
import { ProblemMessage } from '../components/ProblemMessage';
import { Veld } from '../components/Veld';
import { ToekenningFormulier } from '../components/middelen/ToekenningFormulier';
import { ToekenningenTabel } from '../components/middelen/ToekenningenTabel';
import { VerantwoordingFormulier } from '../components/middelen/VerantwoordingFormulier';
import { VerantwoordingWeergave } from '../components/middelen/VerantwoordingWeergave';
import { jaarKeuzes, toekenningenVanJaar } from '../middelenWeergave';
import { usePageTitle } from '../usePageTitle';
import '../beheer.css';

const huidigJaar = () => new Date().getFullYear();

/**
 * /middelen: the middelen extra ondersteuning the SWV pays each schoolbestuur per calendar year, and the bestuur's
 * verantwoording afterwards. The beleidsmedewerker records and changes grants, sends a verantwoording back or records
 * its bespreking; a school-medewerker writes and submits the verantwoording of their bestuur's grant.
 */
export function MiddelenPage() {
  usePageTitle('Middelen extra ondersteuning');
  const gebruiker = useGebruiker();
  const beleid = legtMiddelenVast(gebruiker);
  const school = gebruiker.rollen.includes(SCHOOL_MEDEWERKER);
  const toekenningen = useMiddelentoekenningen();
  const [jaar, setJaar] = useState(String(huidigJaar()));
  const [melding, setMelding] = useState<string>();
  const [nieuw, setNieuw] = useState(false);
  const [teWijzigen, setTeWijzigen] = useState<Middelentoekenning>();
  const [teBeginnen, setTeBeginnen] = useState<Middelentoekenning>();
  const [geopend, setGeopend] = useState<string>();

  if (!werktMetMiddelen(gebruiker)) {
    return (
      <>
        <h1>Middelen extra ondersteuning</h1>
        <p className="problem" role="alert">
          Alleen de beleidsmedewerker en de manager ondersteuning van het samenwerkingsverband en de medewerkers van de scholen zien de
          middelen extra ondersteuning.
        </p>
      </>
    );
  }

  const alle = toekenningen.data ?? [];
  const jaren = jaarKeuzes(alle, huidigJaar());
  const vanJaar = toekenningenVanJaar(alle, jaar);
  const sluitFormulieren = () => {
    setNieuw(false);
    setTeWijzigen(undefined);
    setTeBeginnen(undefined);
  };

  return (
    <>
      <h1>Middelen extra ondersteuning</h1>
      <p className="intro">
        {school
          ? 'Het samenwerkingsverband betaalt uw schoolbestuur elk jaar vooraf middelen voor extra ondersteuning. Na afloop van het jaar verantwoordt u namens het bestuur waaraan het geld is besteed: per school of groep, en per leerling met een verwijzing naar het OPP.'
          : 'Het samenwerkingsverband betaalt elk schoolbestuur per kalenderjaar vooraf middelen voor extra ondersteuning. Na afloop verantwoordt het bestuur de besteding; die verantwoording bespreekt u in het bestuursgesprek.'}{' '}
        Zie ook de <Link to="/samenwerkingsprojecten">samenwerkingsprojecten per regio</Link>.
      </p>
      <Melding tekst={melding} />
      {toekenningen.isError && <ProblemMessage summary="De toekenningen konden niet worden geladen." error={toekenningen.error} />}

      <section aria-labelledby="toekenningen-kop" className="sectie">
        <h2 id="toekenningen-kop">Toekenningen per jaar</h2>
        <Veld label="Jaar">
          {(invoer) => (
            <select {...invoer} value={jaar} onChange={(e) => setJaar(e.target.value)}>
              {jaren.map((j) => (
                <option key={j} value={String(j)}>
                  {j}
                </option>
              ))}
            </select>
          )}
        </Veld>
        {toekenningen.isSuccess && vanJaar.length === 0 && <p>Er zijn geen toekenningen voor {jaar}.</p>}
        {vanJaar.length > 0 && (
          <ToekenningenTabel
            jaar={jaar}
            toekenningen={vanJaar}
            beleid={beleid}
            school={school}
            onBekijken={(t) => {
              sluitFormulieren();
              setGeopend(t.verantwoordingId ?? undefined);
            }}
            onBeginnen={(t) => {
              sluitFormulieren();
              setGeopend(undefined);
              setTeBeginnen(t);
            }}
            onWijzigen={(t) => {
              sluitFormulieren();
              setTeWijzigen(t);
            }}
          />
        )}
        {beleid && !nieuw && (
          <p>
            <button
              type="button"
              className="button"
              onClick={() => {
                sluitFormulieren();
                setNieuw(true);
              }}
            >
              Toekenning vastleggen
            </button>
          </p>
        )}
        {(nieuw || teWijzigen) && (
          <ToekenningFormulier
            key={teWijzigen?.id ?? 'nieuw'}
            toekenning={teWijzigen}
            onKlaar={(tekst, opgeslagen) => {
              sluitFormulieren();
              if (opgeslagen) setJaar(String(opgeslagen.jaar));
              if (tekst) setMelding(tekst);
            }}
          />
        )}
        {teBeginnen && (
          <VerantwoordingFormulier
            key={teBeginnen.id}
            titel={`Verantwoording ${teBeginnen.schoolbestuurNaam} over ${teBeginnen.jaar} beginnen`}
            toekenning={teBeginnen}
            onKlaar={(tekst, id) => {
              setTeBeginnen(undefined);
              if (id) setGeopend(id);
              if (tekst) setMelding(tekst);
            }}
          />
        )}
      </section>
      {geopend && <VerantwoordingWeergave key={geopend} id={geopend} school={school} onMelding={setMelding} />}
    </>
  );
}
