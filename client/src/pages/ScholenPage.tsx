import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import {
  useSchoolbesturen,
  useSchoolbestuurNamen,
  useScholen,
  useScholenLijst,
  type School,
  type SchoolFilters,
  type SchoolSortering,
} from '../api/scholen';
import { exporteerScholen } from '../api/export';
import type { components } from '../api/schema';
import { verdeelFouten } from '../api/veldfouten';
import { magClusterVastleggen, magOndersteuningsprofielVastleggen } from '../auth/rollen';
import { useGebruiker } from '../auth/useGebruiker';
import { ExporteerKnoppen } from '../components/ExporteerKnoppen';
import { IvoWeergave } from '../components/IvoWeergave';
import { MeerLaden } from '../components/MeerLaden';
import { ClusterFormulier } from '../components/ClusterFormulier';
import { Melding } from '../components/Melding';
import { OndersteuningsprofielFormulier } from '../components/OndersteuningsprofielFormulier';
import { ProblemMessage } from '../components/ProblemMessage';
import { SorteerKop } from '../components/SorteerKop';
import { Uitklapper } from '../components/Uitklapper';
import { Veld } from '../components/Veld';
import { TabelContainer } from '../components/TabelContainer';
import { clusterTekst, SOORT_LABELS } from '../schoolWeergave';
import { usePageTitle } from '../usePageTitle';
import { leesZoekvragen } from '../zoekvragenInUrl';

type SoortSchool = components['schemas']['SoortSchool'];

const SORTERINGEN: readonly SchoolSortering[] = ['naam', '-naam', 'vestiging', '-vestiging'];
const ZOEKVRAGEN = ['zoek', 'soort', 'regio', 'bestuur'] as const;
type Zoekvragen = Record<(typeof ZOEKVRAGEN)[number], string>;

const isSoort = (waarde: string): waarde is SoortSchool => waarde in SOORT_LABELS;
const isSortering = (waarde: string): waarde is SchoolSortering => (SORTERINGEN as readonly string[]).includes(waarde);

function alsFilters(zoekvragen: Zoekvragen, sortering: SchoolSortering): SchoolFilters {
  const { zoek, soort, regio, bestuur } = zoekvragen;
  return {
    ...(zoek && { zoek }),
    ...(isSoort(soort) && { soort }),
    ...(regio && { regio }),
    ...(bestuur && { bestuur }),
    ...(sortering !== 'naam' && { sorteer: sortering }),
  };
}

/**
 * /scholen: the schools of the samenwerkingsverband, searched, filtered and sorted by the API, a page at a time. The
 * search, filters, order and the school opened are in the URL, so they survive a reload and the Back button.
 */
