import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useEigenSamenwerkingsverband } from '../api/indeling';
import { useEvalueerProject, useLegProjectVast, useSamenwerkingsprojecten, type ProjectVerzoek, type Samenwerkingsproject } from '../api/middelen';
import { geenVeldfouten, verdeelFouten } from '../api/veldfouten';
import { datumTekst } from '../aanbiederWeergave';
import { naam } from '../arrangementLabels';
import { dagTekst, euroTekst } from '../arrangementWeergave';
import { legtMiddelenVast, werktMetMiddelen } from '../auth/rollen';
import { useGebruiker } from '../auth/useGebruiker';
import { Melding } from '../components/Melding';
import { ProblemMessage } from '../components/ProblemMessage';
import { Veld } from '../components/Veld';
import { useFocusBijOpenen } from '../components/useFocusBijOpenen';
import { MIDDELEN_GEBEURTENISSEN, leesBedrag } from '../middelenWeergave';
import { opsomming } from '../portfolioWeergave';
import { usePageTitle } from '../usePageTitle';
import '../beheer.css';

const huidigJaar = () => new Date().getFullYear();

/** A whole number as typed, or null so the API names what is missing. */
const alsJaar = (tekst: string) => (/^\s*\d{4}\s*$/.test(tekst) ? Number(tekst) : null);

/**
 * /samenwerkingsprojecten: the projects of each regio of the portfolio, with their projectplan, budget and yearly
 * evaluations. The beleidsmedewerker records projects and their evaluations; schools read their regio's projects.
 */
export function SamenwerkingsprojectenPage() {
  usePageTitle('Samenwerkingsprojecten');
  const gebruiker = useGebruiker();
  const beleid = legtMiddelenVast(gebruiker);
  const projecten = useSamenwerkingsprojecten();
  const [melding, setMelding] = useState<string>();
  const [nieuw, setNieuw] = useState(false);

  if (!werktMetMiddelen(gebruiker)) {
    return (
      <>
        <h1>Samenwerkingsprojecten</h1>
        <p className="problem" role="alert">
          Alleen de beleidsmedewerker en de manager ondersteuning van het samenwerkingsverband en de medewerkers van de scholen zien de
          samenwerkingsprojecten.
        </p>
      </>
    );
  }

  const perRegio = new Map<string, Samenwerkingsproject[]>();
  for (const project of projecten.data ?? []) perRegio.set(project.regio, [...(perRegio.get(project.regio) ?? []), project]);
  const regios = [...perRegio.keys()].sort((a, b) => a.localeCompare(b, 'nl'));

  return (
    <>
      <h1>Samenwerkingsprojecten</h1>
      <p className="intro">
        Elke regio heeft naast de experts en de <Link to="/middelen">middelen extra ondersteuning</Link> samenwerkingsprojecten: met
        een projectplan en een begroting vóór het jaar, en elk jaar een evaluatie van de voortgang, de resultaten en de toegevoegde
        waarde.
      </p>
      <Melding tekst={melding} />
      {projecten.isError && <ProblemMessage summary="De samenwerkingsprojecten konden niet worden geladen." error={projecten.error} />}
      {beleid &&
        (nieuw ? (
          <ProjectFormulier
            onKlaar={(tekst) => {
              setNieuw(false);
              if (tekst) setMelding(tekst);
            }}
          />
        ) : (
          <p>
            <button type="button" className="button" onClick={() => setNieuw(true)}>
              Project vastleggen
            </button>
          </p>
        ))}
      {projecten.isSuccess && regios.length === 0 && <p>Er zijn nog geen samenwerkingsprojecten.</p>}
      {regios.map((regio) => (
        <section key={regio} aria-labelledby={`regio-${regio.replace(/\W/g, '-')}`} className="sectie">
          <h2 id={`regio-${regio.replace(/\W/g, '-')}`}>Regio {regio}</h2>
          {(perRegio.get(regio) ?? [])
            .sort((a, b) => a.jaar - b.jaar || a.titel.localeCompare(b.titel, 'nl'))
            .map((project) => (
              <Project key={project.id} project={project} beleid={beleid} onMelding={setMelding} />
            ))}
        </section>
      ))}
    </>
  );
}

