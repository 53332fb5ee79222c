import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useCasussen } from '../api/casuistiek';
import { useExpertinzetStarten, useExpertRichtlijn } from '../api/expertinzet';
import { verdeelFouten } from '../api/veldfouten';
import { SCHOOL_MEDEWERKER } from '../auth/rollen';
import { useGebruiker } from '../auth/useGebruiker';
import { casusKeuzeTekst, kanInzetStarten } from '../casuistiekWeergave';
import { LeerlingKeuze } from '../components/LeerlingKeuze';
import { ProblemMessage } from '../components/ProblemMessage';
import { Veld } from '../components/Veld';
import { EXPERTISEGEBIEDEN } from '../expertinzetWeergave';
import { usePageTitle } from '../usePageTitle';

const TEKSTVELDEN = [
  ['ondersteuningsvraag', 'Ondersteuningsvraag'],
  ['belemmerendeFactoren', 'Belemmerende factoren'],
  ['stimulerendeFactoren', 'Stimulerende factoren'],
  ['gebodenOndersteuning', 'Ondersteuning die de school al bood'],
] as const;

type Tekstveld = (typeof TEKSTVELDEN)[number][0];

/** /expertinzetten/nieuw[?casusId=]: the school starts an inzet for its pupil, from the casus of its lokaal netwerk. */
export function NieuweExpertinzetPage() {
  usePageTitle('Inzet van een expert starten');
  const { rollen } = useGebruiker();
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const richtlijn = useExpertRichtlijn();
  const starten = useExpertinzetStarten();
  const casussen = useCasussen();
  const vrij = (casussen.data ?? []).filter(kanInzetStarten);
  const [leerlingId, setLeerlingId] = useState(searchParams.get('leerlingId') ?? '');
  const [casusId, setCasusId] = useState(searchParams.get('casusId') ?? '');
  const [gekozenGebied, setExpertisegebied] = useState<string>();
  // Until the school picks one itself, the expertisegebied the lokaal netwerk chose for the case.
  const expertisegebied = gekozenGebied ?? vrij.find((c) => c.id === casusId)?.uitkomstExpertisegebied ?? '';
  const [teksten, setTeksten] = useState<Record<Tekstveld, string>>({
    ondersteuningsvraag: '',
    belemmerendeFactoren: '',
    stimulerendeFactoren: '',
    gebodenOndersteuning: '',
  });
  const fouten = verdeelFouten(starten.error, ['leerlingId', 'casusId', 'expertisegebied', ...TEKSTVELDEN.map(([veld]) => veld)]);

  if (!rollen.includes(SCHOOL_MEDEWERKER)) {
    return (
      <>
        <h1>Inzet van een expert starten</h1>
        <p className="problem" role="alert">
          Alleen de school van de leerling start een inzet van een expert. <Link to="/expertinzetten">Naar de inzetten</Link>
        </p>
      </>
    );
  }

  const verstuur = (event: FormEvent) => {
    event.preventDefault();
    starten.mutate(
      {
        leerlingId: leerlingId || null,
        casusId: casusId || null,
        expertisegebied: (expertisegebied || null) as never,
        ...teksten,
      },
      { onSuccess: (inzet) => void navigate(`/expertinzetten/${inzet.id}`) },
    );
  };

  return (
    <>
      <h1>Inzet van een expert starten</h1>
      <p className="intro">
        Het lokaal netwerk besprak de casus anoniem en koos voor de inzet van een expert. Vul hier de gegevens van de leerling in. De
        regionaal procesbegeleider koppelt daarna een expert. Start nu ook het OPP van de leerling.
      </p>
      <section aria-labelledby="richtlijn" className="sectie">
        <h2 id="richtlijn">Wat een expert niet doet</h2>
        {richtlijn.data && (
          <>
            <p>{richtlijn.data.inleiding}</p>
            <ul>
              {richtlijn.data.doetNiet.map((regel) => (
                <li key={regel}>{regel}</li>
              ))}
            </ul>
          </>
        )}
      </section>
      <form onSubmit={verstuur} noValidate>
        {starten.isError && <ProblemMessage summary="De inzet is niet gestart." error={starten.error} fouten={fouten.overig} />}
        <LeerlingKeuze leerlingId={leerlingId} onChange={setLeerlingId} fouten={fouten.bij('leerlingId')} />
        <Veld
          label="Casus uit het lokaal netwerk"
          hint={
            casussen.data && vrij.length === 0
              ? 'Er is geen casus met de uitkomst inzet van een expert. Breng de vraag eerst in bij het lokale netwerk.'
              : 'Alleen casussen waarvoor het lokale netwerk koos voor de inzet van een expert.'
          }
          fouten={fouten.bij('casusId')}
        >
          {(koppeling) => (
            <select
              {...koppeling}
              value={casusId}
              onChange={(e) => {
                setCasusId(e.target.value);
                setExpertisegebied(undefined);
              }}
            >
              <option value="">Kies een casus</option>
              {vrij.map((casus) => (
                <option key={casus.id} value={casus.id}>
                  {casusKeuzeTekst(casus)}
                </option>
              ))}
            </select>
          )}
        </Veld>
        <p>
          <label htmlFor="expertisegebied">Expertisegebied</label>
          <br />
          <select id="expertisegebied" value={expertisegebied} onChange={(e) => setExpertisegebied(e.target.value)} aria-describedby="expertisegebied-fout">
            <option value="">Kies een expertisegebied</option>
            {[...EXPERTISEGEBIEDEN].map(([code, tekst]) => (
              <option key={code} value={code}>
                {tekst}
              </option>
            ))}
          </select>
          <FoutTekst id="expertisegebied-fout" fouten={fouten.bij('expertisegebied')} />
        </p>
        {TEKSTVELDEN.map(([veld, label]) => (
          <p key={veld}>
            <label htmlFor={veld}>{label}</label>
            <br />
            <textarea
              id={veld}
              rows={3}
              value={teksten[veld]}
              onChange={(e) => setTeksten({ ...teksten, [veld]: e.target.value })}
              aria-describedby={`${veld}-fout`}
            />
            <FoutTekst id={`${veld}-fout`} fouten={fouten.bij(veld)} />
          </p>
        ))}
        <button type="submit" className="button" disabled={starten.isPending}>
          Inzet starten
        </button>
      </form>
    </>
  );
}

export function FoutTekst({ id, fouten }: { id: string; fouten: readonly string[] }) {
  return (
    <span id={id} className="fout">
      {fouten.join(' ')}
    </span>
  );
}
