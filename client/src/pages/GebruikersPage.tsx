import { useState, type FormEvent } from 'react';
import {
  useDeactiveerGebruiker,
  useGebruikers,
  useMaakGebruiker,
  useNieuweActivatiecode,
  type Gebruiker,
  type NieuweGebruiker,
  type Functie,
  type Rol,
} from '../api/gebruikers';
import { useSchoolNamen } from '../api/scholen';
import { geenVeldfouten, verdeelFouten } from '../api/veldfouten';
import { EXPERT, magFunctiesWijzigen, SCHOOL_MEDEWERKER, SWV_MEDEWERKER } from '../auth/rollen';
import { useGebruiker } from '../auth/useGebruiker';
import { TOEKENBARE_ROLLEN } from '../beheerWeergave';
import { AccountTabel, NieuweCodeKnop } from '../components/AccountTabel';
import { ExporteerKnoppen } from '../components/ExporteerKnoppen';
import { exporteerGebruikers } from '../api/export';
import { Activeringscode } from '../components/Activeringscode';
import { FunctiesKeuze } from '../components/FunctiesKeuze';
import { functiesGewijzigd, FunctiesWijzigen } from '../components/FunctiesWijzigen';
import { Keuzegroep } from '../components/Keuzegroep';
import { Melding } from '../components/Melding';
import { ProblemMessage } from '../components/ProblemMessage';
import { ScholenKeuze } from '../components/ScholenKeuze';
import { Veld } from '../components/Veld';
import { useFocusBijOpenen } from '../components/useFocusBijOpenen';
import { usePageTitle } from '../usePageTitle';
import '../beheer.css';

/**
 * /gebruikers: the accounts of the samenwerkingsverband; create one, renew an activation code, change a medewerker's
 * functies, deactivate.
 */
export function GebruikersPage() {
  usePageTitle('Accounts');
  const [melding, setMelding] = useState<string>();

  return (
    <>
      <h1>Accounts</h1>
      <p>
        Hier maakt u accounts aan voor de mensen van uw samenwerkingsverband. Een nieuw account krijgt een
        activeringscode. Die geeft u door; de persoon kiest daarmee zelf een wachtwoord op de pagina <strong>Account activeren</strong>{' '}
        (<code>/activeren</code>).
      </p>
      <Melding tekst={melding} />
      <Lijst onKlaar={setMelding} />
      <NieuwAccount />
      <section aria-labelledby="wachtwoord-vergeten" className="sectie">
        <h2 id="wachtwoord-vergeten">Wachtwoord vergeten</h2>
        <p>
          Is iemand het wachtwoord vergeten? Geef het account een <strong>Nieuwe activeringscode</strong> en geef die
          door. Daarmee kiest de persoon op <strong>Account activeren</strong> een nieuw wachtwoord. Het oude wachtwoord
          werkt tot de code gebruikt is; daarna wordt de persoon overal uitgelogd.
        </p>
      </section>
    </>
  );
}

