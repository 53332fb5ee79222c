import { useState } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useBeleidsinformatie, type Beleidsinformatie, type Beleidsinformatiefilters, type Doorlooptijd, type Kruistabel } from '../api/beleidsinformatie';
import { exporteerBeleidsinformatie } from '../api/export';
import type { Telcel } from '../api/portfolioevaluatie';
import { evalueertPortfolio } from '../auth/rollen';
import { useGebruiker } from '../auth/useGebruiker';
import { ExporteerKnoppen } from '../components/ExporteerKnoppen';
import { Kruistabeltabel } from '../components/Kruistabeltabel';
import { ProblemMessage } from '../components/ProblemMessage';
import { TabelContainer } from '../components/TabelContainer';
import { Keuzelijst, zelfdeNaam } from '../components/Keuzelijst';
import { binnenTermijnTekst, cijferTekst, dagenTekst, grafiekwaarde, percentagecijferTekst, schooljaarKeuzes } from '../beleidsinformatieWeergave';
import { percentageTekst } from '../leerlingaantallenWeergave';
import { datumTekst } from '../aanbiederWeergave';
import { huidigLeerjaar } from '../leerjaar';
import { euroTekst } from '../arrangementWeergave';
import { usePageTitle } from '../usePageTitle';

const FORMATEN = ['csv', 'xlsx'] as const;

/**
 * /beleidsinformatie: the figures of a schooljaar for the SWV's staff who read the portfolio's yearly evaluation, with
 * filters and a trend. Every chart is hidden from screen readers and has a table with the same figures under it.
 */
export function BeleidsinformatiePage() {
  usePageTitle('Beleidsinformatie');
  const gebruiker = useGebruiker();
  const toegestaan = evalueertPortfolio(gebruiker);
  const [filters, setFilters] = useState<Beleidsinformatiefilters>(() => ({ leerjaar: huidigLeerjaar() }));
  const [voorBuiten, setVoorBuiten] = useState(false);
  const dashboard = useBeleidsinformatie(filters, voorBuiten, toegestaan);
  const zet = (veld: keyof Beleidsinformatiefilters, waarde: string) => setFilters((f) => ({ ...f, [veld]: waarde === '' ? undefined : waarde }));

  if (!toegestaan) {
    return (
      <>
        <h1>Beleidsinformatie</h1>
        <p className="problem" role="alert">
          Alleen de regionaal procesbegeleider, de beleidsmedewerker en de manager ondersteuning zien de beleidsinformatie.
        </p>
      </>
    );
  }

  const keuzes = dashboard.data?.keuzes;
  return (
    <>
      <h1>Beleidsinformatie</h1>
      <p className="intro">
        Cijfers over een schooljaar (1 augustus tot en met 31 juli): arrangementen, TLV&apos;s, OPP&apos;s, hoe lang een besluit duurt,
        de uren van de experts, aanmeldingen, thuiszitters en de deelname aan regulier onderwijs. Buiten het bureau gaan alleen cijfers zonder kleine aantallen, want die kunnen naar één kind wijzen.
        Het bestand is altijd die versie.
      </p>
      <form className="formulier filterformulier" aria-label="Welke cijfers" onSubmit={(e) => e.preventDefault()}>
        <Keuzelijst label="Schooljaar" keuzes={zelfdeNaam(schooljaarKeuzes(new Date()))} waarde={filters.leerjaar} onChange={(w) => zet('leerjaar', w)} />
        <Keuzelijst label="Regio" leeg="Alle regio's" keuzes={zelfdeNaam(keuzes?.regios ?? [])} waarde={filters.regio ?? ''} onChange={(w) => zet('regio', w)} />
        <Keuzelijst label="Schoolbestuur" leeg="Alle besturen" keuzes={keuzes?.besturen ?? []} waarde={filters.bestuur ?? ''} onChange={(w) => zet('bestuur', w)} />
        <Keuzelijst label="School" leeg="Alle scholen" keuzes={keuzes?.scholen ?? []} waarde={filters.vestiging ?? ''} onChange={(w) => zet('vestiging', w)} />
        <p>
          <input id="voor-buiten" type="checkbox" checked={voorBuiten} onChange={(e) => setVoorBuiten(e.target.checked)} />{' '}
          <label htmlFor="voor-buiten">Toon wat lezers buiten het bureau zien</label>
        </p>
      </form>
      <ExporteerKnoppen lijst={`beleidsinformatie-${filters.leerjaar}`} formaten={FORMATEN} haalOp={(formaat) => exporteerBeleidsinformatie(filters, formaat)} />
      {dashboard.isPending && <p>Even geduld, de cijfers worden opgehaald.</p>}
      {dashboard.isError && <ProblemMessage summary="De beleidsinformatie kon niet worden opgehaald." error={dashboard.error} />}
      {dashboard.data && <Dashboard d={dashboard.data} />}
    </>
  );
}