function Project({ project, beleid, onMelding }: { project: Samenwerkingsproject; beleid: boolean; onMelding: (tekst: string) => void }) {
  const [evalueren, setEvalueren] = useState(false);
  const kopId = `project-${project.id}`;
  return (
    <article aria-labelledby={kopId} className="sectie">
      <h3 id={kopId}>
        {project.titel} ({project.jaar})
      </h3>
      <dl className="gegevens">
        <dt>Doel</dt>
        <dd>{project.doel}</dd>
        <dt>Partners</dt>
        <dd>{project.partners.length > 0 ? opsomming(project.partners) : 'Geen'}</dd>
        <dt>Projectplan</dt>
        <dd>{project.projectplan}</dd>
        <dt>Begroting</dt>
        <dd>{euroTekst(project.begroting)}</dd>
        <dt>Plan vastgelegd op</dt>
        <dd>
          {datumTekst(project.planVastgelegdOp)}
          {project.gecorrigeerd && ' (gecorrigeerd nadat het jaar begon)'}
        </dd>
      </dl>
      <h4>Evaluaties</h4>
      {project.evaluaties.length === 0 ? (
        <p>Nog geen evaluatie.</p>
      ) : (
        <ul>
          {project.evaluaties.map((e) => (
            <li key={e.jaar}>
              <strong>{e.jaar}</strong> (vastgelegd op {datumTekst(e.vastgelegdOp)}, besteed {euroTekst(e.besteed)}). Voortgang: {e.voortgang}{' '}
              Resultaten: {e.resultaten} Toegevoegde waarde: {e.toegevoegdeWaarde}
            </li>
          ))}
        </ul>
      )}
      {project.geschiedenis.length > 0 && (
        <details>
          <summary>Geschiedenis van {project.titel}</summary>
          <ul>
            {project.geschiedenis.map((g, i) => (
              <li key={`${g.op}-${i}`}>
                {naam(MIDDELEN_GEBEURTENISSEN, g.actie)} door {g.door.naam} op {dagTekst(g.op)}
                {g.toelichting && `: ${g.toelichting}`}
              </li>
            ))}
          </ul>
        </details>
      )}
      {beleid &&
        (evalueren ? (
          <EvaluatieFormulier
            project={project}
            onKlaar={(tekst) => {
              setEvalueren(false);
              if (tekst) onMelding(tekst);
            }}
          />
        ) : (
          project.jaar <= huidigJaar() && (
            <p>
              <button type="button" className="button button--secundair" onClick={() => setEvalueren(true)}>
                Evaluatie vastleggen: {project.titel}
              </button>
            </p>
          )
        ))}
    </article>
  );
}

const PROJECTVELDEN = ['regio', 'titel', 'doel', 'partners', 'jaar', 'projectplan', 'begroting', 'correctie'] as const;

function ProjectFormulier({ onKlaar }: { onKlaar: (melding?: string) => void }) {
  const swv = useEigenSamenwerkingsverband();
  const leg = useLegProjectVast();
  const [regio, setRegio] = useState('');
  const [titel, setTitel] = useState('');
  const [doel, setDoel] = useState('');
  const [partners, setPartners] = useState('');
  const [jaar, setJaar] = useState(String(huidigJaar() + 1));
  const [projectplan, setProjectplan] = useState('');
  const [begroting, setBegroting] = useState('');
  const [correctie, setCorrectie] = useState('');
  const fouten = leg.isError ? verdeelFouten(leg.error, PROJECTVELDEN) : geenVeldfouten;
  const kop = useFocusBijOpenen<HTMLHeadingElement>();
  const gekozenJaar = alsJaar(jaar);
  const isCorrectie = gekozenJaar !== null && gekozenJaar <= huidigJaar();

  function verstuur(event: FormEvent) {
    event.preventDefault();
    const verzoek: ProjectVerzoek = {
      regio: regio === '' ? null : regio,
      titel: titel.trim() === '' ? null : titel,
      doel: doel.trim() === '' ? null : doel,
      partners: partners
        .split('\n')
        .map((p) => p.trim())
        .filter((p) => p !== ''),
      jaar: gekozenJaar,
      projectplan: projectplan.trim() === '' ? null : projectplan,
      begroting: leesBedrag(begroting) ?? null,
      ...(isCorrectie && correctie.trim() !== '' && { correctie }),
    };
    leg.mutate(verzoek, { onSuccess: (p) => onKlaar(`Het project ${p.titel} is vastgelegd.`) });
  }

  return (
    <form aria-label="Project vastleggen" className="formulier" onSubmit={verstuur} noValidate>
      <h2 ref={kop} tabIndex={-1}>
        Project vastleggen
      </h2>
      {leg.isError && <ProblemMessage summary="Het project is niet vastgelegd." error={leg.error} fouten={fouten.overig} />}
      <Veld label="Regio" fouten={fouten.bij('regio')}>
        {(invoer) => (
          <select {...invoer} value={regio} onChange={(e) => setRegio(e.target.value)}>
            <option value="">Kies een regio</option>
            {(swv.data?.regios ?? []).map((r) => (
              <option key={r.naam} value={r.naam}>
                {r.naam}
              </option>
            ))}
          </select>
        )}
      </Veld>
      <Veld label="Titel" fouten={fouten.bij('titel')}>
        {(invoer) => <input {...invoer} value={titel} onChange={(e) => setTitel(e.target.value)} autoComplete="off" />}
      </Veld>
      <Veld label="Doel" fouten={fouten.bij('doel')}>
        {(invoer) => <textarea {...invoer} value={doel} onChange={(e) => setDoel(e.target.value)} rows={2} />}
      </Veld>
      <Veld label="Partners (niet verplicht)" hint="Eén partner per regel." fouten={fouten.bij('partners')}>
        {(invoer) => <textarea {...invoer} value={partners} onChange={(e) => setPartners(e.target.value)} rows={3} />}
      </Veld>
      <Veld label="Kalenderjaar" hint="Een plan legt u vast vóór het jaar begint." fouten={fouten.bij('jaar')}>
        {(invoer) => <input {...invoer} inputMode="numeric" value={jaar} onChange={(e) => setJaar(e.target.value)} autoComplete="off" />}
      </Veld>
      <Veld label="Projectplan" fouten={fouten.bij('projectplan')}>
        {(invoer) => <textarea {...invoer} value={projectplan} onChange={(e) => setProjectplan(e.target.value)} rows={4} />}
      </Veld>
      <Veld label="Begroting in euro" hint="Bijvoorbeeld 25.000,00." fouten={fouten.bij('begroting')}>
        {(invoer) => <input {...invoer} inputMode="decimal" value={begroting} onChange={(e) => setBegroting(e.target.value)} autoComplete="off" />}
      </Veld>
      {isCorrectie && (
        <Veld label="Reden van de correctie" hint="Het jaar is al begonnen: dan is dit een correctie, met een reden." fouten={fouten.bij('correctie')}>
          {(invoer) => <textarea {...invoer} value={correctie} onChange={(e) => setCorrectie(e.target.value)} rows={2} />}
        </Veld>
      )}
      <div className="knoppen">
        <button type="submit" className="button" disabled={leg.isPending}>
          Project opslaan
        </button>
        <button type="button" className="button button--secundair" onClick={() => onKlaar()}>
          Annuleren
        </button>
      </div>
    </form>
  );
}

