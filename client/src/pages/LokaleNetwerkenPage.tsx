import { useState, type FormEvent } from 'react';
import {
  useAgendeerCasus,
  useCasus,
  useCasussen,
  useLegUitkomstVast,
  useNetwerkbespreking,
  useNetwerkbesprekingen,
  usePlanBespreking,
  type BesprekingVerzoek,
  type CasusSamenvatting,
  type Netwerkbespreking,
  type UitkomstVerzoek,
} from '../api/casuistiek';
import { useEigenSamenwerkingsverband } from '../api/indeling';
import { useSchoolNamen } from '../api/scholen';
import { verdeelFouten } from '../api/veldfouten';
import { datumTekst } from '../aanbiederWeergave';
import { keuzes, naam } from '../arrangementLabels';
import { leidtNetwerkbesprekingen, volgtLokaleNetwerken } from '../auth/rollen';
import { useGebruiker } from '../auth/useGebruiker';
import {
  ADVIESSOORTEN,
  ANONIEM_UITLEG,
  anonimiteitsantwoord,
  CASUS_STATUSSEN,
  DEELNEMERSROLLEN,
  EXPERTISEGEBIEDEN,
  LEERJAARBANDEN,
  naamVanUitkomst,
  UITKOMSTEN,
} from '../casuistiekWeergave';
import { AnonimiteitsWaarschuwing } from '../components/AnonimiteitsWaarschuwing';
import { DatumVeld } from '../components/DatumVeld';
import { Keuzegroep } from '../components/Keuzegroep';
import { Meerkeuze } from '../components/Meerkeuze';
import { Melding } from '../components/Melding';
import { ProblemMessage } from '../components/ProblemMessage';
import { Veld } from '../components/Veld';
import { usePageTitle } from '../usePageTitle';

const netwerkSleutel = (regio: string, netwerk: string) => `${regio} – ${netwerk}`;

/**
 * /lokale-netwerken: the regionaal procesbegeleider plans besprekingen of the lokale netwerken, puts the cases the
 * schools brought in on one, and records the outcome of each case.
 */
export function LokaleNetwerkenPage() {
  usePageTitle('Lokale netwerken');
  const gebruiker = useGebruiker();
  const leidt = leidtNetwerkbesprekingen(gebruiker);
  const besprekingen = useNetwerkbesprekingen();
  if (!volgtLokaleNetwerken(gebruiker)) {
    return (
      <>
        <h1>Lokale netwerken</h1>
        <p className="problem" role="alert">
          Alleen de regionaal procesbegeleider, de beleidsmedewerker en de manager ondersteuning van het samenwerkingsverband zien de
          besprekingen van de lokale netwerken.
        </p>
      </>
    );
  }

  const perNetwerk = new Map<string, Netwerkbespreking[]>();
  for (const bespreking of besprekingen.data ?? []) {
    const sleutel = netwerkSleutel(bespreking.regio, bespreking.lokaalNetwerk);
    perNetwerk.set(sleutel, [...(perNetwerk.get(sleutel) ?? []), bespreking]);
  }

  return (
    <>
      <h1>Lokale netwerken</h1>
      <p className="intro">
        {leidt
          ? 'Scholen brengen hier hun vragen anoniem in. Zet een casus op een bespreking van zijn lokale netwerk en leg na de bespreking de uitkomst vast.'
          : 'Scholen brengen hier hun vragen anoniem in. De regionaal procesbegeleider zet ze op een bespreking en legt de uitkomst vast.'}
      </p>
      {leidt && <BesprekingPlannen />}
      <NietBesproken besprekingen={besprekingen.data ?? []} leidt={leidt} />
      {besprekingen.error && <ProblemMessage summary="De besprekingen konden niet worden geladen." error={besprekingen.error} />}
      {[...perNetwerk].map(([netwerk, lijst]) => (
        <section key={netwerk} aria-labelledby={`netwerk-${netwerk}`}>
          <h2 id={`netwerk-${netwerk}`}>Lokaal netwerk {netwerk}</h2>
          {lijst.map((bespreking) => (
            <Bespreking key={bespreking.id} id={bespreking.id} leidt={leidt} />
          ))}
        </section>
      ))}
    </>
  );
}

