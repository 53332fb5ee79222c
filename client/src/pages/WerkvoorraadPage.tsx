import { Link } from 'react-router';
import { useWerkvoorraad, type WerkvoorraadItem } from '../api/arrangementen';
import { ApiError } from '../api/problem';
import { useSchoolNamen } from '../api/scholen';
import { werkvoorraadVoorNaam } from '../arrangementLabels';
import { magArrangementAanvragen, SCHOOL_MEDEWERKER, SWV_MEDEWERKER } from '../auth/rollen';
import { useGebruiker } from '../auth/useGebruiker';
import { exporteerWerkvoorraad } from '../api/export';
import { ArrangementTellingen } from '../components/ArrangementTellingen';
import { ExporteerKnoppen } from '../components/ExporteerKnoppen';
import { MijnAanvragen } from '../components/MijnAanvragen';
import { ProblemMessage } from '../components/ProblemMessage';
import { WerkvoorraadTabel } from '../components/WerkvoorraadTabel';
import { usePageTitle } from '../usePageTitle';

/**
 * /werkvoorraad, "Mijn werkvoorraad": what waits for the signed-in person, earliest deadline first, one group per role
 * the API says must act (a person with two roles sees both, each labelled); for school staff also their own requests
 * in progress ("Mijn aanvragen").
 */
export function WerkvoorraadPage() {
  usePageTitle('Mijn werkvoorraad');
  const { rollen } = useGebruiker();
  const werkvoorraad = useWerkvoorraad();
  const schoolNaam = useSchoolNamen();
  const items = werkvoorraad.data ?? [];
  const aantalVerlopen = items.filter((item) => item.verlopen).length;

  return (
    <>
      <div className="paginakop">
        <h1>Mijn werkvoorraad</h1>
        {magArrangementAanvragen(rollen) && (
          <Link to="/arrangementen/nieuw" className="button">
            Arrangement aanvragen
          </Link>
        )}
      </div>
      <p className="intro">
        Aanvragen, vragen, starts, evaluaties en beëindigingen die op uw actie wachten, de vroegste deadline eerst.
      </p>
      {rollen.includes(SWV_MEDEWERKER) && <ArrangementTellingen />}
      {werkvoorraad.isPending ? (
        <p role="status">Laden…</p>
      ) : werkvoorraad.isError ? (
        <ProblemMessage summary={samenvatting(werkvoorraad.error)} error={werkvoorraad.error} />
      ) : items.length === 0 ? (
        <p>Er wacht nu niets op uw actie.</p>
      ) : (
        <>
          <p aria-live="polite">
            {items.length === 1 ? 'Er wacht 1 actie op u' : `Er wachten ${items.length} acties op u`}
            {aantalVerlopen > 0 && `; bij ${aantalVerlopen} is de deadline verlopen`}.
          </p>
          <ExporteerKnoppen lijst="werkvoorraad" haalOp={exporteerWerkvoorraad} />
          {perRol(items).map(([voor, lijnen]) => (
            <section key={voor} aria-labelledby={`voor-${voor}`}>
              <h2 id={`voor-${voor}`}>Voor: {werkvoorraadVoorNaam(voor)}</h2>
              <WerkvoorraadTabel voor={voor} items={lijnen} schoolNaam={schoolNaam} />
            </section>
          ))}
        </>
      )}
      {rollen.includes(SCHOOL_MEDEWERKER) && <MijnAanvragen schoolNaam={schoolNaam} />}
    </>
  );
}

/** The lines grouped by the role they are for, the group with the most urgent line first (the API sorts by deadline). */
function perRol(items: readonly WerkvoorraadItem[]): [string, WerkvoorraadItem[]][] {
  const groepen = new Map<string, WerkvoorraadItem[]>();
  for (const item of items) groepen.set(item.voor, [...(groepen.get(item.voor) ?? []), item]);
  return [...groepen];
}

function samenvatting(error: unknown): string {
  if (error instanceof ApiError && error.status === 403) return 'U heeft geen werkvoorraad: uw rol werkt niet met arrangementen.';
  return 'Uw werkvoorraad kon niet worden geladen.';
}
