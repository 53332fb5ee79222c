import { useState, type FormEvent } from 'react';
import {
  useAbonnementen,
  useAfleverpogingen,
  useBezorgOpnieuw,
  useMaakAbonnement,
  useNotificatiesoorten,
  useRoteerAbonnementGeheim,
  useTrekVorigGeheimIn,
  useVerwijderAbonnement,
  useWijzigAbonnement,
  type Abonnement,
  type Afleverpoging,
  type NieuwAbonnement,
  type NieuwAbonnementGeheim,
  type Notificatiesoort,
} from '../api/abonnementen';
import { isVersieVerouderd } from '../api/antwoord';
import type { Koppeling } from '../api/koppelingen';
import { geenVeldfouten, verdeelFouten } from '../api/veldfouten';
import { dagTekst, tijdstipTekst } from '../arrangementWeergave';
import { scopeTekst } from '../beheerWeergave';
import { Bevestiging } from './Bevestiging';
import { EenmaligGeheim } from './EenmaligGeheim';
import { FormulierKnoppen } from './FormulierKnoppen';
import { Meerkeuze } from './Meerkeuze';
import { Melding } from './Melding';
import { ProblemMessage } from './ProblemMessage';
import { TabelContainer } from './TabelContainer';
import { useFocusBijOpenen } from './useFocusBijOpenen';
import { Veld } from './Veld';

/** The Dutch description of an event type; an unknown type (a newer API) shows as it is. */
function soortTekst(soorten: readonly Notificatiesoort[] | undefined, type: string): string {
  return soorten?.find((s) => s.type === type)?.omschrijving ?? type;
}

/** The koppeling's webhooks: which URL gets which events, and what happened to the deliveries. */
export function KoppelingWebhooks({ koppeling }: { koppeling: Koppeling }) {
  const abonnementen = useAbonnementen(koppeling.clientId);
  const soorten = useNotificatiesoorten();
  const [melding, setMelding] = useState<string>();

  return (
    <section aria-labelledby="webhooks" className="sectie">
      <h2 id="webhooks">Webhooks</h2>
      <p>
        Met een webhook stuurt PassendOnderwijs de koppeling zelf een bericht als er iets verandert, bijvoorbeeld een
        nieuw arrangement. De koppeling krijgt alleen berichten waarvoor ze het recht heeft, en alleen over haar eigen
        scholen.
      </p>
      <Melding tekst={melding} />
      {abonnementen.isPending ? (
        <p role="status">Laden…</p>
      ) : abonnementen.isError ? (
        <ProblemMessage summary="De webhooks konden niet worden geladen." error={abonnementen.error} />
      ) : abonnementen.data.length === 0 ? (
        <p>Deze koppeling heeft nog geen webhooks.</p>
      ) : (
        abonnementen.data.map((abonnement) => (
          <AbonnementKaart
            key={abonnement.id}
            koppeling={koppeling}
            abonnement={abonnement}
            soorten={soorten.data}
            onMelding={setMelding}
          />
        ))
      )}
      <Toevoegen koppeling={koppeling} soorten={soorten.data} soortenFout={soorten.error} onMelding={setMelding} />
    </section>
  );
}

const VELDEN = ['url', 'soorten'] as const;

interface ToevoegenProps {
  koppeling: Koppeling;
  soorten: readonly Notificatiesoort[] | undefined;
  soortenFout: Error | null;
  onMelding: (melding: string) => void;
}

