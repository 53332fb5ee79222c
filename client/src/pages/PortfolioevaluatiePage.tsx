import { useState } from 'react';
import { exporteerPortfolioevaluatie } from '../api/export';
import { useRegioportfolio } from '../api/portfolio';
import { usePortfolioevaluatie, type Portfolioevaluatie, type Telcel, type Urencel } from '../api/portfolioevaluatie';
import { euroTekst } from '../arrangementWeergave';
import { evalueertPortfolio } from '../auth/rollen';
import { useGebruiker } from '../auth/useGebruiker';
import { ExporteerKnoppen } from '../components/ExporteerKnoppen';
import { ProblemMessage } from '../components/ProblemMessage';
import { TabelContainer } from '../components/TabelContainer';
import { TevredenheidsgroepenTabel } from '../components/TevredenheidsgroepenTabel';
import { Veld } from '../components/Veld';
import { celTekst, jaarKeuzes, standaardJaar } from '../portfolioevaluatieWeergave';
import { usePageTitle } from '../usePageTitle';

const FORMATEN = ['pdf', 'csv', 'xlsx'] as const;

/**
 * /portfolio/evaluatie: the yearly evaluation of a regio's portfolio, which the SWV presents to the regional board
 * (BOR). The staff see every figure and which ones the board's version leaves out; the files are always the board's.
 */