function Lijst({ onKlaar }: { onKlaar: (melding: string) => void }) {
  const gebruikers = useGebruikers();
  const ik = useGebruiker();
  const schoolNaam = useSchoolNamen();
  const vernieuw = useNieuweActivatiecode();
  const deactiveer = useDeactiveerGebruiker();
  const [nieuweCode, setNieuweCode] = useState<NieuweGebruiker>();
  const [teDeactiveren, setTeDeactiveren] = useState<Gebruiker>();
  const [functiesVan, setFunctiesVan] = useState<Gebruiker>();

  function vraagNieuweCode(gebruiker: Gebruiker) {
    setTeDeactiveren(undefined);
    setFunctiesVan(undefined);
    deactiveer.reset();
    setNieuweCode(undefined);
    vernieuw.mutate(gebruiker.id, { onSuccess: setNieuweCode });
  }

  function vraagDeactiveren(gebruiker: Gebruiker) {
    setNieuweCode(undefined);
    vernieuw.reset();
    deactiveer.reset();
    setFunctiesVan(undefined);
    setTeDeactiveren(gebruiker);
  }

  function vraagFuncties(gebruiker: Gebruiker) {
    setNieuweCode(undefined);
    vernieuw.reset();
    setTeDeactiveren(undefined);
    setFunctiesVan(gebruiker);
  }

  // Back to the button that opened the form, so a keyboard user goes on where they were.
  function sluitFuncties(gebruiker: Gebruiker) {
    setFunctiesVan(undefined);
    document.getElementById(functiesKnopId(gebruiker))?.focus();
  }

  return (
    <section aria-labelledby="accounts" className="sectie">
      <h2 id="accounts">Alle accounts</h2>
      {gebruikers.isPending ? (
        <p role="status">Laden…</p>
      ) : gebruikers.isError ? (
        <ProblemMessage summary="De accounts konden niet worden geladen." error={gebruikers.error} />
      ) : gebruikers.data.length === 0 ? (
        <p>Uw samenwerkingsverband heeft nog geen accounts.</p>
      ) : (
        <>
          <ExporteerKnoppen lijst="accounts" haalOp={exporteerGebruikers} />
          <AccountTabel
            gebruikers={gebruikers.data}
            label="Accounts van uw samenwerkingsverband"
            schoolNaam={schoolNaam}
            acties={(gebruiker) => (
              <>
                <NieuweCodeKnop gebruiker={gebruiker} bezig={vernieuw.isPending} onClick={() => vraagNieuweCode(gebruiker)} />
                {magFunctiesWijzigen(ik.rollen, gebruiker) && (
                  <button
                    type="button"
                    id={functiesKnopId(gebruiker)}
                    className="button button--secundair"
                    aria-label={`Functies wijzigen voor ${gebruiker.naam}`}
                    aria-expanded={functiesVan?.id === gebruiker.id}
                    onClick={() => vraagFuncties(gebruiker)}
                  >
                    Functies wijzigen
                  </button>
                )}
                {gebruiker.status !== 'gedeactiveerd' && gebruiker.id !== ik.id && (
                  <button
                    type="button"
                    className="button button--gevaar"
                    aria-label={`${gebruiker.naam} deactiveren`}
                    onClick={() => vraagDeactiveren(gebruiker)}
                  >
                    Deactiveren
                  </button>
                )}
              </>
            )}
          />
        </>
      )}
      {vernieuw.isError && <ProblemMessage summary="Er is geen nieuwe activeringscode gemaakt." error={vernieuw.error} />}
      {nieuweCode && <Activeringscode nieuw={nieuweCode} vervangt />}
      {functiesVan && (
        <FunctiesWijzigen
          key={functiesVan.id}
          gebruiker={functiesVan}
          onKlaar={(gewijzigd) => {
            sluitFuncties(gewijzigd);
            onKlaar(functiesGewijzigd(gewijzigd));
          }}
          onAnnuleer={() => sluitFuncties(functiesVan)}
        />
      )}
      {teDeactiveren && (
        <Deactiveren
          gebruiker={teDeactiveren}
          bezig={deactiveer.isPending}
          fout={deactiveer.isError ? deactiveer.error : undefined}
          onBevestig={() =>
            deactiveer.mutate(teDeactiveren.id, {
              onSuccess: (gebruiker) => {
                setTeDeactiveren(undefined);
                onKlaar(`Het account van ${gebruiker.naam} is gedeactiveerd.`);
              },
            })
          }
          onAnnuleer={() => setTeDeactiveren(undefined)}
        />
      )}
    </section>
  );
}

const functiesKnopId = (gebruiker: Gebruiker) => `functies-wijzigen-${gebruiker.id}`;

interface DeactiverenProps {
  gebruiker: Gebruiker;
  bezig: boolean;
  fout: unknown;
  onBevestig: () => void;
  onAnnuleer: () => void;
}

function Deactiveren({ gebruiker, bezig, fout, onBevestig, onAnnuleer }: DeactiverenProps) {
  const kop = useFocusBijOpenen<HTMLHeadingElement>();
  return (
    <div className="paneel paneel--gevaar" role="group" aria-labelledby="deactiveren-kop">
      <h3 id="deactiveren-kop" tabIndex={-1} ref={kop}>
        {gebruiker.naam} deactiveren?
      </h3>
      <p>
        {gebruiker.naam} ({gebruiker.email}) kan daarna niet meer inloggen. Wie nu is ingelogd, wordt meteen afgemeld. U
        kunt dit niet ongedaan maken.
      </p>
      {fout !== undefined && <ProblemMessage summary="Het account is niet gedeactiveerd." error={fout} />}
      <div className="knoppen">
        <button type="button" className="button button--gevaar" disabled={bezig} onClick={onBevestig}>
          Ja, deactiveren
        </button>
        <button type="button" className="button button--secundair" onClick={onAnnuleer}>
          Annuleren
        </button>
      </div>
    </div>
  );
}

const VELDEN = ['naam', 'email', 'rol', 'vestigingen', 'functies', 'externeOrganisatie', 'externeOrganisatie.naam', 'externeOrganisatie.aanbiederCode'] as const;

/** Where an expert works: the SWV itself, or outside it (then the ouders' consent decides what they see). */
type Herkomst = 'swv' | 'naam' | 'aanbieder';
const HERKOMSTEN = [
  { waarde: 'swv', label: 'Het samenwerkingsverband zelf' },
  { waarde: 'naam', label: 'Een organisatie buiten school en samenwerkingsverband' },
  { waarde: 'aanbieder', label: 'Een onderwijsbegeleidingsaanbieder uit het register' },
];

