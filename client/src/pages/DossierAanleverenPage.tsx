import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useDossierAanleveren } from '../api/dossiers';
import { ApiError } from '../api/problem';
import { magDossiersAanleveren } from '../auth/rollen';
import { useGebruiker } from '../auth/useGebruiker';
import { ProblemMessage } from '../components/ProblemMessage';
import { Veld } from '../components/Veld';
import { usePageTitle } from '../usePageTitle';

const PROBLEEM = 'urn:passendonderwijs:probleem:';
const LEERLING_TWIJFELACHTIG = `${PROBLEEM}leerling-twijfelachtig`;
const PROFIEL_PAST_NIET = `${PROBLEEM}profiel-past-niet-bij-samenwerkingsverband`;

const probleemtype = (error: unknown) => (error instanceof ApiError ? error.problem?.type : undefined);

/** /dossiers/nieuw: a school (or the SWV) delivers a pupil's OSO dossier from a file and then sees what was taken over. */
export function DossierAanleverenPage() {
  usePageTitle('Dossier aanleveren');
  const { rollen } = useGebruiker();
  return (
    <>
      <h1>Dossier aanleveren</h1>
      {magDossiersAanleveren(rollen) ? (
        <>
          <p className="intro">
            Lever het overdrachtsdossier (OSO) van een leerling aan als XML-bestand uit uw leerlingadministratie. Daarna
            ziet u wat er met elk onderdeel is gebeurd.
          </p>
          <ul>
            <li>Eerst wordt het bestand gecontroleerd. Klopt er iets niet, dan ziet u precies waar in het bestand.</li>
            <li>De leerling wordt herkend aan het leerlingnummer uit uw administratie, of aan naam, geboortedatum en school.</li>
            <li>Het burgerservicenummer (BSN) en het onderwijsnummer worden nooit bewaard.</li>
            <li>Hetzelfde bestand nog een keer aanleveren maakt niets dubbel.</li>
          </ul>
          <DossierFormulier />
        </>
      ) : (
        <p className="problem" role="alert">
          Alleen een medewerker van een school of van het samenwerkingsverband kan dossiers aanleveren.{' '}
          <Link to="/leerlingen">Terug naar de leerlingen</Link>
        </p>
      )}
    </>
  );
}

function DossierFormulier() {
  const navigate = useNavigate();
  const [bestand, setBestand] = useState<File | null>(null);
  const [leerlingId, setLeerlingId] = useState('');
  const [bestandOntbreekt, setBestandOntbreekt] = useState(false);
  const aanlevering = useDossierAanleveren();
  // Once the API doubted which pupil it is, the sender names the pupil and sends the same file again.
  const [twijfel, setTwijfel] = useState(false);

  const kies = (gekozen: File | null) => {
    setBestand(gekozen);
    setBestandOntbreekt(false);
    setTwijfel(false);
    setLeerlingId('');
    aanlevering.reset();
  };

  const verstuur = (event: FormEvent) => {
    event.preventDefault();
    if (bestand === null) {
      setBestandOntbreekt(true);
      return;
    }
    const gekozen = twijfel && leerlingId.trim() !== '' ? leerlingId.trim() : undefined;
    aanlevering.mutate(
      { bestand, ...(gekozen !== undefined && { leerlingId: gekozen }) },
      {
        onSuccess: (dossier) =>
          void navigate(`/dossiers/${dossier.id}`, {
            state: { melding: `Het dossier van ${dossier.leerlingNaam} is ontvangen. Hieronder staat wat er is overgenomen.` },
          }),
        onError: (error) => {
          if (probleemtype(error) === LEERLING_TWIJFELACHTIG) setTwijfel(true);
        },
      },
    );
  };

  return (
    <form className="formulier" aria-label="Dossier aanleveren" noValidate onSubmit={verstuur}>
      {aanlevering.isError && <ProblemMessage summary={samenvatting(aanlevering.error)} error={aanlevering.error} />}
      <Veld
        label="OSO-dossier (XML-bestand)"
        hint="Het bestand dat uw leerlingadministratie maakt voor de overdracht naar het samenwerkingsverband, hoogstens 20 MB."
        fouten={bestandOntbreekt ? ['Kies het XML-bestand met het dossier.'] : []}
      >
        {(invoer) => (
          <input {...invoer} type="file" accept=".xml,application/xml,text/xml" onChange={(event) => kies(event.target.files?.[0] ?? null)} />
        )}
      </Veld>
      {twijfel && (
        <Veld
          label="Leerling-id"
          hint="Het id van de juiste leerling: open de leerling in het overzicht van leerlingen; het id staat aan het eind van het adres van de pagina."
        >
          {(invoer) => (
            <input
              {...invoer}
              type="text"
              autoComplete="off"
              spellCheck={false}
              value={leerlingId}
              onChange={(event) => setLeerlingId(event.target.value)}
            />
          )}
        </Veld>
      )}
      <div className="knoppen">
        <button type="submit" className="button" disabled={aanlevering.isPending}>
          {twijfel ? 'Opnieuw aanleveren voor deze leerling' : 'Dossier aanleveren'}
        </button>
      </div>
      {aanlevering.isPending && <p role="status">Het dossier wordt gecontroleerd en ingelezen…</p>}
    </form>
  );
}

function samenvatting(error: unknown): string {
  const type = probleemtype(error);
  if (type === LEERLING_TWIJFELACHTIG) return 'Het is niet zeker bij welke leerling dit dossier hoort.';
  if (type === PROFIEL_PAST_NIET) return 'Dit dossier past niet bij uw samenwerkingsverband.';
  if (error instanceof ApiError && error.status === 400) return 'Het dossier is niet ingelezen: het bestand klopt niet.';
  if (error instanceof ApiError && error.status === 403) return 'U mag het dossier van deze leerling niet aanleveren.';
  if (error instanceof ApiError && error.status === 413) return 'Het bestand is te groot: een dossier is hoogstens 20 MB.';
  return 'Het dossier is niet ingelezen.';
}
