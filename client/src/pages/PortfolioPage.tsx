import { useState, type FormEvent } from 'react';
import {
  useExpertboek,
  useLegExpertprofielVast,
  useRegioportfolio,
  useStelRegioaanbodVast,
  type ExpertboekRegel,
  type Expertisegebied,
  type ExpertprofielVerzoek,
  type Regioportfolio,
} from '../api/portfolio';
import { geenVeldfouten, verdeelFouten } from '../api/veldfouten';
import { houdtPortfolioBij, leestExpertboek } from '../auth/rollen';
import { useGebruiker } from '../auth/useGebruiker';
import { keuzes, naam } from '../arrangementLabels';
import { Meerkeuze } from '../components/Meerkeuze';
import { Melding } from '../components/Melding';
import { ProblemMessage } from '../components/ProblemMessage';
import { TabelContainer } from '../components/TabelContainer';
import { Veld } from '../components/Veld';
import { useFocusBijOpenen } from '../components/useFocusBijOpenen';
import { EXPERTISEGEBIEDEN, fteTekst, opsomming, WERKDAGEN } from '../portfolioWeergave';
import { usePageTitle } from '../usePageTitle';
import '../beheer.css';

const GEBIEDEN = keuzes(EXPERTISEGEBIEDEN).map((k) => ({ waarde: k.code, label: k.naam }));
const DAGEN = keuzes(WERKDAGEN).map((k) => ({ waarde: k.code, label: k.naam }));

/**
 * /portfolio: the regional portfolio's expertise. Per regio what it offers and which experts carry it (also for
 * schools: what their lokaal netwerk can ask for), and the expertboek of the SWV's own experts. The beleidsmedewerker
 * and the manager ondersteuning change the offer and the entries.
 */
export function PortfolioPage() {
  usePageTitle('Regionaal portfolio');
  const gebruiker = useGebruiker();
  const bijhouden = houdtPortfolioBij(gebruiker);
  const regios = useRegioportfolio();
  const [melding, setMelding] = useState<string>();

  return (
    <>
      <h1>Regionaal portfolio</h1>
      <p className="intro">
        Elke regio biedt scholen via de lokale netwerken experts aan op een aantal gebieden. Hier ziet u per regio welke
        gebieden dat zijn en welke experts dat aanbod dragen. Staat er bij een gebied geen expert, dan kan het netwerk
        daar nu niemand voor inzetten.
      </p>
      <Melding tekst={melding} />
      {regios.isError && <ProblemMessage summary="Het portfolio kon niet worden geladen." error={regios.error} />}
      {regios.data?.map((regio) => <Regio key={regio.regio} regio={regio} bijhouden={bijhouden} onOpgeslagen={setMelding} />)}
      {leestExpertboek(gebruiker.rollen) && (
        <Expertboek bijhouden={bijhouden} regios={regios.data?.map((r) => r.regio) ?? []} onOpgeslagen={setMelding} />
      )}
    </>
  );
}

