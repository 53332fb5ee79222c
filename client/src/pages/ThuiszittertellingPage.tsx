import { useState, type FormEvent } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { Kruistabel } from '../api/beleidsinformatie';
import { exporteerThuiszittertelling, useThuiszittertelling } from '../api/thuiszitters';
import { verdeelFouten } from '../api/veldfouten';
import { datumTekst, vandaagIso } from '../aanbiederWeergave';
import { beheertThuiszitters } from '../auth/rollen';
import { useGebruiker } from '../auth/useGebruiker';
import { DatumVeld } from '../components/DatumVeld';
import { ExporteerKnoppen } from '../components/ExporteerKnoppen';
import { Kruistabeltabel } from '../components/Kruistabeltabel';
import { ProblemMessage } from '../components/ProblemMessage';
import { leesDatum } from '../datum';
import { usePageTitle } from '../usePageTitle';

const KLEUREN = ['#154273', '#a34400', '#39870c'];

/** The heading of each table's column of row names, by the table's code. */
const RIJKOPPEN: Record<string, string> = {
  'per-duur': 'Duur van het verzuim',
  'per-leeftijd': 'Leeftijd op de peildatum',
  'per-reden': 'Reden',
  terugkeer: 'Uitkomst',
  vrijstellingen: 'Grond',
};

/**
 * /thuiszitters/telling: who was thuiszitter on a peildatum (default today), per soort and duration, age and reason;
 * how many new thuiszitters were back within 3 months; vrijstellingen apart. Exact figures, for the SWV's own staff, each
 * table in the dashboard's shape and component: what the file (for outsiders) hides is marked.
 */
export function ThuiszittertellingPage() {
  usePageTitle('Telling thuiszitters');
  const toegestaan = beheertThuiszitters(useGebruiker().rollen);
  const [invoer, setInvoer] = useState(vandaagIso);
  const [peildatum, setPeildatum] = useState(vandaagIso);
  const telling = useThuiszittertelling(peildatum);
  const fouten = verdeelFouten(telling.error, ['peildatum']);

  if (!toegestaan) {
    return (
      <>
        <h1>Telling thuiszitters</h1>
        <p className="problem" role="alert">
          Alleen medewerkers van het samenwerkingsverband zien de telling van thuiszitters.
        </p>
      </>
    );
  }
  const toon = (event: FormEvent) => {
    event.preventDefault();
    const lezing = leesDatum(invoer);
    if (lezing.soort === 'datum') setPeildatum(lezing.iso);
  };
  const tabellen = telling.data?.tabellen ?? [];
  const terugkeer = tabellen.find((t) => t.code === 'terugkeer')?.tabel;
  const binnen = terugkeer?.rijtotalen[terugkeer.rijen.findIndex((rij) => rij.sleutel === 'binnen-3-maanden-terug')]?.aantal ?? 0;

  return (
    <>
      <h1>Telling thuiszitters</h1>
      <p className="intro">
        Hoeveel kinderen op de peildatum thuis zaten, naar soort verzuim, duur, leeftijd en reden. Dit zijn de precieze aantallen, alleen
        voor het samenwerkingsverband zelf. Het bestand is voor buiten het bureau (zoals de Inspectie): daarin zijn kleine aantallen
        verborgen, want die kunnen naar één kind wijzen. Wat daar niet te zien is, staat hier bij het aantal.
      </p>
      <form className="formulier filterformulier" aria-label="Peildatum kiezen" noValidate onSubmit={toon}>
        <DatumVeld label="Peildatum" fouten={fouten.bij('peildatum')} value={invoer} onChange={setInvoer} />
        <div className="knoppen">
          <button type="submit" className="button">
            Tellen
          </button>
        </div>
      </form>
      {telling.isError && <ProblemMessage summary="De telling kon niet worden geladen." error={telling.error} fouten={fouten.overig} />}
      {telling.data && (
        <>
          <p aria-live="polite">
            Op {datumTekst(telling.data.peildatum)} {telling.data.thuiszitters === 1 ? 'zat 1 kind' : `zaten ${telling.data.thuiszitters} kinderen`} thuis.
            {terugkeer &&
              ` Van de ${terugkeer.totaal.aantal ?? 0} nieuwe thuiszitters sinds ${datumTekst(telling.data.periodeVanaf)} ${binnen === 1 ? 'was er 1' : `waren er ${binnen}`} binnen 3 maanden terug.`}
          </p>
          <ExporteerKnoppen lijst="thuiszitters-telling" haalOp={(formaat) => exporteerThuiszittertelling(telling.data.peildatum, formaat)} />
          {tabellen.map(({ code, titel, tabel }) => (
            <section key={code} aria-labelledby={`tabel-${code}`} className="sectie">
              <h2 id={`tabel-${code}`}>{titel}</h2>
              {code === 'per-duur' && <Grafiek tabel={tabel} />}
              <Kruistabeltabel titel={titel} kop={RIJKOPPEN[code] ?? 'Groep'} tabel={tabel} voorBuiten={false} />
            </section>
          ))}
        </>
      )}
    </>
  );
}

/** The soort × duration table as bars; a picture of the table beneath it, which is what a screen reader reads. */
function Grafiek({ tabel }: { tabel: Kruistabel }) {
  const data = tabel.rijen.map((rij, r) => ({
    naam: rij.naam,
    ...Object.fromEntries(tabel.kolommen.map((kolom, k) => [kolom.naam, tabel.cellen[r]?.[k]?.aantal ?? 0])),
  }));
  return (
    <figure className="grafiek" aria-hidden="true">
      <ResponsiveContainer width="100%" height={260}>
        <BarChart accessibilityLayer={false} data={data} margin={{ top: 16, right: 24, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="naam" />
          <YAxis allowDecimals={false} />
          <Legend />
          {tabel.kolommen.map((kolom, k) => (
            <Bar key={kolom.sleutel} dataKey={kolom.naam} stackId="soort" fill={KLEUREN[k % KLEUREN.length] ?? '#154273'} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
      <figcaption>De tabel hieronder heeft dezelfde aantallen.</figcaption>
    </figure>
  );
}