function Toevoegen({ koppeling, soorten, soortenFout, onMelding }: ToevoegenProps) {
  const maak = useMaakAbonnement(koppeling.clientId);
  const [open, setOpen] = useState(false);
  const [url, setUrl] = useState('');
  const [gekozen, setGekozen] = useState<string[]>([]);
  const [nieuw, setNieuw] = useState<NieuwAbonnement>();
  const fouten = maak.isError ? verdeelFouten(maak.error, VELDEN) : geenVeldfouten;

  function openen() {
    setUrl('');
    setGekozen([]);
    setNieuw(undefined);
    maak.reset();
    onMelding('');
    setOpen(true);
  }

  function verstuur(event: FormEvent) {
    event.preventDefault();
    maak.mutate(
      { url, soorten: gekozen },
      {
        onSuccess: (antwoord) => {
          setOpen(false);
          setNieuw(antwoord);
        },
      },
    );
  }

  return (
    <>
      {nieuw && (
        <EenmaligGeheim kop={`Geheim van de webhook naar ${nieuw.abonnement.url}`} waarde={nieuw.geheim} wat="het geheim">
          <p>
            De webhook is toegevoegd. Met dit geheim controleert de ontvanger dat een bericht echt van PassendOnderwijs
            komt. Geef het aan de leverancier van de koppeling. U ziet het maar één keer: kopieer het nu.
          </p>
        </EenmaligGeheim>
      )}
      {open ? (
        <form aria-labelledby="webhook-toevoegen" className="formulier" onSubmit={verstuur} noValidate>
          <h3 id="webhook-toevoegen">Webhook toevoegen</h3>
          <ToevoegKop />
          {maak.isError && <ProblemMessage summary="De webhook is niet toegevoegd." error={maak.error} fouten={fouten.overig} />}
          <Veld label="URL" hint="Het adres waar de berichten heen gaan. Het begint met https://." fouten={fouten.bij('url')}>
            {(invoer) => (
              <input {...invoer} type="url" value={url} onChange={(e) => setUrl(e.target.value)} autoComplete="off" spellCheck={false} />
            )}
          </Veld>
          {soortenFout ? (
            <ProblemMessage summary="De soorten berichten konden niet worden geladen." error={soortenFout} focus={false} />
          ) : (
            <Meerkeuze
              legend="Over welke berichten?"
              hint="Naast elk bericht staat welk recht de koppeling ervoor nodig heeft."
              gekozen={gekozen}
              opties={(soorten ?? []).map((s) => ({ waarde: s.type, label: s.omschrijving, uitleg: `recht ${scopeTekst(s.scope)}` }))}
              fouten={fouten.bij('soorten')}
              onChange={setGekozen}
              lang
            />
          )}
          <FormulierKnoppen opslaan="Webhook toevoegen" bezig={maak.isPending} onAnnuleer={() => setOpen(false)} />
        </form>
      ) : (
        <p>
          <button type="button" className="button button--secundair" onClick={openen}>
            Webhook toevoegen
          </button>
        </p>
      )}
    </>
  );
}

/** Tells a keyboard or screen reader user that the form opened, by taking the focus. */
function ToevoegKop() {
  const kop = useFocusBijOpenen<HTMLParagraphElement>();
  return (
    <p tabIndex={-1} ref={kop}>
      Vul het adres in, kies de berichten en sla op.
    </p>
  );
}

interface KaartProps {
  koppeling: Koppeling;
  abonnement: Abonnement;
  soorten: readonly Notificatiesoort[] | undefined;
  onMelding: (melding: string) => void;
}