const EVALUATIEVELDEN = ['jaar', 'voortgang', 'resultaten', 'toegevoegdeWaarde', 'besteed'] as const;

function EvaluatieFormulier({ project, onKlaar }: { project: Samenwerkingsproject; onKlaar: (melding?: string) => void }) {
  const evalueer = useEvalueerProject(project);
  const [jaar, setJaar] = useState(String(huidigJaar()));
  const [voortgang, setVoortgang] = useState('');
  const [resultaten, setResultaten] = useState('');
  const [waarde, setWaarde] = useState('');
  const [besteed, setBesteed] = useState('');
  const fouten = evalueer.isError ? verdeelFouten(evalueer.error, EVALUATIEVELDEN) : geenVeldfouten;
  const kop = useFocusBijOpenen<HTMLHeadingElement>();
  const leegIsNull = (tekst: string) => (tekst.trim() === '' ? null : tekst);

  function verstuur(event: FormEvent) {
    event.preventDefault();
    evalueer.mutate(
      {
        jaar: alsJaar(jaar),
        voortgang: leegIsNull(voortgang),
        resultaten: leegIsNull(resultaten),
        toegevoegdeWaarde: leegIsNull(waarde),
        besteed: leesBedrag(besteed) ?? null,
      },
      { onSuccess: () => onKlaar(`De evaluatie ${jaar} van ${project.titel} is vastgelegd.`) },
    );
  }

  const titel = `Evaluatie van ${project.titel}`;
  return (
    <form aria-label={titel} className="formulier" onSubmit={verstuur} noValidate>
      <h4 ref={kop} tabIndex={-1}>
        {titel}
      </h4>
      {evalueer.isError && <ProblemMessage summary="De evaluatie is niet vastgelegd." error={evalueer.error} fouten={fouten.overig} />}
      <Veld label="Jaar" hint="Een tweede evaluatie van hetzelfde jaar vervangt de eerste." fouten={fouten.bij('jaar')}>
        {(invoer) => <input {...invoer} inputMode="numeric" value={jaar} onChange={(e) => setJaar(e.target.value)} autoComplete="off" />}
      </Veld>
      <Veld label="Voortgang" fouten={fouten.bij('voortgang')}>
        {(invoer) => <textarea {...invoer} value={voortgang} onChange={(e) => setVoortgang(e.target.value)} rows={2} />}
      </Veld>
      <Veld label="Resultaten" fouten={fouten.bij('resultaten')}>
        {(invoer) => <textarea {...invoer} value={resultaten} onChange={(e) => setResultaten(e.target.value)} rows={2} />}
      </Veld>
      <Veld label="Toegevoegde waarde" fouten={fouten.bij('toegevoegdeWaarde')}>
        {(invoer) => <textarea {...invoer} value={waarde} onChange={(e) => setWaarde(e.target.value)} rows={2} />}
      </Veld>
      <Veld label="Besteed bedrag in euro" hint="Bijvoorbeeld 18.750,00." fouten={fouten.bij('besteed')}>
        {(invoer) => <input {...invoer} inputMode="decimal" value={besteed} onChange={(e) => setBesteed(e.target.value)} autoComplete="off" />}
      </Veld>
      <div className="knoppen">
        <button type="submit" className="button" disabled={evalueer.isPending}>
          Evaluatie opslaan
        </button>
        <button type="button" className="button button--secundair" onClick={() => onKlaar()}>
          Annuleren
        </button>
      </div>
    </form>
  );
}