function Regio({ regio, bijhouden, onOpgeslagen }: { regio: Regioportfolio; bijhouden: boolean; onOpgeslagen: (tekst: string) => void }) {
  const [wijzigen, setWijzigen] = useState(false);
  const kopId = `regio-${regio.regio.replace(/\W/g, '-')}`;
  return (
    <section aria-labelledby={kopId} className="sectie">
      <h2 id={kopId}>Regio {regio.regio}</h2>
      <p>
        {regio.lokaleNetwerken.length > 0 ? `Lokale netwerken: ${opsomming(regio.lokaleNetwerken)}. ` : ''}
        Eigen experts samen: {fteTekst(regio.eigenFte)}.
      </p>
      {regio.aanbod.length === 0 ? (
        <p>Deze regio biedt nu geen expertisegebieden aan.</p>
      ) : (
        <TabelContainer label={`Aanbod van regio ${regio.regio}`}>
          <table className="data-table">
            <caption>Aanbod van regio {regio.regio}</caption>
            <thead>
              <tr>
                <th scope="col">Expertisegebied</th>
                <th scope="col">Experts</th>
              </tr>
            </thead>
            <tbody>
              {regio.aanbod.map((gebied) => (
                <tr key={gebied.expertisegebied}>
                  <th scope="row">{naam(EXPERTISEGEBIEDEN, gebied.expertisegebied)}</th>
                  <td>
                    {gebied.experts.length === 0
                      ? 'Nog geen expert'
                      : opsomming(gebied.experts.map((e) => `${e.naam} (${fteTekst(e.fte)}${e.uitAndereRegio ? ', uit een andere regio' : ''})`))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TabelContainer>
      )}
      {bijhouden &&
        (wijzigen ? (
          <AanbodFormulier
            regio={regio}
            onKlaar={(tekst) => {
              setWijzigen(false);
              if (tekst) onOpgeslagen(tekst);
            }}
          />
        ) : (
          <p>
            <button type="button" className="button button--secundair" onClick={() => setWijzigen(true)}>
              Aanbod van regio {regio.regio} wijzigen
            </button>
          </p>
        ))}
    </section>
  );
}

function AanbodFormulier({ regio, onKlaar }: { regio: Regioportfolio; onKlaar: (melding?: string) => void }) {
  const stel = useStelRegioaanbodVast(regio);
  const [gebieden, setGebieden] = useState<string[]>(regio.aanbod.map((a) => a.expertisegebied));
  const fouten = stel.isError ? verdeelFouten(stel.error, ['expertisegebieden']) : geenVeldfouten;
  const kop = useFocusBijOpenen<HTMLHeadingElement>();

  function verstuur(event: FormEvent) {
    event.preventDefault();
    stel.mutate(GEBIEDEN.filter((g) => gebieden.includes(g.waarde)).map((g) => g.waarde as Expertisegebied), {
      onSuccess: () => onKlaar(`Het aanbod van regio ${regio.regio} is opgeslagen.`),
    });
  }

  const titel = `Aanbod van regio ${regio.regio} wijzigen`;
  return (
    <form aria-label={titel} className="formulier" onSubmit={verstuur} noValidate>
      <h3 ref={kop} tabIndex={-1}>
        {titel}
      </h3>
      {stel.isError && <ProblemMessage summary="Het aanbod is niet opgeslagen." error={stel.error} fouten={fouten.overig} />}
      <Meerkeuze
        legend="Expertisegebieden"
        hint="Kies de gebieden waarvoor een lokaal netwerk in deze regio een expert kan vragen."
        gekozen={gebieden}
        opties={GEBIEDEN}
        fouten={fouten.bij('expertisegebieden')}
        onChange={setGebieden}
      />
      <div className="knoppen">
        <button type="submit" className="button" disabled={stel.isPending}>
          Aanbod opslaan
        </button>
        <button type="button" className="button button--secundair" onClick={() => onKlaar()}>
          Annuleren
        </button>
      </div>
    </form>
  );
}

function Expertboek({ bijhouden, regios, onOpgeslagen }: { bijhouden: boolean; regios: readonly string[]; onOpgeslagen: (tekst: string) => void }) {
  const boek = useExpertboek(true);
  const [teWijzigen, setTeWijzigen] = useState<ExpertboekRegel>();
  const experts = boek.data?.experts ?? [];
  return (
    <section aria-labelledby="expertboek" className="sectie">
      <h2 id="expertboek">Expertboek</h2>
      {boek.isError && <ProblemMessage summary="Het expertboek kon niet worden geladen." error={boek.error} />}
      {boek.data && (
        <>
          <p>
            {experts.length} {experts.length === 1 ? 'expert' : 'experts'}, samen {fteTekst(boek.data.totaalFte)}.
          </p>
          <TabelContainer label="Expertboek">
            <table className="data-table">
              <caption>Experts van het samenwerkingsverband</caption>
              <thead>
                <tr>
                  <th scope="col">Naam</th>
                  <th scope="col">Expertisegebieden</th>
                  <th scope="col">Regio</th>
                  <th scope="col">Omvang</th>
                  <th scope="col">Dagen</th>
                  <th scope="col">Werkt ook in</th>
                  {bijhouden && <th scope="col">Acties</th>}
                </tr>
              </thead>
              <tbody>
                {experts.map((regel) => (
                  <tr key={regel.expertId}>
                    <th scope="row">
                      {regel.naam}
                      {!regel.actief && ' (gedeactiveerd)'}
                    </th>
                    {regel.profiel ? (
                      <>
                        <td>{opsomming(regel.profiel.expertisegebieden.map((g) => naam(EXPERTISEGEBIEDEN, g)))}</td>
                        <td>{regel.profiel.regio}</td>
                        <td>{fteTekst(regel.profiel.fte)}</td>
                        <td>{opsomming(regel.profiel.werkdagen.map((d) => naam(WERKDAGEN, d).toLowerCase()))}</td>
                        <td>{regel.profiel.ookInRegios.length > 0 ? opsomming(regel.profiel.ookInRegios) : '—'}</td>
                      </>
                    ) : (
                      <td colSpan={5}>Nog niet ingevuld</td>
                    )}
                    {bijhouden && (
                      <td>
                        <button type="button" className="button button--secundair" aria-label={`Wijzigen: ${regel.naam}`} onClick={() => setTeWijzigen(regel)}>
                          Wijzigen
                        </button>
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </TabelContainer>
        </>
      )}
      {teWijzigen && (
        <ProfielFormulier
          key={teWijzigen.expertId}
          regel={teWijzigen}
          regios={regios}
          onKlaar={(tekst) => {
            setTeWijzigen(undefined);
            if (tekst) onOpgeslagen(tekst);
          }}
        />
      )}
    </section>
  );
}

const PROFIELVELDEN = ['expertisegebieden', 'regio', 'fte', 'werkdagen', 'ookInRegios', 'toelichting'] as const;

function ProfielFormulier({ regel, regios, onKlaar }: { regel: ExpertboekRegel; regios: readonly string[]; onKlaar: (melding?: string) => void }) {
  const leg = useLegExpertprofielVast(regel);
  const [gebieden, setGebieden] = useState<string[]>(regel.profiel?.expertisegebieden ?? []);
  const [regio, setRegio] = useState(regel.profiel?.regio ?? '');
  const [fte, setFte] = useState(regel.profiel ? String(regel.profiel.fte).replace('.', ',') : '');
  const [dagen, setDagen] = useState<string[]>(regel.profiel?.werkdagen ?? []);
  const [ookIn, setOokIn] = useState<string[]>(regel.profiel?.ookInRegios ?? []);
  const [toelichting, setToelichting] = useState(regel.profiel?.toelichting ?? '');
  const fouten = leg.isError ? verdeelFouten(leg.error, PROFIELVELDEN) : geenVeldfouten;
  const kop = useFocusBijOpenen<HTMLHeadingElement>();

  function verstuur(event: FormEvent) {
    event.preventDefault();
    const getal = Number(fte.replace(',', '.'));
    const verzoek: ExpertprofielVerzoek = {
      expertisegebieden: GEBIEDEN.filter((g) => gebieden.includes(g.waarde)).map((g) => g.waarde) as ExpertprofielVerzoek['expertisegebieden'],
      regio: regio === '' ? null : regio,
      fte: fte.trim() === '' || Number.isNaN(getal) ? null : getal,
      werkdagen: DAGEN.filter((d) => dagen.includes(d.waarde)).map((d) => d.waarde) as ExpertprofielVerzoek['werkdagen'],
      ookInRegios: ookIn,
      ...(toelichting.trim() !== '' && { toelichting }),
    };
    leg.mutate(verzoek, { onSuccess: () => onKlaar(`Het expertboek van ${regel.naam} is opgeslagen.`) });
  }

  const titel = `Expertboek van ${regel.naam}`;
  return (
    <form aria-label={titel} className="formulier" onSubmit={verstuur} noValidate>
      <h3 ref={kop} tabIndex={-1}>
        {titel}
      </h3>
      {leg.isError && <ProblemMessage summary="Het expertboek is niet opgeslagen." error={leg.error} fouten={fouten.overig} />}
      <Meerkeuze legend="Expertisegebieden" gekozen={gebieden} opties={GEBIEDEN} fouten={fouten.bij('expertisegebieden')} onChange={setGebieden} />
      <Veld label="Eigen regio" fouten={fouten.bij('regio')}>
        {(invoer) => (
          <select {...invoer} value={regio} onChange={(e) => setRegio(e.target.value)}>
            <option value="">Kies een regio</option>
            {regios.map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </select>
        )}
      </Veld>
      <Veld label="Omvang in fte" hint="Bijvoorbeeld 0,6. Een dag is 0,2 fte." fouten={fouten.bij('fte')}>
        {(invoer) => <input {...invoer} inputMode="decimal" value={fte} onChange={(e) => setFte(e.target.value)} autoComplete="off" />}
      </Veld>
      <Meerkeuze legend="Inzetbare dagen" gekozen={dagen} opties={DAGEN} fouten={fouten.bij('werkdagen')} onChange={setDagen} />
      <Meerkeuze
        legend="Werkt ook in (niet verplicht)"
        hint="Andere regio's waar deze expert werkt als de capaciteit daar om vraagt."
        gekozen={ookIn}
        opties={regios.filter((r) => r !== regio).map((r) => ({ waarde: r, label: r }))}
        fouten={fouten.bij('ookInRegios')}
        onChange={setOokIn}
      />
      <Veld label="Toelichting (niet verplicht)" fouten={fouten.bij('toelichting')}>
        {(invoer) => <textarea {...invoer} value={toelichting} onChange={(e) => setToelichting(e.target.value)} rows={3} />}
      </Veld>
      <div className="knoppen">
        <button type="submit" className="button" disabled={leg.isPending}>
          Opslaan
        </button>
        <button type="button" className="button button--secundair" onClick={() => onKlaar()}>
          Annuleren
        </button>
      </div>
    </form>
  );
}