function NieuwAccount() {
  const maak = useMaakGebruiker();
  const [naam, setNaam] = useState('');
  const [email, setEmail] = useState('');
  const [rol, setRol] = useState<Rol | ''>('');
  const [vestigingen, setVestigingen] = useState<string[]>([]);
  const [herkomst, setHerkomst] = useState<Herkomst>('swv');
  const [organisatie, setOrganisatie] = useState('');
  const [functies, setFuncties] = useState<Functie[]>([]);
  const [nieuw, setNieuw] = useState<NieuweGebruiker>();
  const fouten = maak.isError ? verdeelFouten(maak.error, VELDEN) : geenVeldfouten;
  const voorSchool = rol === SCHOOL_MEDEWERKER;
  const voorExpert = rol === EXPERT;
  const voorSwv = rol === SWV_MEDEWERKER;
  const extern = !voorExpert || herkomst === 'swv' ? undefined : herkomst === 'naam' ? { naam: organisatie } : { aanbiederCode: organisatie };

  function verstuur(event: FormEvent) {
    event.preventDefault();
    maak.mutate(
      { naam, email, rol: rol === '' ? null : rol, vestigingen: voorSchool ? vestigingen : [],
        ...(voorSwv && functies.length > 0 ? { functies } : {}),
        ...(extern ? { externeOrganisatie: extern } : {}),
      },
      {
        onSuccess: (antwoord) => {
          setNieuw(antwoord);
          setNaam('');
          setEmail('');
          setRol('');
          setVestigingen([]);
          setHerkomst('swv');
          setOrganisatie('');
          setFuncties([]);
        },
      },
    );
  }

  return (
    <section aria-labelledby="nieuw-account" className="sectie">
      <h2 id="nieuw-account">Nieuw account</h2>
      {nieuw ? (
        <>
          <Activeringscode nieuw={nieuw} />
          <p>
            <button type="button" className="button button--secundair" onClick={() => setNieuw(undefined)}>
              Nog een account aanmaken
            </button>
          </p>
        </>
      ) : (
        <form aria-labelledby="nieuw-account" className="formulier" onSubmit={verstuur} noValidate>
          {maak.isError && (
            <ProblemMessage summary="Het account is niet aangemaakt." error={maak.error} fouten={fouten.overig} />
          )}
          <Veld label="Naam" fouten={fouten.bij('naam')}>
            {(invoer) => <input {...invoer} value={naam} onChange={(e) => setNaam(e.target.value)} autoComplete="off" />}
          </Veld>
          <Veld label="E-mailadres" fouten={fouten.bij('email')}>
            {(invoer) => (
              <input {...invoer} type="email" value={email} onChange={(e) => setEmail(e.target.value)} autoComplete="off" />
            )}
          </Veld>
          <Keuzegroep
            legend="Rol"
            waarde={rol}
            opties={TOEKENBARE_ROLLEN}
            fouten={fouten.bij('rol')}
            onChange={(waarde) => setRol(waarde as Rol)}
          />
          {voorSchool && (
            <ScholenKeuze
              legend="Scholen"
              hint="Kies de scholen (vestigingen) waar deze medewerker werkt. Die leerlingen ziet de medewerker."
              gekozen={vestigingen}
              fouten={fouten.bij('vestigingen')}
              onChange={setVestigingen}
            />
          )}
          {voorSwv && (
            <FunctiesKeuze legend="Functies (niet verplicht)" gekozen={functies} fouten={fouten.bij('functies')} onChange={setFuncties} />
          )}
          {voorExpert && (
            <>
              <Keuzegroep
                legend="Organisatie"
                waarde={herkomst}
                opties={HERKOMSTEN}
                fouten={fouten.bij('externeOrganisatie')}
                onChange={(waarde) => setHerkomst(waarde as Herkomst)}
              />
              {herkomst === 'naam' && (
                <Veld
                  label="Naam van de organisatie"
                  hint="Deze expert ziet een leerling alleen als de ouders toestemming geven."
                  fouten={fouten.bij('externeOrganisatie.naam')}
                >
                  {(invoer) => <input {...invoer} value={organisatie} onChange={(e) => setOrganisatie(e.target.value)} autoComplete="off" />}
                </Veld>
              )}
              {herkomst === 'aanbieder' && (
                <Veld
                  label="Code van de aanbieder"
                  hint="Zoals in het register, bijvoorbeeld 202B001. Deze expert ziet een leerling alleen als de ouders toestemming geven."
                  fouten={fouten.bij('externeOrganisatie.aanbiederCode')}
                >
                  {(invoer) => <input {...invoer} value={organisatie} onChange={(e) => setOrganisatie(e.target.value)} autoComplete="off" />}
                </Veld>
              )}
            </>
          )}
          <div className="knoppen">
            <button type="submit" className="button" disabled={maak.isPending}>
              Account aanmaken
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
