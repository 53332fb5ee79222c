import { useId, useState, type FormEvent } from 'react';
import { useOuderCodeVernieuwen, useOuderOntkoppelen, useOuders, useOuderUitnodigen, type Ouder, type Ouderuitnodiging } from '../api/ouders';
import { verdeelFouten } from '../api/veldfouten';
import { tijdstipTekst } from '../arrangementWeergave';
import { accountstatusTekst } from '../gebruikerWeergave';
import { Activeringscode } from './Activeringscode';
import { Bevestiging } from './Bevestiging';
import { FormulierKnoppen } from './FormulierKnoppen';
import { Melding } from './Melding';
import { ProblemMessage } from './ProblemMessage';
import { TabelContainer } from './TabelContainer';
import { Uitklapper } from './Uitklapper';
import { useFocusBijOpenen } from './useFocusBijOpenen';
import { Veld } from './Veld';

interface Props {
  leerlingId: string;
  leerlingNaam: string;
  /** The pupil's school invites and ends links; SWV staff only read who the ouders are. */
  magBeheren: boolean;
}

/** The one-time code of an invitation or a renewed code, shown once. */
interface Code {
  uitnodiging: Ouderuitnodiging;
  vervangt: boolean;
}

/**
 * "Ouders en verzorgers" on the pupil page: who may see this pupil in the parent portal. The school invites an ouder
 * (a new account gets a one-time code to pass on), gives a new code while the account waits, or ends a link.
 */
