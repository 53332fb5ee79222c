import { useState, type FormEvent, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { useExperts } from '../api/betrokkenen';
import { useExpertinzet, useInzetStap, type Expertinzet, type InzetStap } from '../api/expertinzet';
import { naam } from '../arrangementLabels';
import { dagTekst, tijdstipTekst } from '../arrangementWeergave';
import { datumTekst } from '../aanbiederWeergave';
import { useGebruiker } from '../auth/useGebruiker';
import { ProblemMessage } from '../components/ProblemMessage';
import {
  EXPERTISEGEBIEDEN,
  INZET_FASEN,
  INZET_RESULTATEN,
  UURACTIVITEITEN,
  VERWIJZINGEN,
  VOLGENDE_FASE,
  uren,
  urenstand,
} from '../expertinzetWeergave';
import { usePageTitle } from '../usePageTitle';

/** /expertinzetten/:id: one inzet along the HGW cycle, with the steps the person may take now. */
export function ExpertinzetPage() {
  const { id = '' } = useParams();
  const inzet = useExpertinzet(id);
  usePageTitle('Inzet van een expert');

  if (inzet.isPending) return <p role="status">Laden…</p>;
  if (inzet.isError) return <ProblemMessage summary="De inzet kon niet worden geladen." error={inzet.error} />;
  return <Inzet inzet={inzet.data} />;
}

function Inzet({ inzet }: { inzet: Expertinzet }) {
  const stap = useInzetStap(inzet);
  const { id: mijnId } = useGebruiker();
  const [melding, setMelding] = useState<string>();
  const mag = (code: string) => inzet.toegestaneStappen.includes(code as never);
  const doe = (invoer: InzetStap, klaar: string) => {
    setMelding(undefined);
    stap.mutate(invoer, { onSuccess: () => setMelding(klaar) });
  };
  const stand = urenstand(inzet.urenstand);
  const leerling = inzet.leerling ? `${inzet.leerling.voornaam} ${inzet.leerling.achternaam}` : 'de leerling';
  const volgende = VOLGENDE_FASE[inzet.status];

  return (
    <>
      <p>
        <Link to="/expertinzetten">Terug naar de inzetten</Link>
      </p>
      <h1>Inzet van een expert voor {leerling}</h1>
      <dl className="gegevens">
        <dt>Fase</dt>
        <dd>{naam(INZET_FASEN, inzet.status)}</dd>
        <dt>Expertisegebied</dt>
        <dd>{naam(EXPERTISEGEBIEDEN, inzet.expertisegebied)}</dd>
        <dt>Expert</dt>
        <dd>{inzet.expertNaam ?? 'Nog niet gekoppeld'}</dd>
        <dt>Gestart</dt>
        <dd>{dagTekst(inzet.gestartOp)}</dd>
        <dt>Ondersteuningsvraag</dt>
        <dd>{inzet.casus.ondersteuningsvraag}</dd>
        <dt>Belemmerende factoren</dt>
        <dd>{inzet.casus.belemmerendeFactoren}</dd>
        <dt>Stimulerende factoren</dt>
        <dd>{inzet.casus.stimulerendeFactoren}</dd>
        <dt>Al geboden ondersteuning</dt>
        <dd>{inzet.casus.gebodenOndersteuning}</dd>
      </dl>

      <div role="status" aria-live="polite">
        {melding}
      </div>
      {stap.isError && <ProblemMessage summary="Dat is niet gelukt." error={stap.error} />}

      <section aria-labelledby="uren-kop" className="sectie">
        <h2 id="uren-kop">Uren</h2>
        <p>
          <label htmlFor="urenbalk">Gebruikte uren</label>{' '}
          <progress id="urenbalk" max={100} value={stand.procent}>
            {stand.procent} %
          </progress>{' '}
          {stand.tekst}
        </p>
        {inzet.urenstand.waarschuwing && (
          <p className="problem" role="alert">
            {inzet.urenstand.waarschuwing}
          </p>
        )}
        {mag('urenregistratie') && <UrenFormulier bezig={stap.isPending} doe={doe} />}
        {inzet.uren.length > 0 && (
          <ul>
            {inzet.uren.map((u) => (
              <li key={u.id}>
                {datumTekst(u.datum)}: {uren(u.uren)} {naam(UURACTIVITEITEN, u.activiteit).toLowerCase()}
                {u.notitie ? ` – ${u.notitie}` : ''} ({u.door.naam}){u.ingetrokken && <strong> ingetrokken</strong>}
                {!u.ingetrokken && mag('urenintrekking') && u.door.id === mijnId && (
                  <>
                    {' '}
                    <button
                      type="button"
                      className="button button--secundair"
                      aria-label={`Intrekken: ${uren(u.uren)} van ${datumTekst(u.datum)}`}
                      disabled={stap.isPending}
                      onClick={() => doe({ soort: 'intrekking', registratieId: u.id }, 'De registratie is ingetrokken.')}
                    >
                      Intrekken
                    </button>
                  </>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      {mag('koppeling') && <KoppelFormulier bezig={stap.isPending} doe={doe} />}

      {volgende && mag(volgende) && (
        <section aria-labelledby="fase-kop" className="sectie">
          <h2 id="fase-kop">Volgende fase</h2>
          <button
            type="button"
            className="button"
            disabled={stap.isPending}
            onClick={() => doe({ soort: 'fase', body: { naar: volgende } }, `De inzet is nu in de fase ${naam(INZET_FASEN, volgende).toLowerCase()}.`)}
          >
            Naar {naam(INZET_FASEN, volgende).toLowerCase()}
          </button>
        </section>
      )}

      {mag('samenvatting') && <SamenvattingFormulier bezig={stap.isPending} doe={doe} />}
      {inzet.samenvatting && (
        <section aria-labelledby="samenvatting-kop" className="sectie">
          <h2 id="samenvatting-kop">Samenvatting van de expert</h2>
          <p>{inzet.samenvatting.conclusies}</p>
          <p>{inzet.samenvatting.aanbevelingen}</p>
        </section>
      )}

      {inzet.plan && (
        <section aria-labelledby="plan-kop" className="sectie">
          <h2 id="plan-kop">Plan van aanpak</h2>
          <ul>
            {inzet.plan.doelen.map((doel) => (
              <li key={doel}>{doel}</li>
            ))}
          </ul>
          <ul>
            {inzet.plan.interventies.map((i) => (
              <li key={`${i.omschrijving}-${i.van}`}>
                {i.omschrijving}, van {datumTekst(i.van)} tot {datumTekst(i.tot)} ({i.wie})
              </li>
            ))}
          </ul>
          <p>Urenbudget: {uren(inzet.plan.urenBudget)}</p>
        </section>
      )}
      {mag('plan') && <PlanFormulier bezig={stap.isPending} doe={doe} budget={inzet.plan?.urenBudget} />}

      {mag('afsluiting') && <AfsluitFormulier bezig={stap.isPending} doe={doe} />}
      {inzet.afsluiting && (
        <section aria-labelledby="afsluiting-kop" className="sectie">
          <h2 id="afsluiting-kop">Afgesloten</h2>
          <p>
            {naam(INZET_RESULTATEN, inzet.afsluiting.resultaat)}
            {inzet.afsluiting.verwijzing ? `: ${naam(VERWIJZINGEN, inzet.afsluiting.verwijzing)}` : ''}
          </p>
          {inzet.afsluiting.advies && <p>Advies voor de school: {inzet.afsluiting.advies}</p>}
        </section>
      )}

      <section aria-labelledby="notities-kop" className="sectie">
        <h2 id="notities-kop">Notities per fase</h2>
        {inzet.notities.length === 0 ? (
          <p>Er zijn nog geen notities.</p>
        ) : (
          <ul>
            {inzet.notities.map((n) => (
              <li key={n.id}>
                <strong>{naam(INZET_FASEN, n.fase)}</strong> – {n.door.naam}, {tijdstipTekst(n.op)}: {n.tekst}
              </li>
            ))}
          </ul>
        )}
        {mag('notitie') && <NotitieFormulier bezig={stap.isPending} doe={doe} />}
      </section>

      <section aria-labelledby="richtlijn-kop" className="sectie">
        <h2 id="richtlijn-kop">Wat een expert niet doet</h2>
        <ul>
          {inzet.richtlijn.doetNiet.map((regel) => (
            <li key={regel}>{regel}</li>
          ))}
        </ul>
      </section>
    </>
  );
}

interface FormProps {
  bezig: boolean;
  doe: (stap: InzetStap, klaar: string) => void;
}

function Formulier({ kop, id, knop, bezig, onSubmit, children }: { kop: string; id: string; knop: string; bezig: boolean; onSubmit: () => void; children: ReactNode }) {
  const verstuur = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <section aria-labelledby={`${id}-kop`} className="sectie">
      <h2 id={`${id}-kop`}>{kop}</h2>
      <form onSubmit={verstuur} noValidate>
        {children}
        <button type="submit" className="button" disabled={bezig}>
          {knop}
        </button>
      </form>
    </section>
  );
}

function Tekstvak({ id, label, waarde, zet }: { id: string; label: string; waarde: string; zet: (w: string) => void }) {
  return (
    <p>
      <label htmlFor={id}>{label}</label>
      <br />
      <textarea id={id} rows={3} value={waarde} onChange={(e) => zet(e.target.value)} />
    </p>
  );
}

function Invoer({ id, label, waarde, zet, type = 'text' }: { id: string; label: string; waarde: string; zet: (w: string) => void; type?: string }) {
  return (
    <p>
      <label htmlFor={id}>{label}</label>
      <br />
      <input id={id} type={type} value={waarde} onChange={(e) => zet(e.target.value)} step={type === 'number' ? '0.25' : undefined} />
    </p>
  );
}

function KoppelFormulier({ bezig, doe }: FormProps) {
  const experts = useExperts();
  const [expertId, setExpertId] = useState('');
  return (
    <Formulier kop="Expert koppelen" id="koppel" knop="Expert koppelen" bezig={bezig}
      onSubmit={() => doe({ soort: 'koppeling', body: { expertId: expertId || null } }, 'De expert is gekoppeld.')}>
      <p>
        <label htmlFor="expert">Expert</label>
        <br />
        <select id="expert" value={expertId} onChange={(e) => setExpertId(e.target.value)}>
          <option value="">Kies een expert</option>
          {(experts.data ?? []).map((e) => (
            <option key={e.id} value={e.id}>
              {e.naam}
            </option>
          ))}
        </select>
      </p>
    </Formulier>
  );
}

function NotitieFormulier({ bezig, doe }: FormProps) {
  const [tekst, setTekst] = useState('');
  return (
    <Formulier kop="Notitie toevoegen" id="notitie" knop="Notitie toevoegen" bezig={bezig}
      onSubmit={() => doe({ soort: 'notities', body: { tekst } }, 'De notitie is toegevoegd.')}>
      <Tekstvak id="notitie-tekst" label="Notitie" waarde={tekst} zet={setTekst} />
    </Formulier>
  );
}

function SamenvattingFormulier({ bezig, doe }: FormProps) {
  const [conclusies, setConclusies] = useState('');
  const [aanbevelingen, setAanbevelingen] = useState('');
  const [diagnostiek, setDiagnostiek] = useState(false);
  return (
    <Formulier kop="Samenvatting delen" id="samenvatting-form" knop="Samenvatting delen" bezig={bezig}
      onSubmit={() => doe({ soort: 'samenvatting', body: { conclusies, aanbevelingen, handelingsgerichteDiagnostiek: diagnostiek } }, 'De samenvatting is gedeeld.')}>
      <p>Alleen over de leerling: conclusies en praktische aanbevelingen.</p>
      <Tekstvak id="conclusies" label="Conclusies" waarde={conclusies} zet={setConclusies} />
      <Tekstvak id="aanbevelingen" label="Praktische aanbevelingen" waarde={aanbevelingen} zet={setAanbevelingen} />
      <p>
        <input id="diagnostiek" type="checkbox" checked={diagnostiek} onChange={(e) => setDiagnostiek(e.target.checked)} />{' '}
        <label htmlFor="diagnostiek">Handelingsgerichte diagnostiek gedaan</label>
      </p>
    </Formulier>
  );
}

function PlanFormulier({ bezig, doe, budget }: FormProps & { budget?: number | undefined }) {
  const [doel, setDoel] = useState('');
  const [interventie, setInterventie] = useState('');
  const [van, setVan] = useState('');
  const [tot, setTot] = useState('');
  const [wie, setWie] = useState('');
  const [urenBudget, setUrenBudget] = useState(budget ? String(budget) : '');
  return (
    <Formulier kop="Plan van aanpak vastleggen" id="plan-form" knop="Plan van aanpak opslaan" bezig={bezig}
      onSubmit={() =>
        doe(
          {
            soort: 'plan',
            body: {
              doelen: doel.split('\n').filter((d) => d.trim() !== ''),
              interventies: [{ omschrijving: interventie, van: van || null, tot: tot || null, wie }],
              urenBudget: urenBudget === '' ? null : Number(urenBudget.replace(',', '.')),
            },
          },
          'Het plan van aanpak is opgeslagen.',
        )
      }>
      <Tekstvak id="doelen" label="Toetsbare doelen (één per regel)" waarde={doel} zet={setDoel} />
      <Invoer id="interventie" label="Interventie" waarde={interventie} zet={setInterventie} />
      <Invoer id="interventie-van" label="Van" type="date" waarde={van} zet={setVan} />
      <Invoer id="interventie-tot" label="Tot" type="date" waarde={tot} zet={setTot} />
      <Invoer id="interventie-wie" label="Wie doet het" waarde={wie} zet={setWie} />
      <Invoer id="urenbudget" label="Urenbudget van de expert" type="number" waarde={urenBudget} zet={setUrenBudget} />
    </Formulier>
  );
}

function UrenFormulier({ bezig, doe }: FormProps) {
  const [datum, setDatum] = useState('');
  const [aantal, setAantal] = useState('');
  const [activiteit, setActiviteit] = useState('');
  const [notitie, setNotitie] = useState('');
  return (
    <Formulier kop="Uren registreren" id="uren-form" knop="Uren registreren" bezig={bezig}
      onSubmit={() =>
        doe(
          {
            soort: 'uren',
            body: {
              datum: datum || null,
              uren: aantal === '' ? null : Number(aantal.replace(',', '.')),
              activiteit: (activiteit || null) as never,
              notitie: notitie || null,
            },
          },
          'De uren zijn geregistreerd.',
        )
      }>
      <Invoer id="uren-datum" label="Datum" type="date" waarde={datum} zet={setDatum} />
      <Invoer id="uren-aantal" label="Aantal uren (in kwartieren)" type="number" waarde={aantal} zet={setAantal} />
      <p>
        <label htmlFor="uren-activiteit">Activiteit</label>
        <br />
        <select id="uren-activiteit" value={activiteit} onChange={(e) => setActiviteit(e.target.value)}>
          <option value="">Kies een activiteit</option>
          {[...UURACTIVITEITEN].map(([code, tekst]) => (
            <option key={code} value={code}>
              {tekst}
            </option>
          ))}
        </select>
      </p>
      <Invoer id="uren-notitie" label="Korte notitie" waarde={notitie} zet={setNotitie} />
    </Formulier>
  );
}

function AfsluitFormulier({ bezig, doe }: FormProps) {
  const [resultaat, setResultaat] = useState('');
  const [verwijzing, setVerwijzing] = useState('');
  const [advies, setAdvies] = useState('');
  return (
    <Formulier kop="Inzet afsluiten" id="afsluiten" knop="Inzet afsluiten" bezig={bezig}
      onSubmit={() =>
        doe(
          {
            soort: 'afsluiting',
            body: { resultaat: (resultaat || null) as never, verwijzing: (verwijzing || null) as never, advies: advies || null },
          },
          'De inzet is afgesloten.',
        )
      }>
      <p>
        <label htmlFor="resultaat">Resultaat</label>
        <br />
        <select id="resultaat" value={resultaat} onChange={(e) => setResultaat(e.target.value)}>
          <option value="">Kies een resultaat</option>
          {[...INZET_RESULTATEN].map(([code, tekst]) => (
            <option key={code} value={code}>
              {tekst}
            </option>
          ))}
        </select>
      </p>
      {resultaat === 'verwezen' && (
        <p>
          <label htmlFor="verwijzing">Verwezen naar</label>
          <br />
          <select id="verwijzing" value={verwijzing} onChange={(e) => setVerwijzing(e.target.value)}>
            <option value="">Kies een partner</option>
            {[...VERWIJZINGEN].map(([code, tekst]) => (
              <option key={code} value={code}>
                {tekst}
              </option>
            ))}
          </select>
        </p>
      )}
      <Tekstvak id="advies" label="Advies van de expert voor de school" waarde={advies} zet={setAdvies} />
    </Formulier>
  );
}
