import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import {
  useLegToekenningVast,
  useMiddelentoekenningen,
  useStartVerantwoording,
  useVerantwoording,
  useVerantwoordingStappen,
  useWerkVerantwoordingBij,
  useWijzigToekenning,
  type Middelentoekenning,
  type Verantwoording,
  type VerantwoordingVerzoek,
  type VerantwoordingsregelVerzoek,
} from '../api/middelen';
import { useSchoolbesturen } from '../api/scholen';
import { geenVeldfouten, verdeelFouten } from '../api/veldfouten';
import { datumTekst, vandaagIso } from '../aanbiederWeergave';
import { keuzes, naam } from '../arrangementLabels';
import { euroTekst } from '../arrangementWeergave';
import { SCHOOL_MEDEWERKER, legtMiddelenVast, werktMetMiddelen } from '../auth/rollen';
import { useGebruiker } from '../auth/useGebruiker';
import { DatumVeld } from '../components/DatumVeld';
import { Geschiedenis } from '../components/Geschiedenis';
import { Melding } from '../components/Melding';
import { ProblemMessage } from '../components/ProblemMessage';
import { TabelContainer } from '../components/TabelContainer';
import { Veld } from '../components/Veld';
import { useFocusBijOpenen } from '../components/useFocusBijOpenen';
import { MIDDELEN_GEBEURTENISSEN, NIVEAUS, VERANTWOORDING_STAPPEN, VERANTWOORDING_STATUSSEN, VERDEELSLEUTELS, bedragInvoer, leesBedrag } from '../middelenWeergave';
import { usePageTitle } from '../usePageTitle';
import '../beheer.css';

const huidigJaar = () => new Date().getFullYear();

/**
 * /middelen: the middelen extra ondersteuning the SWV pays each schoolbestuur per calendar year, and the bestuur's
 * verantwoording afterwards. The beleidsmedewerker records and changes grants, sends a verantwoording back or records
 * its bespreking; a school-medewerker writes and submits the verantwoording of their bestuur's grant.
 */