export function PortfolioevaluatiePage() {
  usePageTitle('Jaarevaluatie portfolio');
  const gebruiker = useGebruiker();
  const toegestaan = evalueertPortfolio(gebruiker);
  const regios = useRegioportfolio();
  const [gekozenRegio, setRegio] = useState<string>();
  const [jaar, setJaar] = useState(() => standaardJaar(new Date()));
  const [voorBestuur, setVoorBestuur] = useState(false);
  const regio = gekozenRegio ?? regios.data?.[0]?.regio;
  const evaluatie = usePortfolioevaluatie(toegestaan ? regio : undefined, jaar, voorBestuur);

  if (!toegestaan) {
    return (
      <>
        <h1>Jaarevaluatie portfolio</h1>
        <p className="problem" role="alert">
          Alleen de regionaal procesbegeleider, de beleidsmedewerker en de manager ondersteuning maken de jaarevaluatie.
        </p>
      </>
    );
  }

  return (
    <>
      <h1>Jaarevaluatie portfolio</h1>
      <p className="intro">
        Elk jaar weegt het samenwerkingsverband per regio het portfolio: de inzet van experts, de casuïstiek in de lokale netwerken,
        de tevredenheid van scholen, de middelen van de besturen en de samenwerkingsprojecten. Het regionaal bestuur krijgt de PDF
        of het bestand. Daarin staan geen kleine aantallen leerlingen, want die kunnen naar één kind wijzen.
      </p>
      {regios.isError && <ProblemMessage summary="De regio's konden niet worden geladen." error={regios.error} />}
      {regios.data?.length === 0 && <p>Uw samenwerkingsverband heeft nog geen regio's. De beheerder legt ze vast bij Beheer.</p>}
      {regio !== undefined && (
        <>
          <form className="formulier filterformulier" aria-label="Welke evaluatie" onSubmit={(e) => e.preventDefault()}>
            <Veld label="Regio">
              {(koppeling) => (
                <select {...koppeling} value={regio} onChange={(e) => setRegio(e.target.value)}>
                  {regios.data?.map((r) => (
                    <option key={r.regio} value={r.regio}>
                      {r.regio}
                    </option>
                  ))}
                </select>
              )}
            </Veld>
            <Veld label="Kalenderjaar">
              {(koppeling) => (
                <select {...koppeling} value={jaar} onChange={(e) => setJaar(Number(e.target.value))}>
                  {jaarKeuzes(new Date()).map((j) => (
                    <option key={j} value={j}>
                      {j}
                    </option>
                  ))}
                </select>
              )}
            </Veld>
            <p>
              <input id="voor-bestuur" type="checkbox" checked={voorBestuur} onChange={(e) => setVoorBestuur(e.target.checked)} />{' '}
              <label htmlFor="voor-bestuur">Toon wat het regionaal bestuur ziet</label>
            </p>
          </form>
          <ExporteerKnoppen
            lijst={`portfolio-evaluatie-${regio}-${jaar}`}
            formaten={FORMATEN}
            haalOp={(formaat) => exporteerPortfolioevaluatie(regio, jaar, formaat)}
          />
        </>
      )}
      {evaluatie.isPending && regio !== undefined && <p>Even geduld, de evaluatie wordt opgesteld.</p>}
      {evaluatie.isError && <ProblemMessage summary="De evaluatie kon niet worden opgesteld." error={evaluatie.error} />}
      {evaluatie.data && <Evaluatie evaluatie={evaluatie.data} />}
    </>
  );
}

function Evaluatie({ evaluatie: e }: { evaluatie: Portfolioevaluatie }) {
  const titel = `Regio ${e.regio}, ${e.jaar}`;
  return (
    <article aria-label={`Evaluatie ${titel}`}>
      <h2>{titel}</h2>
      <p>
        {e.voorBestuur
          ? `U ziet de versie voor het regionaal bestuur: aantallen van 1 tot en met ${e.drempel - 1} leerlingen zijn verborgen, en soms een cel ernaast.`
          : 'U ziet alle cijfers. Wat niet in de versie voor het bestuur staat, is gemarkeerd.'}
      </p>

      <section aria-labelledby="experts" className="sectie">
        <h3 id="experts">Inzet van experts</h3>
        <p>
          Leerlingen met uren van een expert: {celTekst(e.uren.leerlingen, e.uren.klein)}. Uren samen: {celTekst(e.uren.uren, e.uren.klein)}.
          Dit zijn de uren met een datum in {e.jaar}.
        </p>
        <Cijfertabel titel="Uren per expertisegebied" kop="Expertisegebied" leeg="Geen uren in dit jaar." cellen={e.uren.perExpertisegebied} kolommen={UREN} />
        <Cijfertabel titel="Uren per school" kop="School" cellen={e.uren.perSchool} kolommen={UREN} />
      </section>

      <section aria-labelledby="casuistiek" className="sectie">
        <h3 id="casuistiek">Casuïstiek in de lokale netwerken</h3>
        <p>
          Netwerkbesprekingen: {e.casuistiek.netwerkbesprekingen}. Ingebrachte casussen: {celTekst(e.casuistiek.casussen, e.casuistiek.klein)}.
        </p>
        <Cijfertabel titel="Uitkomst van de casussen" kop="Uitkomst" leeg="Geen casussen ingebracht in dit jaar." cellen={e.casuistiek.uitkomsten} kolommen={AANTAL} />
        <Cijfertabel
          titel="Afgesloten inzetten van experts"
          kop="Resultaat"
          leeg="Geen inzetten afgesloten in dit jaar."
          cellen={e.casuistiek.afgeslotenInzetten}
          kolommen={AANTAL}
        />
      </section>

      <section aria-labelledby="tevredenheid" className="sectie">
        <h3 id="tevredenheid">Tevredenheid van de scholen</h3>
        <p>
          {e.tevredenheid.beantwoord} van de {e.tevredenheid.verstuurd} verstuurde onderzoeken zijn ingevuld. Een gemiddelde staat er
          alleen bij 5 antwoorden of meer.
        </p>
        <TevredenheidsgroepenTabel
          titel="Tevredenheid per expertisegebied"
          kop="Expertisegebied"
          groepen={[...(e.tevredenheid.regio ? [{ ...e.tevredenheid.regio, naam: 'Hele regio' }] : []), ...e.tevredenheid.perExpertisegebied]}
        />
      </section>

      <section aria-labelledby="middelen" className="sectie">
        <h3 id="middelen">Middelen extra ondersteuning</h3>
        {e.middelen.length === 0 ? (
          <p>Voor {e.jaar} zijn geen middelen toegekend aan besturen met een school in deze regio.</p>
        ) : (
          <TabelContainer label="Middelen per schoolbestuur">
            <table className="data-table">
              <caption>Middelen per schoolbestuur in {e.jaar}</caption>
              <thead>
                <tr>
                  <th scope="col">Schoolbestuur</th>
                  <th scope="col">Toegekend</th>
                  <th scope="col">Voor scholen in de regio</th>
                  <th scope="col">Verantwoording</th>
                  <th scope="col">Besteed</th>
                </tr>
              </thead>
              <tbody>
                {e.middelen.map((m) => (
                  <tr key={m.schoolbestuurId}>
                    <th scope="row">{m.schoolbestuur}</th>
                    <td>{euroTekst(m.toegekend)}</td>
                    <td>{m.voorScholenInRegio === undefined || m.voorScholenInRegio === null ? 'niet per school verdeeld' : euroTekst(m.voorScholenInRegio)}</td>
                    <td>{m.verantwoordingLabel}</td>
                    <td>{m.besteed === undefined || m.besteed === null ? '–' : euroTekst(m.besteed)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TabelContainer>
        )}
      </section>

      <section aria-labelledby="projecten" className="sectie">
        <h3 id="projecten">Samenwerkingsprojecten</h3>
        {e.projecten.length === 0 && <p>Geen samenwerkingsprojecten in {e.jaar}.</p>}
        {e.projecten.map((p) => (
          <article key={p.id} className="kaart" aria-label={p.titel}>
            <h4>{p.titel}</h4>
            <dl className="gegevens">
              <dt>Partners</dt>
              <dd>{p.partners.length === 0 ? '–' : p.partners.join(', ')}</dd>
              <dt>Begroting</dt>
              <dd>{euroTekst(p.begroting)}</dd>
              <dt>Besteed</dt>
              <dd>{p.besteed === undefined || p.besteed === null ? '–' : euroTekst(p.besteed)}</dd>
              {p.geevalueerd ? (
                <>
                  <dt>Voortgang</dt>
                  <dd>{p.voortgang}</dd>
                  <dt>Resultaten</dt>
                  <dd>{p.resultaten}</dd>
                  <dt>Toegevoegde waarde</dt>
                  <dd>{p.toegevoegdeWaarde}</dd>
                </>
              ) : (
                <>
                  <dt>Evaluatie</dt>
                  <dd>Nog niet geëvalueerd over {e.jaar}.</dd>
                </>
              )}
            </dl>
          </article>
        ))}
      </section>
    </article>
  );
}

interface Cel {
  sleutel: string;
  naam: string;
  klein: boolean;
}

interface CijfertabelProps<T extends Cel> {
  titel: string;
  kop: string;
  /** What the section says when the year has no such figures; nothing when another table already says so. */
  leeg?: string;
  cellen: readonly T[];
  kolommen: readonly { kop: string; waarde: (cel: T) => number | null | undefined }[];
}

/** A breakdown (per gebied, school, outcome) with one row per cell; a small cell is marked or hidden as the version says. */
function Cijfertabel<T extends Cel>({ titel, kop, leeg, cellen, kolommen }: CijfertabelProps<T>) {
  if (cellen.length === 0) return leeg ? <p>{leeg}</p> : null;
  return (
    <TabelContainer label={titel}>
      <table className="data-table">
        <caption>{titel}</caption>
        <thead>
          <tr>
            <th scope="col">{kop}</th>
            {kolommen.map((k) => (
              <th key={k.kop} scope="col">
                {k.kop}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {cellen.map((c) => (
            <tr key={c.sleutel}>
              <th scope="row">{c.naam}</th>
              {kolommen.map((k) => (
                <td key={k.kop}>{celTekst(k.waarde(c), c.klein)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TabelContainer>
  );
}

const UREN = [
  { kop: 'Leerlingen', waarde: (c: Urencel) => c.leerlingen },
  { kop: 'Uren', waarde: (c: Urencel) => c.uren },
] as const;

const AANTAL = [{ kop: 'Aantal', waarde: (c: Telcel) => c.aantal }] as const;