function Dashboard({ d }: { d: Beleidsinformatie }) {
  const v = d.voorBuiten;
  return (
    <article aria-label={`Beleidsinformatie schooljaar ${d.leerjaar}`}>
      <h2>Schooljaar {d.leerjaar}</h2>
      <p>
        {v
          ? `U ziet de versie voor buiten het bureau: aantallen van 1 tot en met ${d.drempel - 1} zijn verborgen, en soms een cijfer ernaast.`
          : 'U ziet alle cijfers. Wat buiten het bureau niet te zien is, staat erbij.'}
      </p>

      <section aria-labelledby="verloop" className="sectie">
        <h3 id="verloop">Verloop over de jaren</h3>
        <Grafiek tabel="Verloop per schooljaar">
          <LineChart
            accessibilityLayer={false}
            data={d.trend.map((t) => ({
              jaar: t.leerjaar,
              Arrangementen: grafiekwaarde(t.arrangementen.aantal),
              "TLV's": grafiekwaarde(t.tlvs.aantal),
              "OPP's": grafiekwaarde(t.opps.aantal),
              Aanmeldingen: grafiekwaarde(t.aanmeldingen.aantal),
              Thuiszitters: grafiekwaarde(t.thuiszitters.aantal),
              'Deelname regulier (%)': grafiekwaarde(t.deelnamepercentage.waarde),
            }))}
          >
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="jaar" />
            <YAxis yAxisId="aantal" allowDecimals={false} />
            {/* The percentage has its own scale on the right: on the counts' scale its line would say nothing. */}
            <YAxis yAxisId="procent" orientation="right" domain={[0, 100]} unit=" %" />
            <Tooltip />
            <Legend />
            <Line yAxisId="aantal" type="monotone" dataKey="Arrangementen" stroke="#1f4e79" />
            <Line yAxisId="aantal" type="monotone" dataKey="TLV's" stroke="#8a3b12" strokeDasharray="5 3" />
            <Line yAxisId="aantal" type="monotone" dataKey="OPP's" stroke="#2e6b30" strokeDasharray="2 2" />
            <Line yAxisId="aantal" type="monotone" dataKey="Aanmeldingen" stroke="#6b2e6b" strokeDasharray="8 2" />
            <Line yAxisId="aantal" type="monotone" dataKey="Thuiszitters" stroke="#a34400" strokeDasharray="1 3" />
            <Line yAxisId="procent" type="monotone" dataKey="Deelname regulier (%)" stroke="#154273" strokeWidth={3} />
          </LineChart>
        </Grafiek>
        <TabelContainer label="Verloop per schooljaar">
          <table className="data-table">
            <caption>Verloop per schooljaar</caption>
            <thead>
              <tr>
                <th scope="col">Schooljaar</th>
                <th scope="col">Arrangementen aangevraagd</th>
                <th scope="col">TLV&apos;s aangevraagd</th>
                <th scope="col">Nieuwe OPP&apos;s</th>
                <th scope="col">Uren van experts</th>
                <th scope="col">Aanmeldingen ontvangen</th>
                <th scope="col">Aanmeldingen besloten binnen de termijn</th>
                <th scope="col">Thuiszitters op de laatste dag</th>
                <th scope="col">Deelname regulier onderwijs op 1 oktober</th>
              </tr>
            </thead>
            <tbody>
              {d.trend.map((t) => (
                <tr key={t.leerjaar}>
                  <th scope="row">{t.leerjaar}</th>
                  <td>{cijferTekst(t.arrangementen.aantal, t.arrangementen.klein, v)}</td>
                  <td>{cijferTekst(t.tlvs.aantal, t.tlvs.klein, v)}</td>
                  <td>{cijferTekst(t.opps.aantal, t.opps.klein, v)}</td>
                  <td>{cijferTekst(t.experturen, false, v)}</td>
                  <td>{cijferTekst(t.aanmeldingen.aantal, t.aanmeldingen.klein, v)}</td>
                  <td>{binnenTermijnTekst(t.aanmeldingBesluit)}</td>
                  <td>{cijferTekst(t.thuiszitters.aantal, t.thuiszitters.klein, v)}</td>
                  <td>{percentagecijferTekst(t.deelnamepercentage, v)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TabelContainer>
      </section>

      <section aria-labelledby="arrangementen" className="sectie">
        <h3 id="arrangementen">Arrangementen</h3>
        <Staafgrafiek tabelnaam="Arrangementen per soort en status" staven={kolomtotalen(d.arrangementenPerSoortEnStatus)} />
        <Kruistabeltabel titel="Arrangementen per soort en status" kop="Soort" tabel={d.arrangementenPerSoortEnStatus} voorBuiten={v} />
        <TabelContainer label="Toegekende arrangementen: uren en budget">
          <table className="data-table">
            <caption>Toegekende arrangementen: uren en budget</caption>
            <thead>
              <tr>
                <th scope="col">Soort</th>
                <th scope="col">Aantal</th>
                <th scope="col">Uren</th>
                <th scope="col">Budget</th>
              </tr>
            </thead>
            <tbody>
              {d.urenEnBudgetPerSoort.map((s) => (
                <tr key={s.sleutel}>
                  <th scope="row">{s.naam}</th>
                  <td>{cijferTekst(s.aantal, s.klein, v)}</td>
                  <td>{cijferTekst(s.uren, s.klein, v)}</td>
                  <td>{s.budget === undefined || s.budget === null ? 'verborgen' : euroTekst(s.budget)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TabelContainer>
      </section>

      <section aria-labelledby="tlvs" className="sectie">
        <h3 id="tlvs">Toelaatbaarheidsverklaringen</h3>
        <Staafgrafiek tabelnaam="TLV's per soort en categorie" staven={kolomtotalen(d.tlvsPerSoortEnCategorie)} />
        <Kruistabeltabel titel="TLV's per soort en categorie" kop="Soort" tabel={d.tlvsPerSoortEnCategorie} voorBuiten={v} />
      </section>

      <section aria-labelledby="opps" className="sectie">
        <h3 id="opps">Ontwikkelingsperspectiefplannen</h3>
        <p>Nieuwe OPP&apos;s dit schooljaar: {cijferTekst(d.opps.nieuw.aantal, d.opps.nieuw.klein, v)}.</p>
        <Termijntabel
          titel="Termijnen van OPP's"
          rijen={[
            { naam: 'Vastgesteld binnen 6 weken', cellen: d.opps.vaststelling },
            { naam: 'Geëvalueerd in het schooljaar', cellen: d.opps.evaluatie },
          ]}
          voorBuiten={v}
        />
      </section>

      <section aria-labelledby="doorlooptijd" className="sectie">
        <h3 id="doorlooptijd">Doorlooptijd van aanvraag tot besluit</h3>
        <TabelContainer label="Doorlooptijd van aanvraag tot besluit">
          <table className="data-table">
            <caption>Doorlooptijd van aanvraag tot besluit</caption>
            <thead>
              <tr>
                <th scope="col">Aanvragen</th>
                <th scope="col">Besloten</th>
                <th scope="col">Mediaan</th>
                <th scope="col">9 van de 10 binnen</th>
              </tr>
            </thead>
            <tbody>
              <DoorlooptijdRij naam="Arrangementen" tijd={d.doorlooptijdArrangementen} voorBuiten={v} />
              <DoorlooptijdRij naam="TLV's" tijd={d.doorlooptijdTlvs} voorBuiten={v} />
            </tbody>
          </table>
        </TabelContainer>
      </section>

      <section aria-labelledby="experts" className="sectie">
        <h3 id="experts">Inzet van experts</h3>
        <p>
          Leerlingen met uren van een expert: {cijferTekst(d.experturen.leerlingen, d.experturen.klein, v)}. Uren samen:{' '}
          {cijferTekst(d.experturen.uren, d.experturen.klein, v)}.
        </p>
        <TabelContainer label="Uren per expertisegebied">
          <table className="data-table">
            <caption>Uren per expertisegebied</caption>
            <thead>
              <tr>
                <th scope="col">Expertisegebied</th>
                <th scope="col">Leerlingen</th>
                <th scope="col">Uren</th>
              </tr>
            </thead>
            <tbody>
              {d.experturen.perExpertisegebied.length === 0 && (
                <tr>
                  <td colSpan={3}>Geen uren in dit schooljaar.</td>
                </tr>
              )}
              {d.experturen.perExpertisegebied.map((c) => (
                <tr key={c.sleutel}>
                  <th scope="row">{c.naam}</th>
                  <td>{cijferTekst(c.leerlingen, c.klein, v)}</td>
                  <td>{cijferTekst(c.uren, c.klein, v)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TabelContainer>
      </section>

      <section aria-labelledby="aanmeldingen" className="sectie">
        <h3 id="aanmeldingen">Aanmeldingen en zorgplicht</h3>
        <p>
          Aanmeldingen ontvangen in dit schooljaar: {cijferTekst(d.aanmeldingen.nieuw.aantal, d.aanmeldingen.nieuw.klein, v)}. De school
          beslist binnen 6 weken, of binnen 10 weken als zij de termijn verlengt. Besloten binnen de termijn:{' '}
          {binnenTermijnTekst(d.aanmeldingen.besluit)}.
        </p>
        <Staafgrafiek tabelnaam="Termijnen van aanmeldingen" staven={d.aanmeldingen.besluit} />
        <Termijntabel titel="Termijnen van aanmeldingen" rijen={[{ naam: 'Besluit over de toelating', cellen: d.aanmeldingen.besluit }]} voorBuiten={v} />
      </section>

      <section aria-labelledby="thuiszitters" className="sectie">
        <h3 id="thuiszitters">Thuiszitters</h3>
        <p>
          Thuiszitters op {datumTekst(d.thuiszitters.peildatum)}: {cijferTekst(d.thuiszitters.perDuur.totaal.aantal, d.thuiszitters.perDuur.totaal.klein, v)}. Dat
          is de laatste dag van het schooljaar, of vandaag als het schooljaar nog loopt. Leerlingen met een vrijstelling tellen niet mee.
        </p>
        <Staafgrafiek tabelnaam="Thuiszitters naar duur van het verzuim" staven={rijtotalen(d.thuiszitters.perDuur)} />
        <Kruistabeltabel titel="Thuiszitters naar duur van het verzuim" kop="Duur van het verzuim" tabel={d.thuiszitters.perDuur} voorBuiten={v} />
      </section>

      <Deelname d={d} />
    </article>
  );
}

/**
 * The deelnamepercentage regulier onderwijs on 1 October against the ondersteuningsplan's target. It is always the
 * samenwerkingsverband's own figure (the API does not filter it), so with a filter the page says so.
 */
function Deelname({ d }: { d: Beleidsinformatie }) {
  const v = d.voorBuiten;
  const { perTeldatum, percentages, streefpercentage } = d.deelname;
  const laatste = percentages[percentages.length - 1] ?? { klein: false };
  const gefilterd = Boolean(d.filter.regio ?? d.filter.vestiging ?? d.filter.bestuur);
  const streef = streefpercentage ?? undefined;
  const data = perTeldatum.rijen.map((r, i) => ({ teldatum: r.naam, 'Deelname regulier (%)': grafiekwaarde(percentages[i]?.waarde) }));
  return (
    <section aria-labelledby="deelname" className="sectie">
      <h3 id="deelname">Deelname regulier onderwijs</h3>
      <p>
        Deelnamepercentage op {datumTekst(d.deelname.teldatum)}: {percentagecijferTekst(laatste, v)}. Dat is het deel van de leerlingen dat naar een
        gewone school gaat, en niet naar het speciaal basisonderwijs of het speciaal onderwijs.{' '}
        {streef === undefined
          ? 'Het samenwerkingsverband heeft nog geen streefpercentage vastgelegd.'
          : `Het streefpercentage uit het ondersteuningsplan is ${percentageTekst(streef)}.`}
      </p>
      {gefilterd && <p>Dit cijfer geldt voor het hele samenwerkingsverband, ook als u hierboven een regio, schoolbestuur of school kiest.</p>}
      <Grafiek tabel="Deelname regulier onderwijs per teldatum">
        <LineChart accessibilityLayer={false} data={data}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="teldatum" />
          <YAxis domain={[0, 100]} unit=" %" />
          <Tooltip />
          {streef !== undefined && <ReferenceLine y={streef} stroke="#a34400" strokeDasharray="6 4" label={`Streef ${percentageTekst(streef)}`} />}
          <Line type="monotone" dataKey="Deelname regulier (%)" stroke="#154273" strokeWidth={3} />
        </LineChart>
      </Grafiek>
      {/* No totals row: it would add up pupils of different years. */}
      <Kruistabeltabel
        titel="Deelname regulier onderwijs per teldatum"
        kop="Teldatum"
        tabel={perTeldatum}
        voorBuiten={v}
        extraKolom={{ kop: 'Deelnamepercentage', cel: (i) => percentagecijferTekst(percentages[i] ?? { klein: false }, v) }}
        zonderTotaalrij
      />
    </section>
  );
}

/** A chart for sighted readers; screen readers skip it (no keyboard layer either) and read the table named in the text. */
function Grafiek({ tabel, children }: { tabel: string; children: React.ReactElement }) {
  return (
    <figure className="grafiek">
      <div aria-hidden="true" style={{ width: '100%', height: 260 }}>
        <ResponsiveContainer>{children}</ResponsiveContainer>
      </div>
      <figcaption>De cijfers van deze grafiek staan in de tabel &apos;{tabel}&apos;.</figcaption>
    </figure>
  );
}

/** A table's column totals, or its row totals, as the bars of a chart. */
const kolomtotalen = (t: Kruistabel) => t.kolommen.map((k, i) => ({ naam: k.naam, aantal: t.kolomtotalen[i]?.aantal }));
const rijtotalen = (t: Kruistabel) => t.rijen.map((r, i) => ({ naam: r.naam, aantal: t.rijtotalen[i]?.aantal }));

/** Figures as bars (a hidden one draws no bar); the table named carries every figure. */
function Staafgrafiek({ tabelnaam, staven }: { tabelnaam: string; staven: readonly { naam: string; aantal?: number | null | undefined }[] }) {
  const data = staven.map((s) => ({ naam: s.naam, Aantal: grafiekwaarde(s.aantal) }));
  return (
    <Grafiek tabel={tabelnaam}>
      <BarChart accessibilityLayer={false} data={data}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="naam" />
        <YAxis allowDecimals={false} />
        <Tooltip />
        <Bar dataKey="Aantal" fill="#1f4e79" />
      </BarChart>
    </Grafiek>
  );
}

/** Terms by outcome (op tijd, te laat, loopt nog): one row per kind of term, the outcomes as columns. */
function Termijntabel({ titel, rijen, voorBuiten }: { titel: string; rijen: { naam: string; cellen: Telcel[] }[]; voorBuiten: boolean }) {
  return (
    <TabelContainer label={titel}>
      <table className="data-table">
        <caption>{titel}</caption>
        <thead>
          <tr>
            <th scope="col">Termijn</th>
            {(rijen[0]?.cellen ?? []).map((c) => (
              <th key={c.sleutel} scope="col">
                {c.naam}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rijen.map((rij) => (
            <tr key={rij.naam}>
              <th scope="row">{rij.naam}</th>
              {rij.cellen.map((c) => (
                <td key={c.sleutel}>{cijferTekst(c.aantal, c.klein, voorBuiten)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TabelContainer>
  );
}

function DoorlooptijdRij({ naam, tijd, voorBuiten }: { naam: string; tijd: Doorlooptijd; voorBuiten: boolean }) {
  const verborgen = tijd.aantal === undefined || tijd.aantal === null;
  return (
    <tr>
      <th scope="row">{naam}</th>
      <td>{cijferTekst(tijd.aantal, tijd.klein, voorBuiten)}</td>
      <td>{verborgen ? 'verborgen' : dagenTekst(tijd.mediaan)}</td>
      <td>{verborgen ? 'verborgen' : dagenTekst(tijd.p90)}</td>
    </tr>
  );
}