export function MiddelenPage() {
  usePageTitle('Middelen extra ondersteuning');
  const gebruiker = useGebruiker();
  const beleid = legtMiddelenVast(gebruiker);
  const school = gebruiker.rollen.includes(SCHOOL_MEDEWERKER);
  const toekenningen = useMiddelentoekenningen();
  const [jaar, setJaar] = useState(String(huidigJaar()));
  const [melding, setMelding] = useState<string>();
  const [nieuw, setNieuw] = useState(false);
  const [teWijzigen, setTeWijzigen] = useState<Middelentoekenning>();
  const [teBeginnen, setTeBeginnen] = useState<Middelentoekenning>();
  const [geopend, setGeopend] = useState<string>();

  if (!werktMetMiddelen(gebruiker)) {
    return (
      <>
        <h1>Middelen extra ondersteuning</h1>
        <p className="problem" role="alert">
          Alleen de beleidsmedewerker en de manager ondersteuning van het samenwerkingsverband en de medewerkers van de scholen zien de
          middelen extra ondersteuning.
        </p>
      </>
    );
  }

  const alle = toekenningen.data ?? [];
  const jaren = [...new Set([huidigJaar(), ...alle.map((t) => t.jaar)])].sort((a, b) => b - a);
  const vanJaar = alle.filter((t) => String(t.jaar) === jaar).sort((a, b) => a.schoolbestuurNaam.localeCompare(b.schoolbestuurNaam, 'nl'));
  const sluitFormulieren = () => {
    setNieuw(false);
    setTeWijzigen(undefined);
    setTeBeginnen(undefined);
  };

  return (
    <>
      <h1>Middelen extra ondersteuning</h1>
      <p className="intro">
        {school
          ? 'Het samenwerkingsverband betaalt uw schoolbestuur elk jaar vooraf middelen voor extra ondersteuning. Na afloop van het jaar verantwoordt u namens het bestuur waaraan het geld is besteed: per school of groep, en per leerling met een verwijzing naar het OPP.'
          : 'Het samenwerkingsverband betaalt elk schoolbestuur per kalenderjaar vooraf middelen voor extra ondersteuning. Na afloop verantwoordt het bestuur de besteding; die verantwoording bespreekt u in het bestuursgesprek.'}{' '}
        Zie ook de <Link to="/samenwerkingsprojecten">samenwerkingsprojecten per regio</Link>.
      </p>
      <Melding tekst={melding} />
      {toekenningen.isError && <ProblemMessage summary="De toekenningen konden niet worden geladen." error={toekenningen.error} />}

      <section aria-labelledby="toekenningen-kop" className="sectie">
        <h2 id="toekenningen-kop">Toekenningen per jaar</h2>
        <Veld label="Jaar">
          {(invoer) => (
            <select {...invoer} value={jaar} onChange={(e) => setJaar(e.target.value)}>
              {jaren.map((j) => (
                <option key={j} value={String(j)}>
                  {j}
                </option>
              ))}
            </select>
          )}
        </Veld>
        {toekenningen.isSuccess && vanJaar.length === 0 && <p>Er zijn geen toekenningen voor {jaar}.</p>}
        {vanJaar.length > 0 && (
          <TabelContainer label={`Toekenningen ${jaar}`}>
            <table className="data-table">
              <caption>Toekenningen {jaar}</caption>
              <thead>
                <tr>
                  <th scope="col">Schoolbestuur</th>
                  <th scope="col">Bedrag</th>
                  <th scope="col">Verdeelsleutel</th>
                  <th scope="col">Voorschot betaald</th>
                  <th scope="col">Verantwoording</th>
                  <th scope="col">Besteed</th>
                  <th scope="col">Acties</th>
                </tr>
              </thead>
              <tbody>
                {vanJaar.map((t) => (
                  <tr key={t.id}>
                    <th scope="row">{t.schoolbestuurNaam}</th>
                    <td>{euroTekst(t.bedrag)}</td>
                    <td>
                      {naam(VERDEELSLEUTELS, t.verdeelsleutel)}
                      {t.toelichting && <span>: {t.toelichting}</span>}
                    </td>
                    <td>{t.betaaldOp ? datumTekst(t.betaaldOp) : 'Nog niet'}</td>
                    <td>{t.verantwoordingStatus ? naam(VERANTWOORDING_STATUSSEN, t.verantwoordingStatus) : 'Nog niet begonnen'}</td>
                    <td>
                      {t.besteed == null ? '—' : `${euroTekst(t.besteed)} van ${euroTekst(t.bedrag)}`}
                      {t.besteed != null && t.besteed > t.bedrag && <strong> (meer dan toegekend)</strong>}
                    </td>
                    <td>
                      <div className="knoppen">
                        {t.verantwoordingId && (
                          <button
                            type="button"
                            className="button button--secundair"
                            aria-label={`Verantwoording bekijken: ${t.schoolbestuurNaam} ${t.jaar}`}
                            onClick={() => {
                              sluitFormulieren();
                              setGeopend(t.verantwoordingId ?? undefined);
                            }}
                          >
                            Verantwoording bekijken
                          </button>
                        )}
                        {school && !t.verantwoordingId && (
                          <button
                            type="button"
                            className="button button--secundair"
                            aria-label={`Verantwoording beginnen: ${t.schoolbestuurNaam} ${t.jaar}`}
                            onClick={() => {
                              sluitFormulieren();
                              setGeopend(undefined);
                              setTeBeginnen(t);
                            }}
                          >
                            Verantwoording beginnen
                          </button>
                        )}
                        {beleid && (
                          <button
                            type="button"
                            className="button button--secundair"
                            aria-label={`Toekenning wijzigen: ${t.schoolbestuurNaam} ${t.jaar}`}
                            onClick={() => {
                              sluitFormulieren();
                              setTeWijzigen(t);
                            }}
                          >
                            Wijzigen
                          </button>
                        )}
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TabelContainer>
        )}
        {beleid && !nieuw && (
          <p>
            <button
              type="button"
              className="button"
              onClick={() => {
                sluitFormulieren();
                setNieuw(true);
              }}
            >
              Toekenning vastleggen
            </button>
          </p>
        )}
        {(nieuw || teWijzigen) && (
          <ToekenningFormulier
            key={teWijzigen?.id ?? 'nieuw'}
            toekenning={teWijzigen}
            onKlaar={(tekst, opgeslagen) => {
              sluitFormulieren();
              if (opgeslagen) setJaar(String(opgeslagen.jaar));
              if (tekst) setMelding(tekst);
            }}
          />
        )}
        {teBeginnen && (
          <RegelsFormulier
            key={teBeginnen.id}
            titel={`Verantwoording ${teBeginnen.schoolbestuurNaam} over ${teBeginnen.jaar} beginnen`}
            toekenning={teBeginnen}
            onKlaar={(tekst, id) => {
              setTeBeginnen(undefined);
              if (id) setGeopend(id);
              if (tekst) setMelding(tekst);
            }}
          />
        )}
      </section>
      {geopend && <VerantwoordingWeergave key={geopend} id={geopend} school={school} onMelding={setMelding} />}
    </>
  );
}

const TOEKENNINGVELDEN = ['schoolbestuurId', 'jaar', 'bedrag', 'verdeelsleutel', 'toelichting', 'betaaldOp', 'scholen'] as const;

function ToekenningFormulier({
  toekenning,
  onKlaar,
}: {
  toekenning: Middelentoekenning | undefined;
  onKlaar: (melding?: string, opgeslagen?: Middelentoekenning) => void;
}) {
  const besturen = useSchoolbesturen();
  const vastleggen = useLegToekenningVast();
  const wijzigen = useWijzigToekenning(
    toekenning ?? ({ id: '', versie: 0 } as Middelentoekenning), // unused while recording a new grant
  );
  const actie = toekenning ? wijzigen : vastleggen;
  const [bestuur, setBestuur] = useState('');
  const [jaar, setJaar] = useState(String(huidigJaar() + 1));
  const [bedrag, setBedrag] = useState(toekenning ? bedragInvoer(toekenning.bedrag) : '');
  const [sleutel, setSleutel] = useState<string>(toekenning?.verdeelsleutel ?? '');
  const [toelichting, setToelichting] = useState(toekenning?.toelichting ?? '');
  const [betaaldOp, setBetaaldOp] = useState(toekenning?.betaaldOp ?? '');
  const fouten = actie.isError ? verdeelFouten(actie.error, TOEKENNINGVELDEN) : geenVeldfouten;
  const kop = useFocusBijOpenen<HTMLHeadingElement>();

  function verstuur(event: FormEvent) {
    event.preventDefault();
    const gedeeld = {
      bedrag: leesBedrag(bedrag) ?? null,
      verdeelsleutel: sleutel === '' ? null : (sleutel as Middelentoekenning['verdeelsleutel']),
      ...(toelichting.trim() !== '' && { toelichting }),
      ...(betaaldOp !== '' && { betaaldOp }),
    };
    if (toekenning) {
      // A PUT replaces everything but bestuur and year: the amounts per school go back as they were.
      wijzigen.mutate(
        { ...gedeeld, scholen: toekenning.scholen.map((s) => ({ vestiging: s.vestiging, bedrag: s.bedrag })) },
        { onSuccess: (t) => onKlaar(`De toekenning van ${t.schoolbestuurNaam} over ${t.jaar} is gewijzigd.`, t) },
      );
    } else {
      const getal = Number(jaar);
      vastleggen.mutate(
        { ...gedeeld, schoolbestuurId: bestuur === '' ? null : bestuur, jaar: jaar.trim() === '' || !Number.isInteger(getal) ? null : getal },
        { onSuccess: (t) => onKlaar(`De toekenning van ${t.schoolbestuurNaam} over ${t.jaar} is vastgelegd.`, t) },
      );
    }
  }

  const titel = toekenning ? `Toekenning van ${toekenning.schoolbestuurNaam} over ${toekenning.jaar} wijzigen` : 'Toekenning vastleggen';
  return (
    <form aria-label={titel} className="formulier" onSubmit={verstuur} noValidate>
      <h3 ref={kop} tabIndex={-1}>
        {titel}
      </h3>
      {actie.isError && <ProblemMessage summary="De toekenning is niet opgeslagen." error={actie.error} fouten={fouten.overig} />}
      {!toekenning && (
        <>
          <Veld label="Schoolbestuur" fouten={fouten.bij('schoolbestuurId')}>
            {(invoer) => (
              <select {...invoer} value={bestuur} onChange={(e) => setBestuur(e.target.value)}>
                <option value="">Kies een schoolbestuur</option>
                {(besturen.data ?? []).map((b) => (
                  <option key={b.id} value={b.id}>
                    {b.naam} ({b.nummer})
                  </option>
                ))}
              </select>
            )}
          </Veld>
          <Veld label="Kalenderjaar" hint="Eén toekenning per schoolbestuur en jaar." fouten={fouten.bij('jaar')}>
            {(invoer) => <input {...invoer} inputMode="numeric" value={jaar} onChange={(e) => setJaar(e.target.value)} autoComplete="off" />}
          </Veld>
        </>
      )}
      <Veld label="Bedrag in euro" hint="Bijvoorbeeld 90.000,00." fouten={fouten.bij('bedrag')}>
        {(invoer) => <input {...invoer} inputMode="decimal" value={bedrag} onChange={(e) => setBedrag(e.target.value)} autoComplete="off" />}
      </Veld>
      <Veld label="Verdeelsleutel" fouten={fouten.bij('verdeelsleutel')}>
        {(invoer) => (
          <select {...invoer} value={sleutel} onChange={(e) => setSleutel(e.target.value)}>
            <option value="">Kies een verdeelsleutel</option>
            {keuzes(VERDEELSLEUTELS).map(({ code, naam: label }) => (
              <option key={code} value={code}>
                {label}
              </option>
            ))}
          </select>
        )}
      </Veld>
      <Veld label="Toelichting" hint="Verplicht bij 'Anders'. Bijvoorbeeld: € 95 per leerling op de teldatum." fouten={fouten.bij('toelichting')}>
        {(invoer) => <textarea {...invoer} value={toelichting} onChange={(e) => setToelichting(e.target.value)} rows={2} />}
      </Veld>
      <DatumVeld label="Voorschot betaald op (niet verplicht)" value={betaaldOp} onChange={setBetaaldOp} fouten={fouten.bij('betaaldOp')} />
      <div className="knoppen">
        <button type="submit" className="button" disabled={actie.isPending}>
          Toekenning opslaan
        </button>
        <button type="button" className="button button--secundair" onClick={() => onKlaar()}>
          Annuleren
        </button>
      </div>
    </form>
  );
}

interface Regelinvoer {
  niveau: string;
  vestiging: string;
  groep: string;
  doel: string;
  interventies: string;
  besteed: string;
  resultaten: string;
}

const LEGE_REGEL: Regelinvoer = { niveau: 'school', vestiging: '', groep: '', doel: '', interventies: '', besteed: '', resultaten: '' };
const REGELVELDEN = ['niveau', 'vestiging', 'groep', 'doel', 'interventies', 'besteed', 'resultaten'] as const;

/** Starts a verantwoording (with `toekenning`) or replaces the lines of a concept (with `verantwoording`). */
function RegelsFormulier({
  titel,
  toekenning,
  verantwoording,
  onKlaar,
}: {
  titel: string;
  toekenning?: Middelentoekenning;
  verantwoording?: Verantwoording;
  onKlaar: (melding?: string, id?: string) => void;
}) {
  const gebruiker = useGebruiker();
  const starten = useStartVerantwoording(toekenning?.id ?? verantwoording?.toekenningId ?? '');
  const bijwerken = useWerkVerantwoordingBij(verantwoording ?? ({ id: '', versie: 0 } as Verantwoording));
  const actie = verantwoording ? bijwerken : starten;
  const [regels, setRegels] = useState<Regelinvoer[]>(() =>
    verantwoording && verantwoording.regels.length > 0
      ? verantwoording.regels.map((r) => ({
          niveau: r.niveau,
          vestiging: r.vestiging,
          groep: r.groep ?? '',
          doel: r.doel,
          interventies: r.interventies,
          besteed: bedragInvoer(r.besteed),
          resultaten: r.resultaten ?? '',
        }))
      : [{ ...LEGE_REGEL }],
  );
  const velden = [...regels.flatMap((_, i) => REGELVELDEN.map((v) => `regels/${i}/${v}`)), 'regels', 'leerlingregels'];
  const fouten = actie.isError ? verdeelFouten(actie.error, velden) : geenVeldfouten;
  const kop = useFocusBijOpenen<HTMLHeadingElement>();

  // The person's own schools, and those already named in a line (a colleague's school of the same bestuur).
  const scholen = new Map<string, string>(gebruiker.scholen.map((s) => [s.vestiging, s.naam ? `${s.naam} (${s.vestiging})` : s.vestiging]));
  for (const r of verantwoording?.regels ?? []) if (!scholen.has(r.vestiging)) scholen.set(r.vestiging, r.schoolNaam ? `${r.schoolNaam} (${r.vestiging})` : r.vestiging);

  const wijzig = (index: number, veld: keyof Regelinvoer, waarde: string) =>
    setRegels((huidig) => huidig.map((r, i) => (i === index ? { ...r, [veld]: waarde } : r)));

  function verstuur(event: FormEvent) {
    event.preventDefault();
    const verzoek: VerantwoordingVerzoek = {
      regels: regels.map(
        (r): VerantwoordingsregelVerzoek => ({
          niveau: r.niveau === '' ? null : (r.niveau as VerantwoordingsregelVerzoek['niveau']),
          vestiging: r.vestiging === '' ? null : r.vestiging,
          ...(r.niveau === 'groep' && r.groep.trim() !== '' && { groep: r.groep }),
          doel: r.doel.trim() === '' ? null : r.doel,
          interventies: r.interventies.trim() === '' ? null : r.interventies,
          besteed: leesBedrag(r.besteed) ?? null,
          ...(r.resultaten.trim() !== '' && { resultaten: r.resultaten }),
        }),
      ),
      // The pupil lines stay as they are: this form does not change them.
      leerlingregels: (verantwoording?.leerlingregels ?? []).map((l) => ({ oppId: l.oppId, besteed: l.besteed, ...(l.toelichting && { toelichting: l.toelichting }) })),
    };
    actie.mutate(verzoek, { onSuccess: (v) => onKlaar(`De verantwoording van ${v.schoolbestuurNaam} over ${v.jaar} is opgeslagen.`, v.id) });
  }

  return (
    <form aria-label={titel} className="formulier" onSubmit={verstuur} noValidate>
      <h3 ref={kop} tabIndex={-1}>
        {titel}
      </h3>
      <p>
        Schrijf per school of groep het doel, de interventies, het bestede bedrag en de resultaten. De resultaten zijn verplicht
        voordat u indient.
      </p>
      {actie.isError && <ProblemMessage summary="De verantwoording is niet opgeslagen." error={actie.error} fouten={fouten.overig} />}
      {regels.map((regel, i) => (
        <fieldset key={i}>
          <legend>Regel {i + 1}</legend>
          <Veld label="Niveau" fouten={fouten.bij(`regels/${i}/niveau`)}>
            {(invoer) => (
              <select {...invoer} value={regel.niveau} onChange={(e) => wijzig(i, 'niveau', e.target.value)}>
                {keuzes(NIVEAUS).map(({ code, naam: label }) => (
                  <option key={code} value={code}>
                    {label}
                  </option>
                ))}
              </select>
            )}
          </Veld>
          <Veld label="School" fouten={fouten.bij(`regels/${i}/vestiging`)}>
            {(invoer) => (
              <select {...invoer} value={regel.vestiging} onChange={(e) => wijzig(i, 'vestiging', e.target.value)}>
                <option value="">Kies een school</option>
                {[...scholen].map(([code, label]) => (
                  <option key={code} value={code}>
                    {label}
                  </option>
                ))}
              </select>
            )}
          </Veld>
          {regel.niveau === 'groep' && (
            <Veld label="Groep" hint="Bijvoorbeeld 5 of 7/8." fouten={fouten.bij(`regels/${i}/groep`)}>
              {(invoer) => <input {...invoer} value={regel.groep} onChange={(e) => wijzig(i, 'groep', e.target.value)} autoComplete="off" />}
            </Veld>
          )}
          <Veld label="Doel" fouten={fouten.bij(`regels/${i}/doel`)}>
            {(invoer) => <textarea {...invoer} value={regel.doel} onChange={(e) => wijzig(i, 'doel', e.target.value)} rows={2} />}
          </Veld>
          <Veld label="Interventies" fouten={fouten.bij(`regels/${i}/interventies`)}>
            {(invoer) => <textarea {...invoer} value={regel.interventies} onChange={(e) => wijzig(i, 'interventies', e.target.value)} rows={2} />}
          </Veld>
          <Veld label="Besteed bedrag in euro" hint="Bijvoorbeeld 12.500,00." fouten={fouten.bij(`regels/${i}/besteed`)}>
            {(invoer) => (
              <input {...invoer} inputMode="decimal" value={regel.besteed} onChange={(e) => wijzig(i, 'besteed', e.target.value)} autoComplete="off" />
            )}
          </Veld>
          <Veld label="Resultaten" hint="Verplicht voordat u indient." fouten={fouten.bij(`regels/${i}/resultaten`)}>
            {(invoer) => <textarea {...invoer} value={regel.resultaten} onChange={(e) => wijzig(i, 'resultaten', e.target.value)} rows={2} />}
          </Veld>
          {regels.length > 1 && (
            <button type="button" className="button button--secundair" onClick={() => setRegels((huidig) => huidig.filter((_, j) => j !== i))}>
              Regel {i + 1} verwijderen
            </button>
          )}
        </fieldset>
      ))}
      <p>
        <button type="button" className="button button--secundair" onClick={() => setRegels((huidig) => [...huidig, { ...LEGE_REGEL }])}>
          Regel toevoegen
        </button>
      </p>
      <div className="knoppen">
        <button type="submit" className="button" disabled={actie.isPending}>
          Verantwoording opslaan
        </button>
        <button type="button" className="button button--secundair" onClick={() => onKlaar()}>
          Annuleren
        </button>
      </div>
    </form>
  );
}

function VerantwoordingWeergave({ id, school, onMelding }: { id: string; school: boolean; onMelding: (tekst: string) => void }) {
  const verantwoording = useVerantwoording(id);
  const kop = useFocusBijOpenen<HTMLHeadingElement>();
  if (verantwoording.isError) return <ProblemMessage summary="De verantwoording kon niet worden geladen." error={verantwoording.error} />;
  const v = verantwoording.data;
  if (!v) return <p role="status">De verantwoording wordt geladen.</p>;
  const titel = `Verantwoording ${v.schoolbestuurNaam} over ${v.jaar}`;
  return (
    <section aria-labelledby="verantwoording-kop" className="sectie">
      <h2 id="verantwoording-kop" ref={kop} tabIndex={-1}>
        {titel}
      </h2>
      <dl className="gegevens">
        <dt>Status</dt>
        <dd>{naam(VERANTWOORDING_STATUSSEN, v.status)}</dd>
        {v.ingediendOp && (
          <>
            <dt>Ingediend op</dt>
            <dd>{datumTekst(v.ingediendOp)}</dd>
          </>
        )}
        {v.besprokenOp && (
          <>
            <dt>Besproken op</dt>
            <dd>{datumTekst(v.besprokenOp)}</dd>
          </>
        )}
        {v.bespreeknotitie && (
          <>
            <dt>Notitie van het bestuursgesprek</dt>
            <dd>{v.bespreeknotitie}</dd>
          </>
        )}
        <dt>Besteed</dt>
        <dd>
          {euroTekst(v.besteed)} van {euroTekst(v.toegekend)} toegekend
        </dd>
      </dl>
      {v.overschreden && v.waarschuwing && (
        <p className="problem" role="alert">
          {v.waarschuwing}
        </p>
      )}
      <h3>Op school- en groepsniveau</h3>
      {v.regels.length === 0 ? (
        <p>Nog geen regels.</p>
      ) : (
        <TabelContainer label={`Regels van de ${titel.toLowerCase()}`}>
          <table className="data-table">
            <caption>Regels op school- en groepsniveau</caption>
            <thead>
              <tr>
                <th scope="col">School</th>
                <th scope="col">Niveau</th>
                <th scope="col">Doel</th>
                <th scope="col">Interventies</th>
                <th scope="col">Besteed</th>
                <th scope="col">Resultaten</th>
              </tr>
            </thead>
            <tbody>
              {v.regels.map((r, i) => (
                <tr key={i}>
                  <th scope="row">{r.schoolNaam ?? r.vestiging}</th>
                  <td>
                    {naam(NIVEAUS, r.niveau)}
                    {r.groep && `, groep ${r.groep}`}
                  </td>
                  <td>{r.doel}</td>
                  <td>{r.interventies}</td>
                  <td>{euroTekst(r.besteed)}</td>
                  <td>{r.resultaten ?? 'Nog niet ingevuld'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TabelContainer>
      )}
      <h3>Op leerlingniveau</h3>
      {v.leerlingregels.length === 0 ? (
        <p>Geen regels op leerlingniveau.</p>
      ) : (
        <TabelContainer label="Regels op leerlingniveau">
          <table className="data-table">
            <caption>Regels op leerlingniveau (met het OPP van de leerling)</caption>
            <thead>
              <tr>
                <th scope="col">Leerling</th>
                <th scope="col">School</th>
                <th scope="col">OPP laatst geëvalueerd</th>
                <th scope="col">Besteed</th>
                <th scope="col">Toelichting</th>
              </tr>
            </thead>
            <tbody>
              {v.leerlingregels.map((l) => (
                <tr key={l.oppId}>
                  <th scope="row">{l.leerlingNaam ?? 'Een leerling die u niet kunt zien'}</th>
                  <td>{l.schoolNaam ?? l.vestiging}</td>
                  <td>{l.oppLaatstGeevalueerdOp ? datumTekst(l.oppLaatstGeevalueerdOp) : '—'}</td>
                  <td>{euroTekst(l.besteed)}</td>
                  <td>{l.toelichting ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TabelContainer>
      )}
      <VerantwoordingActies verantwoording={v} school={school} onMelding={onMelding} />
      <Geschiedenis geschiedenis={v.geschiedenis} actieNaam={(code) => naam(MIDDELEN_GEBEURTENISSEN, code)} label={`Geschiedenis van de ${titel.toLowerCase()}`} />
    </section>
  );
}

/**
 * What the person may do now: editing a concept (the school), and the steps the API lists in toegestaneStappen. Not
 * keyed by the versie: a step's answer refetches the verantwoording, and a remount would drop the step's onSuccess.
 */
function VerantwoordingActies({ verantwoording: v, school, onMelding }: { verantwoording: Verantwoording; school: boolean; onMelding: (tekst: string) => void }) {
  const { indienen, terugsturen, bespreken } = useVerantwoordingStappen(v);
  const [open, setOpen] = useState<'regels' | 'terugsturing' | 'bespreking'>();
  const mag = (stap: Verantwoording['toegestaneStappen'][number]) => v.toegestaneStappen.includes(stap);
  const bewerken = school && v.status === 'concept';
  if (!bewerken && v.toegestaneStappen.length === 0) return null;
  const titel = `${v.schoolbestuurNaam} over ${v.jaar}`;
  return (
    <>
      <h3>Wat u nu kunt doen</h3>
      {indienen.isError && <ProblemMessage summary="De verantwoording is niet ingediend." error={indienen.error} focus />}
      <div className="knoppen">
        {bewerken && (
          <button type="button" className="button button--secundair" onClick={() => setOpen('regels')}>
            Regels bewerken
          </button>
        )}
        {mag('indiening') && (
          <button
            type="button"
            className="button"
            disabled={indienen.isPending}
            onClick={() => indienen.mutate(undefined, { onSuccess: () => onMelding(`De verantwoording ${titel} is ingediend.`) })}
          >
            {naam(VERANTWOORDING_STAPPEN, 'indiening')}
          </button>
        )}
        {mag('terugsturing') && (
          <button type="button" className="button button--secundair" onClick={() => setOpen('terugsturing')}>
            {naam(VERANTWOORDING_STAPPEN, 'terugsturing')}
          </button>
        )}
        {mag('bespreking') && (
          <button type="button" className="button button--secundair" onClick={() => setOpen('bespreking')}>
            {naam(VERANTWOORDING_STAPPEN, 'bespreking')}
          </button>
        )}
      </div>
      {mag('indiening') && <p>U dient de verantwoording in na afloop van het kalenderjaar {v.jaar}.</p>}
      {open === 'regels' && (
        <RegelsFormulier
          titel={`Regels van de verantwoording ${titel} bewerken`}
          verantwoording={v}
          onKlaar={(tekst) => {
            setOpen(undefined);
            if (tekst) onMelding(tekst);
          }}
        />
      )}
      {open === 'terugsturing' && (
        <TerugsturingFormulier
          titel={`Verantwoording ${titel} terugsturen`}
          actie={terugsturen}
          onKlaar={(gelukt) => {
            setOpen(undefined);
            if (gelukt) onMelding(`De verantwoording ${titel} is teruggestuurd voor correctie.`);
          }}
        />
      )}
      {open === 'bespreking' && (
        <BesprekingFormulier
          titel={`Bespreking van de verantwoording ${titel} vastleggen`}
          actie={bespreken}
          onKlaar={(gelukt) => {
            setOpen(undefined);
            if (gelukt) onMelding(`De bespreking van de verantwoording ${titel} is vastgelegd.`);
          }}
        />
      )}
    </>
  );
}

type Stappen = ReturnType<typeof useVerantwoordingStappen>;

function TerugsturingFormulier({ titel, actie, onKlaar }: { titel: string; actie: Stappen['terugsturen']; onKlaar: (gelukt: boolean) => void }) {
  const [reden, setReden] = useState('');
  const fouten = actie.isError ? verdeelFouten(actie.error, ['reden']) : geenVeldfouten;
  const kop = useFocusBijOpenen<HTMLHeadingElement>();
  return (
    <form
      aria-label={titel}
      className="formulier"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        actie.mutate(reden, { onSuccess: () => onKlaar(true) });
      }}
    >
      <h4 ref={kop} tabIndex={-1}>
        {titel}
      </h4>
      {actie.isError && <ProblemMessage summary="De verantwoording is niet teruggestuurd." error={actie.error} fouten={fouten.overig} />}
      <Veld label="Reden" hint="Wat moet het bestuur verbeteren?" fouten={fouten.bij('reden')}>
        {(invoer) => <textarea {...invoer} value={reden} onChange={(e) => setReden(e.target.value)} rows={3} />}
      </Veld>
      <div className="knoppen">
        <button type="submit" className="button" disabled={actie.isPending}>
          Terugsturen
        </button>
        <button type="button" className="button button--secundair" onClick={() => onKlaar(false)}>
          Annuleren
        </button>
      </div>
    </form>
  );
}

function BesprekingFormulier({ titel, actie, onKlaar }: { titel: string; actie: Stappen['bespreken']; onKlaar: (gelukt: boolean) => void }) {
  const [datum, setDatum] = useState(vandaagIso());
  const [notitie, setNotitie] = useState('');
  const fouten = actie.isError ? verdeelFouten(actie.error, ['datum', 'notitie']) : geenVeldfouten;
  const kop = useFocusBijOpenen<HTMLHeadingElement>();
  return (
    <form
      aria-label={titel}
      className="formulier"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        actie.mutate({ datum: datum === '' ? null : datum, notitie: notitie.trim() === '' ? null : notitie }, { onSuccess: () => onKlaar(true) });
      }}
    >
      <h4 ref={kop} tabIndex={-1}>
        {titel}
      </h4>
      {actie.isError && <ProblemMessage summary="De bespreking is niet vastgelegd." error={actie.error} fouten={fouten.overig} />}
      <DatumVeld label="Datum van het bestuursgesprek" required value={datum} onChange={setDatum} fouten={fouten.bij('datum')} />
      <Veld label="Notitie" hint="Wat is afgesproken?" fouten={fouten.bij('notitie')}>
        {(invoer) => <textarea {...invoer} value={notitie} onChange={(e) => setNotitie(e.target.value)} rows={3} />}
      </Veld>
      <div className="knoppen">
        <button type="submit" className="button" disabled={actie.isPending}>
          Bespreking opslaan
        </button>
        <button type="button" className="button button--secundair" onClick={() => onKlaar(false)}>
          Annuleren
        </button>
      </div>
    </form>
  );
}
