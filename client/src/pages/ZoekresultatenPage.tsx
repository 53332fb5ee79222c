import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { ApiError } from '../api/problem';
import { useSchoolNamen } from '../api/scholen';
import { useZoekresultaten, type Zoekresultaten } from '../api/zoeken';
import { leerlingNaam } from '../arrangementWeergave';
import { toonDatum } from '../datum';
import { ProblemMessage } from '../components/ProblemMessage';
import { StatusLabel } from '../components/StatusLabel';
import { usePageTitle } from '../usePageTitle';
import { leesZoekterm } from '../zoekterm';

/**
 * /zoeken: what the header's search box found, per kind a heading, the number found and links. The term comes from
 * the navigation's state, so no name or date of birth is ever in this page's URL.
 */
export function ZoekresultatenPage() {
  usePageTitle('Zoekresultaten');
  const zoekterm = leesZoekterm(useLocation().state);
  const zoeken = useZoekresultaten(zoekterm);
  return (
    <>
      <h1>Zoekresultaten</h1>
      {zoekterm === undefined ? (
        <p>
          Typ in het zoekvak bovenaan een deel van een naam, een geboortedatum (14-03-2017), een beschikkingsnummer of de
          naam of code van een aanbieder, en kies Zoeken.
        </p>
      ) : zoeken.data ? (
        <>
          <p>Gezocht op: {zoekterm}</p>
          <Groepen resultaten={zoeken.data} />
        </>
      ) : zoeken.isError ? (
        <ProblemMessage summary={samenvatting(zoeken.error)} error={zoeken.error} />
      ) : (
        <p role="status">Zoeken…</p>
      )}
    </>
  );
}

function Groepen({ resultaten }: { resultaten: Zoekresultaten }) {
  const schoolNaam = useSchoolNamen();
  const { leerlingen, arrangementen, onderwijsbegeleidingsaanbieders: aanbieders } = resultaten;
  return (
    <>
      {leerlingen && (
        <Groep id="gevonden-leerlingen" titel="Leerlingen" enkelvoud="leerling" meervoud="leerlingen" totaal={leerlingen.totaal} getoond={leerlingen.resultaten.length}>
          {leerlingen.resultaten.map((leerling) => (
            <li key={leerling.id}>
              <Link to={`/leerlingen/${leerling.id}`}>{leerlingNaam(leerling)}</Link>
              {`, geboren ${toonDatum(leerling.geboortedatum)}, ${schoolNaam(leerling.vestiging)}`}
            </li>
          ))}
        </Groep>
      )}
      {arrangementen && (
        <Groep id="gevonden-arrangementen" titel="Arrangementen" enkelvoud="arrangement" meervoud="arrangementen" totaal={arrangementen.totaal} getoond={arrangementen.resultaten.length}>
          {arrangementen.resultaten.map((arrangement) => (
            <li key={arrangement.id}>
              <Link to={`/arrangementen/${arrangement.id}`}>{arrangement.beschikkingsnummer}</Link>
              {`, ${leerlingNaam(arrangement.leerling)}, `}
              <StatusLabel status={arrangement.status} />
            </li>
          ))}
        </Groep>
      )}
      <Groep id="gevonden-aanbieders" titel="Aanbieders" enkelvoud="aanbieder" meervoud="aanbieders" totaal={aanbieders.totaal} getoond={aanbieders.resultaten.length}>
        {aanbieders.resultaten.map((aanbieder) => (
          <li key={aanbieder.code}>
            <Link to={`/aanbieders/${aanbieder.code}`}>{aanbieder.naam}</Link>
            {` (${aanbieder.code})`}
          </li>
        ))}
      </Groep>
    </>
  );
}

interface GroepProps {
  id: string;
  titel: string;
  enkelvoud: string;
  meervoud: string;
  totaal: number;
  getoond: number;
  children: ReactNode;
}

/** One kind of result: a heading, how many were found (and that only the first are shown), and the links. */
function Groep({ id, titel, enkelvoud, meervoud, totaal, getoond, children }: GroepProps) {
  return (
    <section aria-labelledby={id} className="sectie">
      <h2 id={id}>{titel}</h2>
      <p>{telling(totaal, getoond, enkelvoud, meervoud)}</p>
      {getoond > 0 && <ul className="zoekresultaten">{children}</ul>}
    </section>
  );
}

function telling(totaal: number, getoond: number, enkelvoud: string, meervoud: string): string {
  if (totaal === 0) return `Geen ${meervoud} gevonden.`;
  const gevonden = `${totaal} ${totaal === 1 ? enkelvoud : meervoud} gevonden`;
  return totaal > getoond ? `${gevonden}; de eerste ${getoond} staan hieronder. Maak uw zoekterm preciezer om te verfijnen.` : `${gevonden}.`;
}

function samenvatting(error: unknown): string {
  if (error instanceof ApiError && error.status === 400) return 'Controleer uw zoekterm.';
  return 'Het zoeken is niet gelukt.';
}