export function ScholenPage() {
  usePageTitle('Scholen');
  const [searchParams, setSearchParams] = useSearchParams();
  const zoekvragen = leesZoekvragen(searchParams, ZOEKVRAGEN);
  const gevraagd = searchParams.get('sorteer') ?? '';
  const sortering: SchoolSortering = isSortering(gevraagd) ? gevraagd : 'naam';
  const filters = alsFilters(zoekvragen, sortering);
  const lijst = useScholenLijst(filters);
  const fouten = verdeelFouten(lijst.error, [...ZOEKVRAGEN, 'sorteer']);
  const bestuurNaam = useSchoolbestuurNamen();
  const scholen = lijst.data?.pages.flatMap((pagina) => pagina.scholen) ?? [];
  const totaal = lijst.data?.pages[0]?.totaal ?? 0;
  const gekozenCode = searchParams.get('school') ?? '';
  const gekozen = scholen.find((school) => school.vestiging === gekozenCode);
  const gezocht = ZOEKVRAGEN.some((vraag) => zoekvragen[vraag] !== '');

  const metParameters = (wijzig: (params: URLSearchParams) => void) => {
    const params = new URLSearchParams(searchParams);
    wijzig(params);
    return params;
  };
  const zoek = (nieuw: Zoekvragen) =>
    setSearchParams(
      metParameters((params) => {
        for (const vraag of ZOEKVRAGEN) {
          const waarde = nieuw[vraag].trim();
          if (waarde === '') params.delete(vraag);
          else params.set(vraag, waarde);
        }
        params.delete('school');
      }),
    );
  const sorteer = (nieuw: SchoolSortering) =>
    setSearchParams(
      metParameters((params) => {
        if (nieuw === 'naam') params.delete('sorteer');
        else params.set('sorteer', nieuw);
      }),
    );
  const schoolLink = (vestiging: string) => `?${metParameters((params) => params.set('school', vestiging)).toString()}`;
  const sluitLink = `?${metParameters((params) => params.delete('school')).toString()}`;

  return (
    <>
      <h1>Scholen</h1>
      <p className="intro">
        De scholen van het samenwerkingsverband met hun ondersteuningsprofiel: de ondersteuning die elke school zelf
        biedt, op de vijf IVO-velden. Kies een school om haar profiel te zien.
      </p>
      <ScholenZoekformulier key={searchParams.toString()} zoekvragen={zoekvragen} fouten={fouten} onZoek={zoek} />
      {gekozen && (
        <GekozenSchool key={gekozen.vestiging} school={gekozen} bestuur={bestuurNaam(gekozen.schoolbestuur)} sluitLink={sluitLink} />
      )}
      <section aria-labelledby="resultaten" className="sectie">
        <h2 id="resultaten">Resultaten</h2>
        {lijst.data ? (
          <>
            <p aria-live="polite">
              {totaal === 0
                ? `Er zijn geen scholen gevonden${gezocht ? ' die bij uw zoekvragen passen' : ''}.`
                : `${totaal} ${totaal === 1 ? 'school' : 'scholen'} gevonden${scholen.length < totaal ? `, ${scholen.length} getoond` : ''}.`}
            </p>
            {scholen.length > 0 && (
              <>
                <ExporteerKnoppen lijst="scholen" haalOp={(formaat) => exporteerScholen(filters, formaat)} />
                <TabelContainer label="Gevonden scholen">
                  <table className="data-table">
                    <caption>Gevonden scholen</caption>
                    <thead>
                      <tr>
                        <SorteerKop veld="naam" sortering={sortering} onSorteer={sorteer}>
                          Naam
                        </SorteerKop>
                        <SorteerKop veld="vestiging" sortering={sortering} onSorteer={sorteer}>
                          Vestiging
                        </SorteerKop>
                        <th scope="col">Soort</th>
                        <th scope="col">Schoolbestuur</th>
                        <th scope="col">Regio</th>
                      </tr>
                    </thead>
                    <tbody>
                      {scholen.map((school) => (
                        <tr key={school.vestiging}>
                          <th scope="row">
                            <Link to={schoolLink(school.vestiging)} aria-current={school.vestiging === gekozenCode ? 'true' : undefined}>
                              {school.naam}
                            </Link>
                          </th>
                          <td>
                            <code>{school.vestiging}</code>
                          </td>
                          <td>{isSoort(school.soort) ? SOORT_LABELS[school.soort] : school.soort}</td>
                          <td>{bestuurNaam(school.schoolbestuur)}</td>
                          <td>
                            {school.regio ?? '—'}
                            {school.lokaalNetwerk && `, ${school.lokaalNetwerk}`}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </TabelContainer>
              </>
            )}
            {lijst.isFetchNextPageError && <ProblemMessage summary="Meer scholen laden is niet gelukt." error={lijst.error} />}
            <MeerLaden lijst={lijst} />
          </>
        ) : lijst.isError ? (
          <ProblemMessage summary="De scholen konden niet worden geladen." error={lijst.error} fouten={fouten.overig} />
        ) : (
          <p role="status">Laden…</p>
        )}
      </section>
    </>
  );
}

interface ZoekformulierProps {
  zoekvragen: Zoekvragen;
  fouten: ReturnType<typeof verdeelFouten>;
  onZoek: (zoekvragen: Zoekvragen) => void;
}

/** Search by name or vestiging, filter by soort, regio and bestuur; it starts from the URL and hands a new search back. */
function ScholenZoekformulier({ zoekvragen, fouten, onZoek }: ZoekformulierProps) {
  const [invoer, setInvoer] = useState(zoekvragen);
  const alle = useScholen();
  const besturen = useSchoolbesturen();
  const regios = [...new Set((alle.data ?? []).flatMap((school) => (school.regio ? [school.regio] : [])))].sort((a, b) =>
    a.localeCompare(b, 'nl'),
  );
  const wijzig = (vraag: keyof Zoekvragen) => (event: { target: { value: string } }) =>
    setInvoer((huidig) => ({ ...huidig, [vraag]: event.target.value }));
  const zoek = (event: FormEvent) => {
    event.preventDefault();
    onZoek(invoer);
  };
  return (
    <form role="search" aria-label="Scholen zoeken" className="zoekformulier" noValidate onSubmit={zoek}>
      <div className="zoekformulier__velden">
        <Veld label="Naam of vestiging" hint="Een deel van de naam, een BRIN (12AB) of een vestiging (12AB00)." fouten={fouten.bij('zoek')}>
          {(koppeling) => <input {...koppeling} type="search" autoComplete="off" value={invoer.zoek} onChange={wijzig('zoek')} />}
        </Veld>
        <Veld label="Soort" fouten={fouten.bij('soort')}>
          {(koppeling) => (
            <select {...koppeling} value={invoer.soort} onChange={wijzig('soort')}>
              <option value="">Alle soorten</option>
              {Object.entries(SOORT_LABELS).map(([code, label]) => (
                <option key={code} value={code}>
                  {label}
                </option>
              ))}
            </select>
          )}
        </Veld>
        <Veld label="Regio" fouten={fouten.bij('regio')}>
          {(koppeling) => (
            <select {...koppeling} value={invoer.regio} onChange={wijzig('regio')}>
              <option value="">Alle regio&apos;s</option>
              {[...regios, ...(invoer.regio !== '' && !regios.includes(invoer.regio) ? [invoer.regio] : [])].map((regio) => (
                <option key={regio} value={regio}>
                  {regio}
                </option>
              ))}
            </select>
          )}
        </Veld>
        <Veld label="Schoolbestuur" fouten={fouten.bij('bestuur')}>
          {(koppeling) => (
            <select {...koppeling} value={invoer.bestuur} onChange={wijzig('bestuur')}>
              <option value="">Alle besturen</option>
              {(besturen.data ?? []).map((bestuur) => (
                <option key={bestuur.nummer} value={bestuur.nummer}>
                  {`${bestuur.naam} (${bestuur.nummer})`}
                </option>
              ))}
            </select>
          )}
        </Veld>
      </div>
      <div className="knoppen">
        <button type="submit" className="button">
          Zoeken
        </button>
        <Link to="/scholen" className="button button--secundair">
          Zoekvragen wissen
        </Link>
      </div>
    </form>
  );
}

/** The school chosen in the list: its details and ondersteuningsprofiel, which its own staff and the beheerder may change. */
function GekozenSchool({ school, bestuur, sluitLink }: { school: School; bestuur: string; sluitLink: string }) {
  const gebruiker = useGebruiker();
  const [bewerken, setBewerken] = useState<'profiel' | 'cluster' | null>(null);
  const [melding, setMelding] = useState<string>();
  const magWijzigen = magOndersteuningsprofielVastleggen(gebruiker, school.vestiging);
  // Only an SO or VSO school has a cluster; 1 or 2 means no zorgplicht at an aanmelding.
  const speciaal = school.soort === 'SO' || school.soort === 'VSO';
  const klaar = (tekst: string) => {
    setBewerken(null);
    setMelding(tekst);
  };
  const kopId = `school-${school.vestiging}`;
  return (
    <section aria-labelledby={kopId} className="sectie">
      <h2 id={kopId}>{school.naam}</h2>
      <Melding tekst={melding} />
      <dl className="gegevens">
        <dt>Vestiging</dt>
        <dd>
          <code>{school.vestiging}</code>
        </dd>
        <dt>Soort</dt>
        <dd>{isSoort(school.soort) ? SOORT_LABELS[school.soort] : school.soort}</dd>
        <dt>Schoolbestuur</dt>
        <dd>{bestuur}</dd>
        {school.regio && (
          <>
            <dt>Regio</dt>
            <dd>
              {school.regio}
              {school.lokaalNetwerk && `, lokaal netwerk ${school.lokaalNetwerk}`}
            </dd>
          </>
        )}
        {speciaal && (
          <>
            <dt>Cluster</dt>
            <dd>{clusterTekst(school.cluster)}</dd>
          </>
        )}
      </dl>
      {speciaal && magClusterVastleggen(gebruiker.rollen) && (
        <div className="beheeractie">
          <Uitklapper
            knop={`Cluster van ${school.naam} wijzigen`}
            open={bewerken === 'cluster'}
            onOpen={() => {
              setMelding(undefined);
              setBewerken('cluster');
            }}
          >
            <ClusterFormulier school={school} onAnnuleer={() => setBewerken(null)} onKlaar={klaar} />
          </Uitklapper>
        </div>
      )}
      <h3>Ondersteuningsprofiel</h3>
      <IvoWeergave velden={school.ondersteuningsprofiel} />
      {magWijzigen && (
        <div className="beheeractie">
          <Uitklapper
            knop={`Ondersteuningsprofiel van ${school.naam} wijzigen`}
            open={bewerken === 'profiel'}
            onOpen={() => {
              setMelding(undefined);
              setBewerken('profiel');
            }}
          >
            <OndersteuningsprofielFormulier school={school} onAnnuleer={() => setBewerken(null)} onKlaar={klaar} />
          </Uitklapper>
        </div>
      )}
      <p>
        <Link to={sluitLink}>Sluit {school.naam}</Link>
      </p>
    </section>
  );
}
