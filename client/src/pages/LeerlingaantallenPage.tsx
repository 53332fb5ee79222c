import { useState, type FormEvent } from 'react';
import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { exporteerDeelnamepercentage } from '../api/export';
import { useDeelnamepercentage, useLeerlingaantallen, useLegLeerlingaantallenVast, type Deelnamepercentage, type Leerlingaantallen } from '../api/leerlingaantallen';
import { werktMetBeleidsinformatie } from '../auth/rollen';
import { useGebruiker } from '../auth/useGebruiker';
import { ExporteerKnoppen } from '../components/ExporteerKnoppen';
import { ProblemMessage } from '../components/ProblemMessage';
import { TabelContainer } from '../components/TabelContainer';
import { Veld } from '../components/Veld';
import { leesAantal, percentageTekst, teldatumKeuzes, teldatumTekst, verschilTekst } from '../leerlingaantallenWeergave';
import { usePageTitle } from '../usePageTitle';

const FORMATEN = ['csv', 'xlsx'] as const;

/**
 * /leerlingaantallen: the pupils per school on each teldatum (1 October) and the deelnamepercentage regulier onderwijs
 * they make, against the ondersteuningsplan's target. The bureau sees exact figures; the file is for outside the bureau
 * and hides small counts.
 */
export function LeerlingaantallenPage() {
  usePageTitle('Leerlingaantallen');
  const toegestaan = werktMetBeleidsinformatie(useGebruiker());
  const trend = useDeelnamepercentage(toegestaan);
  const [teldatum, setTeldatum] = useState(() => teldatumKeuzes(new Date())[0] ?? '');

  if (!toegestaan) {
    return (
      <>
        <h1>Leerlingaantallen</h1>
        <p className="problem" role="alert">
          Alleen de beleidsmedewerker en de manager ondersteuning van het samenwerkingsverband werken met de leerlingaantallen.
        </p>
      </>
    );
  }

  return (
    <>
      <h1>Leerlingaantallen</h1>
      <p className="intro">
        Elk jaar op 1 oktober (de teldatum) tellen de scholen hun leerlingen. Daaruit volgt het deelnamepercentage: hoeveel procent van
        de leerlingen naar een gewone school gaat, en niet naar het speciaal basisonderwijs of het speciaal onderwijs.
      </p>

      <section aria-labelledby="deelname" className="sectie">
        <h2 id="deelname">Deelnamepercentage per jaar</h2>
        {trend.isError && <ProblemMessage summary="Het deelnamepercentage kon niet worden geladen." error={trend.error} />}
        {trend.data && <Trend trend={trend.data} />}
        <ExporteerKnoppen lijst="deelnamepercentage" formaten={FORMATEN} haalOp={exporteerDeelnamepercentage} />
        <p>In het bestand staan kleine aantallen niet: die kunnen naar één kind wijzen. Geef het bestand gerust aan het bestuur of de inspectie.</p>
      </section>

      <section aria-labelledby="invoeren" className="sectie">
        <h2 id="invoeren">Aantallen invoeren</h2>
        <form className="formulier filterformulier" aria-label="Welke teldatum" onSubmit={(e) => e.preventDefault()}>
          <Veld label="Teldatum">
            {(koppeling) => (
              <select {...koppeling} value={teldatum} onChange={(e) => setTeldatum(e.target.value)}>
                {teldatumKeuzes(new Date()).map((t) => (
                  <option key={t} value={t}>
                    {teldatumTekst(t)}
                  </option>
                ))}
              </select>
            )}
          </Veld>
        </form>
        <Invoer key={teldatum} teldatum={teldatum} />
      </section>
    </>
  );
}