/** One abonnement with what it receives, its state, and the actions on it. */
function AbonnementKaart({ koppeling, abonnement, soorten, onMelding }: KaartProps) {
  const clientId = koppeling.clientId;
  const wijzig = useWijzigAbonnement(clientId);
  const roteer = useRoteerAbonnementGeheim(clientId);
  const trekIn = useTrekVorigGeheimIn(clientId);
  const verwijder = useVerwijderAbonnement(clientId);
  const [nieuwGeheim, setNieuwGeheim] = useState<NieuwAbonnementGeheim>();
  const [beeindigen, setBeeindigen] = useState(false);
  const [logOpen, setLogOpen] = useState(false);
  const kopId = `abonnement-${abonnement.id}`;

  function pauzeer(gepauzeerd: boolean) {
    onMelding('');
    wijzig.mutate(
      { abonnement, wijziging: { url: abonnement.url, soorten: abonnement.soorten, gepauzeerd } },
      {
        onSuccess: () =>
          onMelding(
            gepauzeerd
              ? `De webhook naar ${abonnement.url} is gepauzeerd. Nieuwe berichten wachten tot u hem hervat.`
              : `De webhook naar ${abonnement.url} is hervat. Berichten die wachtten, worden nu verstuurd.`,
          ),
      },
    );
  }

  return (
    <section aria-labelledby={kopId} className="paneel">
      <h3 id={kopId}>
        Webhook naar <code>{abonnement.url}</code>
      </h3>
      <dl className="gegevens">
        <dt>Berichten over</dt>
        <dd>{abonnement.soorten.map((type) => soortTekst(soorten, type)).join(', ')}</dd>
        <dt>Status</dt>
        <dd>{abonnement.gepauzeerd ? 'Gepauzeerd: berichten wachten tot u de webhook hervat' : 'Actief'}</dd>
        <dt>Toegevoegd op</dt>
        <dd>{dagTekst(abonnement.aangemaaktOp)}</dd>
        {abonnement.vorigGeheimGeldigTot && (
          <>
            <dt>Vorig geheim</dt>
            <dd>Werkt nog tot {tijdstipTekst(abonnement.vorigGeheimGeldigTot)}</dd>
          </>
        )}
      </dl>
      {wijzig.isError && (
        <ProblemMessage
          summary={
            isVersieVerouderd(wijzig.error)
              ? 'Iemand anders heeft deze webhook net gewijzigd. Bekijk de nieuwe gegevens en probeer het opnieuw.'
              : 'De webhook is niet gewijzigd.'
          }
          error={wijzig.error}
        />
      )}
      {roteer.isError && <ProblemMessage summary="Er is geen nieuw geheim gemaakt." error={roteer.error} />}
      {trekIn.isError && <ProblemMessage summary="Het vorige geheim is niet ingetrokken." error={trekIn.error} />}
      {verwijder.isError && <ProblemMessage summary="De webhook is niet beëindigd." error={verwijder.error} />}
      {nieuwGeheim && (
        <EenmaligGeheim kop={`Nieuw geheim van de webhook naar ${abonnement.url}`} waarde={nieuwGeheim.geheim} wat="het geheim">
          <p>
            Geef dit geheim aan de leverancier van de koppeling. U ziet het maar één keer: kopieer het nu. Het vorige
            geheim werkt nog tot {tijdstipTekst(nieuwGeheim.vorigGeheimGeldigTot)}, of tot u het intrekt.
          </p>
        </EenmaligGeheim>
      )}
      {beeindigen ? (
        <Bevestiging
          vraag={`Weet u zeker dat u de webhook naar ${abonnement.url} wilt beëindigen? U kunt dit niet ongedaan maken.`}
          ja="Ja, beëindigen"
          gevaar
          bezig={verwijder.isPending}
          onJa={() =>
            verwijder.mutate(abonnement.id, {
              onSuccess: () => onMelding(`De webhook naar ${abonnement.url} is beëindigd.`),
            })
          }
          onNee={() => setBeeindigen(false)}
        />
      ) : (
        <div className="knoppen">
          <button type="button" className="button button--secundair" disabled={wijzig.isPending} onClick={() => pauzeer(!abonnement.gepauzeerd)}>
            {abonnement.gepauzeerd ? 'Hervatten' : 'Pauzeren'}
          </button>
          <button
            type="button"
            className="button button--secundair"
            disabled={roteer.isPending}
            onClick={() => {
              onMelding('');
              roteer.mutate(abonnement.id, { onSuccess: setNieuwGeheim });
            }}
          >
            Nieuw geheim maken
          </button>
          {abonnement.vorigGeheimGeldigTot && (
            <button
              type="button"
              className="button button--secundair"
              disabled={trekIn.isPending}
              onClick={() =>
                trekIn.mutate(abonnement.id, {
                  onSuccess: () => {
                    setNieuwGeheim(undefined);
                    onMelding(`Het vorige geheim van de webhook naar ${abonnement.url} werkt niet meer. Alleen het nieuwe geheim tekent nog.`);
                  },
                })
              }
            >
              Vorig geheim intrekken
            </button>
          )}
          <button type="button" className="button button--secundair" aria-expanded={logOpen} onClick={() => setLogOpen(!logOpen)}>
            {logOpen ? 'Afleverlog verbergen' : 'Afleverlog tonen'}
          </button>
          <button type="button" className="button button--gevaar" onClick={() => setBeeindigen(true)}>
            Webhook beëindigen
          </button>
        </div>
      )}
      {logOpen && <Afleverlog clientId={clientId} abonnement={abonnement} soorten={soorten} />}
    </section>
  );
}

