import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import {
  useKoppeling,
  useTrekKoppelingIn,
  useVernieuwGeheim,
  useWijzigKoppeling,
  type Koppeling,
  type NieuwGeheim,
  type Scope,
} from '../api/koppelingen';
import { geenVeldfouten, verdeelFouten } from '../api/veldfouten';
import { useSchoolNamen } from '../api/scholen';
import { authenticatieTekst, SCOPE_KEUZES, scopeTekst } from '../beheerWeergave';
import { Bevestiging } from '../components/Bevestiging';
import { EenmaligGeheim } from '../components/EenmaligGeheim';
import { KoppelingWebhooks } from '../components/KoppelingWebhooks';
import { FormulierKnoppen } from '../components/FormulierKnoppen';
import { Meerkeuze } from '../components/Meerkeuze';
import { Melding } from '../components/Melding';
import { ScholenKeuze } from '../components/ScholenKeuze';
import { Veld } from '../components/Veld';
import { ProblemMessage } from '../components/ProblemMessage';
import { useFocusBijOpenen } from '../components/useFocusBijOpenen';
import { usePageTitle } from '../usePageTitle';
import '../beheer.css';

/** /koppelingen/:clientId: one koppeling; renew its secret or revoke it. */
export function KoppelingPage() {
  const { clientId = '' } = useParams();
  const koppeling = useKoppeling(clientId);
  const schoolNaam = useSchoolNamen();
  const [melding, setMelding] = useState<string>();
  usePageTitle(koppeling.data ? `Koppeling ${koppeling.data.naam}` : 'Koppeling');

  return (
    <>
      <p>
        <Link to="/koppelingen">Alle koppelingen</Link>
      </p>
      {koppeling.isPending ? (
        <p role="status">Laden…</p>
      ) : koppeling.isError ? (
        <>
          <h1>Koppeling</h1>
          <ProblemMessage summary="Deze koppeling kon niet worden geladen. Misschien is ze ingetrokken." error={koppeling.error} />
        </>
      ) : (
        <>
          <h1>Koppeling {koppeling.data.naam}</h1>
          <dl className="gegevens">
            <dt>Client-id</dt>
            <dd>
              <code>{koppeling.data.clientId}</code>
            </dd>
            <dt>Mag</dt>
            <dd>{koppeling.data.scopes.map(scopeTekst).join(', ')}</dd>
            <dt>Scholen</dt>
            <dd>{koppeling.data.vestigingen.length === 0 ? 'Geen' : koppeling.data.vestigingen.map(schoolNaam).join(', ')}</dd>
            <dt>Inloggen met</dt>
            <dd>{authenticatieTekst(koppeling.data.authenticatie)}</dd>
          </dl>
          <Melding tekst={melding} />
          <Wijzigen koppeling={koppeling.data} onKlaar={setMelding} />
          {koppeling.data.authenticatie !== 'private_key_jwt' && <GeheimVernieuwen koppeling={koppeling.data} />}
          <KoppelingWebhooks koppeling={koppeling.data} />
          <Intrekken koppeling={koppeling.data} />
        </>
      )}
    </>
  );
}

const VELDEN = ['naam', 'scopes', 'vestigingen'] as const;

/** Changes name, scopes and schools; the koppeling's tokens stop, so the narrower rights hold at once. */
function Wijzigen({ koppeling, onKlaar }: { koppeling: Koppeling; onKlaar: (melding: string) => void }) {
  const wijzig = useWijzigKoppeling(koppeling.clientId);
  const [open, setOpen] = useState(false);
  const [naam, setNaam] = useState(koppeling.naam);
  const [scopes, setScopes] = useState<Scope[]>(koppeling.scopes);
  const [vestigingen, setVestigingen] = useState<string[]>(koppeling.vestigingen);
  const fouten = wijzig.isError ? verdeelFouten(wijzig.error, VELDEN) : geenVeldfouten;

  function openen() {
    setNaam(koppeling.naam);
    setScopes(koppeling.scopes);
    setVestigingen(koppeling.vestigingen);
    wijzig.reset();
    onKlaar('');
    setOpen(true);
  }

  function verstuur(event: FormEvent) {
    event.preventDefault();
    wijzig.mutate(
      { naam, scopes, vestigingen },
      {
        onSuccess: (nieuw) => {
          setOpen(false);
          onKlaar(`Koppeling ${nieuw.naam} is gewijzigd. Tokens die ze al had, werken niet meer; met haar geheim of sleutel vraagt ze een nieuw token.`);
        },
      },
    );
  }

  return (
    <section aria-labelledby="wijzigen" className="sectie">
      <h2 id="wijzigen">Wat mag deze koppeling?</h2>
      {open ? (
        <form aria-labelledby="wijzigen" className="formulier" onSubmit={verstuur} noValidate>
          <WijzigKop />
          {wijzig.isError && <ProblemMessage summary="De koppeling is niet gewijzigd." error={wijzig.error} fouten={fouten.overig} />}
          <Veld label="Naam" fouten={fouten.bij('naam')}>
            {(invoer) => <input {...invoer} value={naam} onChange={(e) => setNaam(e.target.value)} autoComplete="off" />}
          </Veld>
          <Meerkeuze
            legend="Wat mag deze koppeling?"
            gekozen={scopes}
            opties={SCOPE_KEUZES}
            fouten={fouten.bij('scopes')}
            onChange={(gekozen) => setScopes(gekozen as Scope[])}
          />
          <ScholenKeuze
            legend="Van welke scholen?"
            hint="Gegevens van leerlingen en arrangementen krijgt de koppeling alleen van deze scholen."
            gekozen={vestigingen}
            fouten={fouten.bij('vestigingen')}
            onChange={setVestigingen}
          />
          <FormulierKnoppen opslaan="Wijzigingen opslaan" bezig={wijzig.isPending} onAnnuleer={() => setOpen(false)} />
        </form>
      ) : (
        <>
          <p>
            U kunt de naam wijzigen, wat de koppeling mag en van welke scholen. De tokens die de koppeling nu heeft, werken
            daarna meteen niet meer.
          </p>
          <button type="button" className="button button--secundair" onClick={openen}>
            Koppeling wijzigen
          </button>
        </>
      )}
    </section>
  );
}