function Trend({ trend }: { trend: Deelnamepercentage }) {
  const streef = trend.streefpercentage ?? undefined;
  if (trend.teldata.length === 0) return <p>Er zijn nog geen leerlingaantallen ingevoerd.</p>;
  const punten = trend.teldata.map((t) => ({ jaar: t.teldatum.slice(0, 4), percentage: t.percentage ?? undefined }));
  const laagste = Math.floor(Math.min(...punten.map((p) => p.percentage ?? 100), streef ?? 100) - 1);
  return (
    <>
      <p>
        {streef === undefined
          ? 'Het samenwerkingsverband heeft nog geen streefpercentage vastgelegd. De beheerder doet dat bij Beleidsinstellingen.'
          : `Het streefpercentage uit het ondersteuningsplan is ${percentageTekst(streef)}.`}
      </p>
      {/* The chart is a picture of the table below it, which is what a screen reader reads. */}
      <figure className="grafiek" aria-hidden="true">
        <ResponsiveContainer width="100%" height={260}>
          <LineChart data={punten} accessibilityLayer={false} margin={{ top: 16, right: 24, bottom: 8, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="jaar" />
            <YAxis domain={[Math.max(0, laagste), 100]} unit=" %" />
            {streef !== undefined && <ReferenceLine y={streef} stroke="#a34400" strokeDasharray="6 4" label={`Streef ${percentageTekst(streef)}`} />}
            <Line type="monotone" dataKey="percentage" stroke="#154273" strokeWidth={3} isAnimationActive={false} />
          </LineChart>
        </ResponsiveContainer>
      </figure>
      <TabelContainer label="Deelnamepercentage per teldatum">
        <table>
          <caption>Deelnamepercentage per teldatum</caption>
          <thead>
            <tr>
              <th scope="col">Teldatum</th>
              <th scope="col">Gewone scholen</th>
              <th scope="col">Speciaal basisonderwijs</th>
              <th scope="col">Speciaal onderwijs</th>
              <th scope="col">Deelnamepercentage</th>
              <th scope="col">Ten opzichte van het streefpercentage</th>
              <th scope="col">Scholen geteld</th>
            </tr>
          </thead>
          <tbody>
            {trend.teldata.map((t) => (
              <tr key={t.teldatum}>
                <th scope="row">{teldatumTekst(t.teldatum)}</th>
                <td>{t.regulier}</td>
                <td>{t.sbo}</td>
                <td>{t.so}</td>
                <td>{percentageTekst(t.percentage)}</td>
                <td>{verschilTekst(t.percentage, streef)}</td>
                <td>
                  {t.geteldeScholen} van {t.scholen}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TabelContainer>
    </>
  );
}

function Invoer({ teldatum }: { teldatum: string }) {
  const aantallen = useLeerlingaantallen(teldatum, true);
  if (aantallen.isError) return <ProblemMessage summary="De leerlingaantallen konden niet worden geladen." error={aantallen.error} />;
  if (!aantallen.data) return <p>Laden…</p>;
  return <Formulier teldatum={teldatum} aantallen={aantallen.data} />;
}

function Formulier({ teldatum, aantallen }: { teldatum: string; aantallen: Leerlingaantallen }) {
  const opslaan = useLegLeerlingaantallenVast(teldatum);
  const [waarden, setWaarden] = useState<Record<string, string>>(() =>
    Object.fromEntries(aantallen.scholen.map((s) => [s.vestiging, s.aantal === undefined || s.aantal === null ? '' : String(s.aantal)])),
  );
  const [melding, setMelding] = useState<string>();
  const fouten = aantallen.scholen.filter((s) => leesAantal(waarden[s.vestiging] ?? '') === undefined);

  async function verstuur(e: FormEvent) {
    e.preventDefault();
    setMelding(undefined);
    if (fouten.length > 0) return;
    const gewijzigd = aantallen.scholen.flatMap((s) => {
      const aantal = leesAantal(waarden[s.vestiging] ?? '');
      return aantal !== null && aantal !== undefined && aantal !== s.aantal ? [{ vestiging: s.vestiging, aantal }] : [];
    });
    await opslaan.mutateAsync(gewijzigd);
    setMelding(gewijzigd.length === 0 ? 'Er was niets veranderd.' : `De aantallen van ${teldatumTekst(teldatum)} zijn opgeslagen.`);
  }

  if (aantallen.scholen.length === 0) return <p>Het samenwerkingsverband heeft nog geen scholen. De beheerder legt ze vast bij Beheer.</p>;
  return (
    <form className="formulier" aria-label={`Leerlingaantallen op ${teldatumTekst(teldatum)}`} onSubmit={(e) => void verstuur(e).catch(() => undefined)} noValidate>
      <p>
        Geteld op {teldatumTekst(teldatum)}: {aantallen.cijfers.geteldeScholen} van de {aantallen.cijfers.scholen} scholen. Deelnamepercentage:{' '}
        {percentageTekst(aantallen.cijfers.percentage)}.
      </p>
      {aantallen.scholen.map((s) => (
        <Veld key={s.vestiging} label={`${s.naam} (${s.vestiging})`} fouten={fouten.includes(s) ? ['Vul een heel getal in, 0 of meer.'] : []}>
          {(koppeling) => (
            <input
              {...koppeling}
              inputMode="numeric"
              value={waarden[s.vestiging] ?? ''}
              onChange={(e) => setWaarden((w) => ({ ...w, [s.vestiging]: e.target.value }))}
            />
          )}
        </Veld>
      ))}
      {opslaan.isError && <ProblemMessage summary="Niet alle aantallen zijn opgeslagen." error={opslaan.error} />}
      {melding && <p role="status">{melding}</p>}
      <button type="submit" disabled={opslaan.isPending}>
        Aantallen opslaan
      </button>
    </form>
  );
}