function BesprekingPlannen() {
  const swv = useEigenSamenwerkingsverband();
  const plan = usePlanBespreking();
  const [netwerk, setNetwerk] = useState('');
  const [datum, setDatum] = useState('');
  const [aanwezigen, setAanwezigen] = useState<string[]>(['regionaal-procesbegeleider']);
  const [notities, setNotities] = useState('');
  const [melding, setMelding] = useState<string>();
  const antwoord = anonimiteitsantwoord(plan.error);
  const fouten = verdeelFouten(antwoord === 'waarschuwing' ? null : plan.error, ['regio', 'lokaalNetwerk', 'datum', 'aanwezigen', 'notities']);
  const netwerken = (swv.data?.regios ?? []).flatMap((regio) => regio.lokaleNetwerken.map((n) => ({ regio: regio.naam, netwerk: n })));
  const verstuur = (anoniemBevestigd: boolean) => {
    const gekozen = netwerken.find((n) => netwerkSleutel(n.regio, n.netwerk) === netwerk);
    const verzoek: BesprekingVerzoek = {
      regio: gekozen?.regio ?? null,
      lokaalNetwerk: gekozen?.netwerk ?? null,
      datum: datum || null,
      aanwezigen: aanwezigen as NonNullable<BesprekingVerzoek['aanwezigen']>,
      notities: notities.trim() || null,
      anoniemBevestigd,
    };
    setMelding(undefined);
    plan.mutate(verzoek, {
      onSuccess: (bespreking) => {
        setMelding(`De bespreking van ${datumTekst(bespreking.datum)} is gepland.`);
        setNotities('');
      },
    });
  };
  const verzend = (event: FormEvent) => {
    event.preventDefault();
    verstuur(false);
  };

  return (
    <section aria-labelledby="bespreking-plannen">
      <h2 id="bespreking-plannen">Bespreking plannen</h2>
      <Melding tekst={melding} />
      <form className="formulier" aria-label="Bespreking plannen" noValidate onSubmit={verzend}>
        {plan.isError && antwoord === 'waarschuwing' && (
          <AnonimiteitsWaarschuwing error={plan.error} bezig={plan.isPending} onBevestig={() => verstuur(true)} />
        )}
        {plan.isError && antwoord !== 'waarschuwing' && (
          <ProblemMessage summary="De bespreking is niet gepland." error={plan.error} fouten={fouten.overig} />
        )}
        <Veld label="Lokaal netwerk" fouten={[...fouten.bij('regio'), ...fouten.bij('lokaalNetwerk')]}>
          {(koppeling) => (
            <select {...koppeling} required value={netwerk} onChange={(e) => setNetwerk(e.target.value)}>
              <option value="">Kies een lokaal netwerk</option>
              {netwerken.map((n) => (
                <option key={netwerkSleutel(n.regio, n.netwerk)} value={netwerkSleutel(n.regio, n.netwerk)}>
                  {n.netwerk} (regio {n.regio})
                </option>
              ))}
            </select>
          )}
        </Veld>
        <DatumVeld label="Datum" required value={datum} onChange={setDatum} fouten={fouten.bij('datum')} />
        <Meerkeuze
          legend="Wie zijn erbij?"
          hint="Alleen rollen, geen namen."
          gekozen={aanwezigen}
          opties={keuzes(DEELNEMERSROLLEN).map(({ code, naam: label }) => ({ waarde: code, label }))}
          fouten={fouten.bij('aanwezigen')}
          onChange={setAanwezigen}
        />
        <Veld label="Notities (niet verplicht)" hint={ANONIEM_UITLEG} fouten={fouten.bij('notities')}>
          {(koppeling) => <textarea {...koppeling} rows={3} value={notities} onChange={(e) => setNotities(e.target.value)} />}
        </Veld>
        <div className="knoppen">
          <button type="submit" className="button" disabled={plan.isPending}>
            Bespreking plannen
          </button>
        </div>
      </form>
    </section>
  );
}