/** Tells a keyboard or screen reader user that the form opened, by taking the focus. */
function WijzigKop() {
  const kop = useFocusBijOpenen<HTMLParagraphElement>();
  return (
    <p tabIndex={-1} ref={kop}>
      Wijzig de naam, de rechten en de scholen, en sla op.
    </p>
  );
}

function GeheimVernieuwen({ koppeling }: { koppeling: Koppeling }) {
  const vernieuw = useVernieuwGeheim(koppeling.clientId);
  const [bevestigen, setBevestigen] = useState(false);
  const [nieuw, setNieuw] = useState<NieuwGeheim>();

  return (
    <section aria-labelledby="geheim" className="sectie">
      <h2 id="geheim">Nieuw geheim</h2>
      <p>
        Is het geheim kwijt of weet iemand het die het niet mag weten? Maak dan een nieuw geheim. Het oude geheim werkt
        daarna meteen niet meer, en de koppeling moet opnieuw inloggen met het nieuwe.
      </p>
      {vernieuw.isError && <ProblemMessage summary="Er is geen nieuw geheim gemaakt." error={vernieuw.error} />}
      {nieuw ? (
        <EenmaligGeheim kop={`Nieuw geheim van koppeling ${koppeling.naam}`} waarde={nieuw.clientSecret} wat="het geheim">
          <p>Geef dit geheim aan de leverancier van de koppeling. U ziet het maar één keer: kopieer het nu.</p>
        </EenmaligGeheim>
      ) : bevestigen ? (
        <Bevestiging
          vraag={`Nieuw geheim maken voor ${koppeling.naam}? Het oude geheim werkt dan meteen niet meer.`}
          ja="Ja, maak een nieuw geheim"
          bezig={vernieuw.isPending}
          onJa={() => vernieuw.mutate(undefined, { onSuccess: setNieuw })}
          onNee={() => setBevestigen(false)}
        />
      ) : (
        <button type="button" className="button button--secundair" onClick={() => setBevestigen(true)}>
          Nieuw geheim maken
        </button>
      )}
    </section>
  );
}

function Intrekken({ koppeling }: { koppeling: Koppeling }) {
  const trekIn = useTrekKoppelingIn(koppeling.clientId);
  const navigate = useNavigate();
  const [bevestigen, setBevestigen] = useState(false);

  return (
    <section aria-labelledby="intrekken" className="sectie">
      <h2 id="intrekken">Intrekken</h2>
      <p>Na intrekken krijgt de koppeling geen toegang meer. Ook wat ze nu nog open heeft, stopt meteen.</p>
      {trekIn.isError && <ProblemMessage summary="De koppeling is niet ingetrokken." error={trekIn.error} />}
      {bevestigen ? (
        <Bevestiging
          vraag={`Weet u zeker dat u ${koppeling.naam} wilt intrekken? U kunt dit niet ongedaan maken.`}
          ja="Ja, intrekken"
          gevaar
          bezig={trekIn.isPending}
          onJa={() =>
            trekIn.mutate(undefined, {
              onSuccess: () => void navigate('/koppelingen', { state: { melding: `Koppeling ${koppeling.naam} is ingetrokken.` } }),
            })
          }
          onNee={() => setBevestigen(false)}
        />
      ) : (
        <button type="button" className="button button--gevaar" onClick={() => setBevestigen(true)}>
          Koppeling intrekken
        </button>
      )}
    </section>
  );
}