/** Where an attempt's aflevering stands now, in words. */
function afleverstatusTekst(status: string): string {
  switch (status) {
    case 'afgeleverd':
      return 'Afgeleverd';
    case 'wachtend':
      return 'Wordt opnieuw geprobeerd';
    case 'mislukt':
      return 'Mislukt: er komen geen pogingen meer';
    default:
      return status;
  }
}

function resultaatTekst(poging: Afleverpoging): string {
  const gelukt = poging.statuscode != null && poging.statuscode >= 200 && poging.statuscode < 300;
  const wat = poging.statuscode != null ? `HTTP ${poging.statuscode}` : (poging.fout ?? 'Geen antwoord');
  return `${gelukt ? 'Gelukt' : 'Mislukt'} (${wat})`;
}

interface LogProps {
  clientId: string;
  abonnement: Abonnement;
  soorten: readonly Notificatiesoort[] | undefined;
}

/** The latest attempts, newest first; an aflevering that failed for good can be delivered again. */
function Afleverlog({ clientId, abonnement, soorten }: LogProps) {
  const pogingen = useAfleverpogingen(clientId, abonnement.id, true);
  const opnieuw = useBezorgOpnieuw(clientId, abonnement.id);
  const [opnieuwGedaan, setOpnieuwGedaan] = useState<string>();

  if (pogingen.isPending) return <p role="status">Laden…</p>;
  if (pogingen.isError) return <ProblemMessage summary="Het afleverlog kon niet worden geladen." error={pogingen.error} />;
  if (pogingen.data.pogingen.length === 0) return <p>Er is nog niets naar deze webhook verstuurd.</p>;

  // Only the newest attempt of each aflevering offers the button: the aflevering is delivered again, not the attempt.
  const gezien = new Set<string>();
  return (
    <>
      {opnieuw.isError && <ProblemMessage summary="Het bericht wordt niet opnieuw bezorgd." error={opnieuw.error} />}
      <div role="status">{opnieuwGedaan && <p>{opnieuwGedaan}</p>}</div>
      <TabelContainer label={`Afleverlog van de webhook naar ${abonnement.url}`}>
        <table className="data-table">
          <caption>Afleverlog, nieuwste eerst</caption>
          <thead>
            <tr>
              <th scope="col">Tijdstip</th>
              <th scope="col">Bericht</th>
              <th scope="col">Resultaat</th>
              <th scope="col">Stand van het bericht</th>
              <th scope="col">
                <span className="visually-hidden">Actie</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {pogingen.data.pogingen.map((poging) => {
              const eerste = !gezien.has(poging.afleveringId);
              gezien.add(poging.afleveringId);
              return (
                <tr key={poging.id}>
                  <td>{tijdstipTekst(poging.op)}</td>
                  <td>{soortTekst(soorten, poging.type)}</td>
                  <td>{resultaatTekst(poging)}</td>
                  <td>{afleverstatusTekst(poging.status)}</td>
                  <td>
                    {eerste && poging.status === 'mislukt' && (
                      <button
                        type="button"
                        className="button button--secundair"
                        disabled={opnieuw.isPending}
                        onClick={() =>
                          opnieuw.mutate(poging.afleveringId, {
                            onSuccess: () => setOpnieuwGedaan('Het bericht wordt opnieuw bezorgd. De pogingen verschijnen in het log.'),
                          })
                        }
                      >
                        Opnieuw bezorgen
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TabelContainer>
    </>
  );
}