export function LeerlingOuders({ leerlingId, leerlingNaam, magBeheren }: Props) {
  const lijst = useOuders(leerlingId);
  const ontkoppelen = useOuderOntkoppelen(leerlingId);
  const vernieuwen = useOuderCodeVernieuwen(leerlingId);
  const [uitnodigen, setUitnodigen] = useState(false);
  const [teOntkoppelen, setTeOntkoppelen] = useState<Ouder>();
  const [code, setCode] = useState<Code>();
  const [melding, setMelding] = useState<string>();

  const nieuweCode = (ouder: Ouder) => {
    setMelding(undefined);
    setCode(undefined);
    vernieuwen.mutate(ouder.id, { onSuccess: (uitnodiging) => setCode({ uitnodiging, vervangt: true }) });
  };

  return (
    <section aria-labelledby="ouders" className="sectie">
      <h2 id="ouders">Ouders en verzorgers</h2>
      <p>
        Een ouder of verzorger die hier staat, ziet {leerlingNaam} in het ouderportaal: de plannen en besluiten, en wie de
        gegevens bekeek. Geen andere leerlingen.
      </p>
      <Melding tekst={melding} />
      {code?.uitnodiging.activatiecode && code.uitnodiging.activatieGeldigTot && (
        <Activeringscode
          nieuw={{ gebruiker: code.uitnodiging.ouder, activatiecode: code.uitnodiging.activatiecode, activatieGeldigTot: code.uitnodiging.activatieGeldigTot }}
          vervangt={code.vervangt}
        />
      )}
      {vernieuwen.isError && <ProblemMessage summary="Er is geen nieuwe code gemaakt." error={vernieuwen.error} />}
      {ontkoppelen.isError && <ProblemMessage summary="De ouder is niet ontkoppeld." error={ontkoppelen.error} />}
      {lijst.isPending ? (
        <p role="status">Laden…</p>
      ) : lijst.isError ? (
        <ProblemMessage summary="De ouders konden niet worden geladen." error={lijst.error} />
      ) : lijst.data.length === 0 ? (
        <p>Er is nog geen ouder of verzorger gekoppeld aan {leerlingNaam}.</p>
      ) : (
        <TabelContainer label="Ouders en verzorgers">
          <table>
            <caption>Ouders en verzorgers van {leerlingNaam} ({lijst.data.length})</caption>
            <thead>
              <tr>
                <th scope="col">Naam</th>
                <th scope="col">E-mailadres</th>
                <th scope="col">Account</th>
                <th scope="col">Gekoppeld</th>
                {magBeheren && <th scope="col">Acties</th>}
              </tr>
            </thead>
            <tbody>
              {lijst.data.map((ouder) => (
                <tr key={ouder.id}>
                  <th scope="row">{ouder.naam}</th>
                  <td>{ouder.email}</td>
                  <td>{accountstatusTekst(ouder.status)}</td>
                  <td>
                    {ouder.gekoppeldDoor.naam}, {tijdstipTekst(ouder.gekoppeldOp)}
                  </td>
                  {magBeheren && (
                    <td>
                      <div className="knoppen">
                        {ouder.status === 'wacht-op-activering' && (
                          <button
                            type="button"
                            className="button button--secundair"
                            aria-label={`Nieuwe code voor ${ouder.naam}`}
                            disabled={vernieuwen.isPending}
                            onClick={() => nieuweCode(ouder)}
                          >
                            Nieuwe code
                          </button>
                        )}
                        <button
                          type="button"
                          className="button button--secundair"
                          aria-label={`Ontkoppel ${ouder.naam}`}
                          onClick={() => {
                            setMelding(undefined);
                            setTeOntkoppelen(ouder);
                          }}
                        >
                          Ontkoppel
                        </button>
                      </div>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </TabelContainer>
      )}
      {teOntkoppelen && (
        <Bevestiging
          vraag={`${teOntkoppelen.naam} ontkoppelen? Vanaf nu ziet deze ouder ${leerlingNaam} niet meer in het ouderportaal.`}
          ja="Ja, ontkoppelen"
          gevaar
          bezig={ontkoppelen.isPending}
          onNee={() => setTeOntkoppelen(undefined)}
          onJa={() =>
            ontkoppelen.mutate(teOntkoppelen.id, {
              onSuccess: () => setMelding(`${teOntkoppelen.naam} ziet ${leerlingNaam} niet meer.`),
              onSettled: () => setTeOntkoppelen(undefined),
            })
          }
        />
      )}
      {magBeheren && (
        <div className="beheeractie">
          <Uitklapper
            knop="Ouder uitnodigen"
            open={uitnodigen}
            onOpen={() => {
              setMelding(undefined);
              setCode(undefined);
              setUitnodigen(true);
            }}
          >
            <UitnodigingFormulier
              leerlingId={leerlingId}
              onAnnuleer={() => setUitnodigen(false)}
              onKlaar={(uitnodiging) => {
                setUitnodigen(false);
                if (uitnodiging.activatiecode) {
                  setCode({ uitnodiging, vervangt: false });
                } else {
                  setMelding(`${uitnodiging.ouder.naam} had al een account en ziet ${leerlingNaam} nu ook in het ouderportaal.`);
                }
              }}
            />
          </Uitklapper>
        </div>
      )}
    </section>
  );
}

const VELDEN = ['naam', 'email'];

interface FormulierProps {
  leerlingId: string;
  onKlaar: (uitnodiging: Ouderuitnodiging) => void;
  onAnnuleer: () => void;
}

function UitnodigingFormulier({ leerlingId, onKlaar, onAnnuleer }: FormulierProps) {
  const titelId = useId();
  const titelRef = useFocusBijOpenen<HTMLHeadingElement>();
  const mutatie = useOuderUitnodigen(leerlingId);
  const [naam, setNaam] = useState('');
  const [email, setEmail] = useState('');
  const fouten = verdeelFouten(mutatie.error, VELDEN);

  const opslaan = (event: FormEvent) => {
    event.preventDefault();
    mutatie.mutate({ naam, email }, { onSuccess: onKlaar });
  };

  return (
    <form className="formulier paneel" aria-labelledby={titelId} noValidate onSubmit={opslaan}>
      <h3 id={titelId} ref={titelRef} tabIndex={-1}>
        Ouder uitnodigen
      </h3>
      {mutatie.isError && <ProblemMessage summary="De ouder is niet uitgenodigd." error={mutatie.error} fouten={fouten.overig} />}
      <Veld label="Naam" hint="Zoals de ouder of verzorger heet, bijvoorbeeld Karin de Vries." fouten={fouten.bij('naam')}>
        {(koppeling) => <input {...koppeling} required maxLength={120} autoComplete="off" value={naam} onChange={(event) => setNaam(event.target.value)} />}
      </Veld>
      <Veld
        label="E-mailadres"
        hint="Hiermee logt de ouder in. Heeft de ouder al een account (voor een broer of zus), dan wordt het kind daaraan gekoppeld."
        fouten={fouten.bij('email')}
      >
        {(koppeling) => (
          <input {...koppeling} type="email" required maxLength={254} autoComplete="off" value={email} onChange={(event) => setEmail(event.target.value)} />
        )}
      </Veld>
      <FormulierKnoppen opslaan="Ouder uitnodigen" bezig={mutatie.isPending} onAnnuleer={onAnnuleer} />
    </form>
  );
}
