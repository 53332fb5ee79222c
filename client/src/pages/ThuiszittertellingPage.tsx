import { useState, type FormEvent } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { exporteerThuiszittertelling, useThuiszittertelling, type Teltabel } from '../api/thuiszitters';
import { verdeelFouten } from '../api/veldfouten';
import { datumTekst, vandaagIso } from '../aanbiederWeergave';
import { beheertThuiszitters } from '../auth/rollen';
import { useGebruiker } from '../auth/useGebruiker';
import { DatumVeld } from '../components/DatumVeld';
import { ExporteerKnoppen } from '../components/ExporteerKnoppen';
import { ProblemMessage } from '../components/ProblemMessage';
import { TabelContainer } from '../components/TabelContainer';
import { leesDatum } from '../datum';
import { usePageTitle } from '../usePageTitle';

const KLEUREN = ['#154273', '#a34400', '#39870c'];

/**
 * /thuiszitters/telling: who was thuiszitter on a peildatum (default today), per soort and duration, age and reason;
 * how many new thuiszitters were back within 3 months; vrijstellingen apart. Exact figures, for the SWV's own staff.
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
  const terugkeer = tabellen.find((tabel) => tabel.code === 'terugkeer');
  const binnen = terugkeer?.rijen.find((rij) => rij.code === 'binnen-3-maanden-terug')?.totaal ?? 0;

  return (
    <>
      <h1>Telling thuiszitters</h1>
      <p className="intro">
        Hoeveel kinderen op de peildatum thuis zaten, naar soort verzuim, duur, leeftijd en reden. Dit zijn de precieze aantallen, alleen
        voor het samenwerkingsverband zelf. Het bestand is voor buiten het bureau (zoals de Inspectie): daarin zijn kleine aantallen
        verborgen, want die kunnen naar één kind wijzen.
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
              ` Van de ${terugkeer.totaal} nieuwe thuiszitters sinds ${datumTekst(telling.data.periodeVanaf)} ${binnen === 1 ? 'was er 1' : `waren er ${binnen}`} binnen 3 maanden terug.`}
          </p>
          <ExporteerKnoppen lijst="thuiszitters-telling" haalOp={(formaat) => exporteerThuiszittertelling(telling.data.peildatum, formaat)} />
          {tabellen.map((tabel) => (
            <section key={tabel.code} aria-labelledby={`tabel-${tabel.code}`} className="sectie">
              <h2 id={`tabel-${tabel.code}`}>{tabel.titel}</h2>
              {tabel.code === 'per-duur' && <Grafiek tabel={tabel} />}
              <Tabel tabel={tabel} />
            </section>
          ))}
        </>
      )}
    </>
  );
}

/** The soort × duration table as bars; a picture of the table beneath it, which is what a screen reader reads. */
function Grafiek({ tabel }: { tabel: Teltabel }) {
  const data = tabel.rijen.map((rij) => ({ naam: rij.label, ...Object.fromEntries(tabel.kolommen.map((kolom, k) => [kolom.label, rij.cellen[k] ?? 0])) }));
  return (
    <figure className="grafiek" aria-hidden="true">
      <ResponsiveContainer width="100%" height={260}>
        <BarChart accessibilityLayer={false} data={data} margin={{ top: 16, right: 24, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="naam" />
          <YAxis allowDecimals={false} />
          <Legend />
          {tabel.kolommen.map((kolom, k) => (
            <Bar key={kolom.code} dataKey={kolom.label} stackId="soort" fill={KLEUREN[k % KLEUREN.length] ?? '#154273'} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
      <figcaption>De tabel hieronder heeft dezelfde aantallen.</figcaption>
    </figure>
  );
}

/** One breakdown: rows × columns with row, column and grand totals, headers for screen readers. */
function Tabel({ tabel }: { tabel: Teltabel }) {
  return (
    <TabelContainer label={tabel.titel}>
      <table className="data-table">
        <caption>{tabel.titel}</caption>
        <thead>
          <tr>
            <td />
            {tabel.kolommen.map((kolom) => (
              <th key={kolom.code} scope="col">
                {kolom.label}
              </th>
            ))}
            <th scope="col">Totaal</th>
          </tr>
        </thead>
        <tbody>
          {tabel.rijen.map((rij) => (
            <tr key={rij.code}>
              <th scope="row">{rij.label}</th>
              {rij.cellen.map((aantal, k) => (
                <td key={tabel.kolommen[k]?.code ?? k} className="getal">
                  {aantal}
                </td>
              ))}
              <td className="getal">{rij.totaal}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Totaal</th>
            {tabel.kolomtotalen.map((aantal, k) => (
              <td key={tabel.kolommen[k]?.code ?? k} className="getal">
                {aantal}
              </td>
            ))}
            <td className="getal">{tabel.totaal}</td>
          </tr>
        </tfoot>
      </table>
    </TabelContainer>
  );
}