/** The cases brought in that are on no bespreking yet, each to put on one of its own netwerk. */
function NietBesproken({ besprekingen, leidt }: { besprekingen: readonly Netwerkbespreking[]; leidt: boolean }) {
  const casussen = useCasussen();
  const open = (casussen.data ?? []).filter((c) => c.status === 'ingebracht');
  return (
    <section aria-labelledby="niet-besproken">
      <h2 id="niet-besproken">Nog niet besproken</h2>
      {casussen.error && <ProblemMessage summary="De casussen konden niet worden geladen." error={casussen.error} />}
      {casussen.data && open.length === 0 && <p>Alle ingebrachte casussen staan op een bespreking.</p>}
      <ul className="kaarten">
        {open.map((casus, index) => (
          <li key={casus.id}>
            <Agenderen
              nummer={index + 1}
              samenvatting={casus}
              besprekingen={besprekingen.filter((b) => b.regio === casus.regio && b.lokaalNetwerk === casus.lokaalNetwerk)}
              leidt={leidt}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}

function Agenderen({
  nummer,
  samenvatting,
  besprekingen,
  leidt,
}: {
  nummer: number;
  samenvatting: CasusSamenvatting;
  besprekingen: readonly Netwerkbespreking[];
  leidt: boolean;
}) {
  const casus = useCasus(samenvatting.id);
  const schoolNaam = useSchoolNamen();
  const agendeer = useAgendeerCasus();
  // Until a choice is made, the newest bespreking of the netwerk (the list may load after this card).
  const [keuze, setBespreking] = useState('');
  const bespreking = keuze || besprekingen[0]?.id || '';
  // Numbered: one school may have several cases waiting, and each form needs a name of its own.
  const titel = `Casus ${nummer} van ${schoolNaam(samenvatting.vestiging)}`;
  const verzend = (event: FormEvent) => {
    event.preventDefault();
    if (casus.data) agendeer.mutate({ casus: casus.data, besprekingId: bespreking });
  };
  return (
    <article aria-label={titel} className="kaart">
      <h3>{titel}</h3>
      {casus.data && <CasusTekst casus={casus.data} />}
      {leidt && (
        <form className="formulier" aria-label={`Op een bespreking zetten: ${titel}`} noValidate onSubmit={verzend}>
          {agendeer.isError && <ProblemMessage summary="De casus staat niet op de bespreking." error={agendeer.error} />}
          <Veld label="Bespreking" fouten={[]}>
            {(koppeling) => (
              <select {...koppeling} value={bespreking} onChange={(e) => setBespreking(e.target.value)}>
                <option value="">Kies een bespreking</option>
                {besprekingen.map((b) => (
                  <option key={b.id} value={b.id}>
                    {datumTekst(b.datum)} ({b.lokaalNetwerk})
                  </option>
                ))}
              </select>
            )}
          </Veld>
          <div className="knoppen">
            <button type="submit" className="button" disabled={agendeer.isPending || !casus.data}>
              Op de bespreking zetten
            </button>
          </div>
        </form>
      )}
    </article>
  );
}

function CasusTekst({ casus }: { casus: { ondersteuningsvraag: string; geprobeerd: string; leerjaarband?: string | null; expertisegebied?: string | null } }) {
  return (
    <dl className="gegevens">
      <dt>Ondersteuningsvraag</dt>
      <dd>{casus.ondersteuningsvraag}</dd>
      <dt>Al geprobeerd</dt>
      <dd>{casus.geprobeerd}</dd>
      <dt>Leerjaar</dt>
      <dd>{casus.leerjaarband ? naam(LEERJAARBANDEN, casus.leerjaarband) : 'Niet ingevuld'}</dd>
      <dt>Expertisegebied</dt>
      <dd>{casus.expertisegebied ? naam(EXPERTISEGEBIEDEN, casus.expertisegebied) : 'Niet ingevuld'}</dd>
    </dl>
  );
}

function Bespreking({ id, leidt }: { id: string; leidt: boolean }) {
  const { data } = useNetwerkbespreking(id);
  if (!data) return null;
  const titel = `Bespreking van ${datumTekst(data.datum)}`;
  return (
    <article aria-label={titel} className="kaart">
      <h3>{titel}</h3>
      <p>
        Aanwezig: {data.aanwezigen.length > 0 ? data.aanwezigen.map((rol) => naam(DEELNEMERSROLLEN, rol)).join(', ') : 'nog niet vastgelegd'}.
      </p>
      {data.notities && <p>{data.notities}</p>}
      {(data.casussen ?? []).length === 0 ? (
        <p>Er staan nog geen casussen op deze bespreking.</p>
      ) : (
        <ul className="kaarten">
          {(data.casussen ?? []).map((casus, index) => (
            <li key={casus.id}>
              <CasusOpBespreking samenvatting={casus} nummer={index + 1} datum={data.datum} leidt={leidt} />
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}

function CasusOpBespreking({ samenvatting, nummer, datum, leidt }: { samenvatting: CasusSamenvatting; nummer: number; datum: string; leidt: boolean }) {
  const schoolNaam = useSchoolNamen();
  // With the bespreking's date: each form on the page needs a name of its own.
  const titel = `Casus ${nummer} van ${schoolNaam(samenvatting.vestiging)}, bespreking van ${datumTekst(datum)}`;
  return (
    <div className="casus">
      <h4>{titel}</h4>
      <p>
        {naam(CASUS_STATUSSEN, samenvatting.status)}. Uitkomst: {naamVanUitkomst(samenvatting.uitkomst, samenvatting.uitkomstExpertisegebied)}.
      </p>
      {leidt && samenvatting.status === 'besproken' && <UitkomstFormulier id={samenvatting.id} titel={titel} />}
    </div>
  );
}

function UitkomstFormulier({ id, titel }: { id: string; titel: string }) {
  const casus = useCasus(id);
  const vastleggen = useLegUitkomstVast();
  const [soort, setSoort] = useState('');
  const [adviessoort, setAdviessoort] = useState('');
  const [aanbieder, setAanbieder] = useState('');
  const [advies, setAdvies] = useState('');
  const [expertisegebied, setExpertisegebied] = useState(casus.data?.expertisegebied ?? '');
  const antwoord = anonimiteitsantwoord(vastleggen.error);
  const fouten = verdeelFouten(antwoord === 'waarschuwing' ? null : vastleggen.error, ['soort', 'adviessoort', 'aanbieder', 'advies', 'expertisegebied']);
  const verstuur = (anoniemBevestigd: boolean) => {
    if (!casus.data) return;
    const verzoek: UitkomstVerzoek = {
      soort: (soort || null) as UitkomstVerzoek['soort'],
      ...(soort === 'direct-advies' && adviessoort !== '' && { adviessoort: adviessoort as NonNullable<UitkomstVerzoek['adviessoort']> }),
      aanbieder: soort === 'direct-advies' ? aanbieder.trim() || null : null,
      advies: advies.trim() || null,
      ...(soort === 'inzet-expert' && expertisegebied !== '' && { expertisegebied: expertisegebied as NonNullable<UitkomstVerzoek['expertisegebied']> }),
      anoniemBevestigd,
    };
    vastleggen.mutate({ casus: casus.data, verzoek });
  };
  const verzend = (event: FormEvent) => {
    event.preventDefault();
    verstuur(false);
  };
  return (
    <form className="formulier" aria-label={`Uitkomst vastleggen: ${titel}`} noValidate onSubmit={verzend}>
      {vastleggen.isError && antwoord === 'waarschuwing' && (
        <AnonimiteitsWaarschuwing error={vastleggen.error} bezig={vastleggen.isPending} onBevestig={() => verstuur(true)} />
      )}
      {vastleggen.isError && antwoord !== 'waarschuwing' && (
        <ProblemMessage summary="De uitkomst is niet vastgelegd." error={vastleggen.error} fouten={fouten.overig} />
      )}
      {casus.data && <CasusTekst casus={casus.data} />}
      <Keuzegroep
        legend="Uitkomst"
        waarde={soort}
        opties={keuzes(UITKOMSTEN).map(({ code, naam: label }) => ({ waarde: code, label }))}
        fouten={fouten.bij('soort')}
        onChange={setSoort}
      />
      {soort === 'direct-advies' && (
        <>
          <Veld label="Waar gaat het advies over?" fouten={fouten.bij('adviessoort')}>
            {(koppeling) => (
              <select {...koppeling} value={adviessoort} onChange={(e) => setAdviessoort(e.target.value)}>
                <option value="">Kies een soort advies</option>
                {keuzes(ADVIESSOORTEN).map(({ code, naam: label }) => (
                  <option key={code} value={code}>
                    {label}
                  </option>
                ))}
              </select>
            )}
          </Veld>
          <Veld label="Aanbieder uit het register (niet verplicht)" hint="De code van de aanbieder, zoals 123A456." fouten={fouten.bij('aanbieder')}>
            {(koppeling) => <input {...koppeling} type="text" value={aanbieder} onChange={(e) => setAanbieder(e.target.value)} />}
          </Veld>
        </>
      )}
      {soort === 'inzet-expert' && (
        <Veld label="Expertisegebied van de expert" fouten={fouten.bij('expertisegebied')}>
          {(koppeling) => (
            <select {...koppeling} value={expertisegebied} onChange={(e) => setExpertisegebied(e.target.value)}>
              <option value="">Kies een expertisegebied</option>
              {keuzes(EXPERTISEGEBIEDEN).map(({ code, naam: label }) => (
                <option key={code} value={code}>
                  {label}
                </option>
              ))}
            </select>
          )}
        </Veld>
      )}
      <Veld label={soort === 'inzet-expert' ? 'Advies (niet verplicht)' : 'Advies'} hint={ANONIEM_UITLEG} fouten={fouten.bij('advies')}>
        {(koppeling) => <textarea {...koppeling} rows={3} value={advies} onChange={(e) => setAdvies(e.target.value)} />}
      </Veld>
      <div className="knoppen">
        <button type="submit" className="button" disabled={vastleggen.isPending || !casus.data}>
          Uitkomst vastleggen
        </button>
      </div>
    </form>
  );
}
