import { useId, useState, type FormEvent } from 'react';
import {
  useToestemmingen,
  useToestemmingIntrekkenDoorSchool,
  useToestemmingVastleggen,
  type MogelijkeOntvanger,
  type Toestemming,
} from '../api/ouders';
import { verdeelFouten } from '../api/veldfouten';
import { datumTekst } from '../aanbiederWeergave';
import { dagTekst } from '../arrangementWeergave';
import { Bevestiging } from './Bevestiging';
import { DatumVeld } from './DatumVeld';
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
  /** The pupil's school records a consent on paper and withdraws one on the ouders' word; SWV staff only read. */
  magBeheren: boolean;
}

/** Who may look, with the organisation when there is one: "Bas Bakker (Klankkast Ambulante Dienst)". */
function ontvangerTekst(t: Pick<Toestemming, 'ontvanger'>): string {
  return t.ontvanger.organisatie ? `${t.ontvanger.naam} (${t.ontvanger.organisatie})` : t.ontvanger.naam;
}

/** Given by whom, how and on which day, in words: the way is a code in the API. */
function gegevenTekst(t: Toestemming): string {
  const wijze = t.wijze === 'op-papier' ? 'op papier, vastgelegd door de school' : 'ouder, in het ouderportaal';
  return `${t.gegevenDoor} (${wijze}), ${dagTekst(t.gegevenOp)}`;
}

function statusTekst(t: Toestemming): string {
  if (t.ingetrokkenOp) return `Ingetrokken${t.ingetrokkenDoor ? ` door ${t.ingetrokkenDoor}` : ''} op ${dagTekst(t.ingetrokkenOp)}`;
  return t.actief ? 'Geldt' : 'Verlopen';
}

/**
 * "Toestemmingen van ouders" on the pupil page, for the school and SWV staff: who outside the school and the
 * samenwerkingsverband may see this pupil on the ouders' consent, what for, given by whom (an ouder in the portal, or
 * on paper) on which day, until when, and which were withdrawn by whom and when. Withdrawn ones stay on the list:
 * the record is what the school answers questions from.
 */
export function LeerlingToestemmingen({ leerlingId, leerlingNaam, magBeheren }: Props) {
  const gegevens = useToestemmingen(leerlingId);
  const intrekken = useToestemmingIntrekkenDoorSchool(leerlingId);
  const [vastleggen, setVastleggen] = useState(false);
  const [teIntrekken, setTeIntrekken] = useState<Toestemming>();
  const [melding, setMelding] = useState<string>();
  return (
    <section aria-labelledby="toestemmingen-ouders" className="sectie">
      <h2 id="toestemmingen-ouders">Toestemmingen van ouders</h2>
      <p>
        Iemand van buiten de school en het samenwerkingsverband, zoals een begeleider van een andere organisatie, ziet{' '}
        {leerlingNaam} alleen met toestemming van de ouders. Ouders geven en trekken die in via het ouderportaal; een
        toestemming op papier legt de school hier vast (en bewaart het formulier).
      </p>
      <Melding tekst={melding} />
      {intrekken.isError && <ProblemMessage summary="De toestemming is niet ingetrokken." error={intrekken.error} />}
      {gegevens.isPending ? (
        <p role="status">Laden…</p>
      ) : gegevens.isError ? (
        <ProblemMessage summary="De toestemmingen konden niet worden geladen." error={gegevens.error} />
      ) : gegevens.data.toestemmingen.length === 0 ? (
        <p>Voor {leerlingNaam} is nog geen toestemming gegeven.</p>
      ) : (
        <TabelContainer label="Toestemmingen van ouders">
          <table>
            <caption>
              Toestemmingen voor {leerlingNaam} ({gegevens.data.toestemmingen.length})
            </caption>
            <thead>
              <tr>
                <th scope="col">Wie mag meekijken</th>
                <th scope="col">Waarvoor</th>
                <th scope="col">Gegeven door</th>
                <th scope="col">Tot en met</th>
                <th scope="col">Status</th>
                {magBeheren && <th scope="col">Acties</th>}
              </tr>
            </thead>
            <tbody>
              {gegevens.data.toestemmingen.map((t) => (
                <tr key={t.id}>
                  <th scope="row">{ontvangerTekst(t)}</th>
                  <td>{t.doel}</td>
                  <td>{gegevenTekst(t)}</td>
                  <td>{t.tot ? datumTekst(t.tot) : 'Tot intrekking'}</td>
                  <td>{statusTekst(t)}</td>
                  {magBeheren && (
                    <td>
                      {!t.ingetrokkenOp && (
                        <button
                          type="button"
                          className="button button--secundair"
                          aria-label={`Intrekken: toestemming voor ${t.ontvanger.naam}`}
                          onClick={() => {
                            setMelding(undefined);
                            setTeIntrekken(t);
                          }}
                        >
                          Intrekken
                        </button>
                      )}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </TabelContainer>
      )}
      {teIntrekken && (
        <Bevestiging
          vraag={`De toestemming voor ${teIntrekken.ontvanger.naam} intrekken namens de ouders? Vanaf nu ziet die ${leerlingNaam} niet meer.`}
          ja="Ja, intrekken"
          gevaar
          bezig={intrekken.isPending}
          onNee={() => setTeIntrekken(undefined)}
          onJa={() =>
            intrekken.mutate(teIntrekken.id, {
              onSuccess: () => setMelding(`${teIntrekken.ontvanger.naam} ziet ${leerlingNaam} niet meer.`),
              onSettled: () => setTeIntrekken(undefined),
            })
          }
        />
      )}
      {magBeheren && gegevens.data && (
        <div className="beheeractie">
          {gegevens.data.mogelijkeOntvangers.length === 0 ? (
            <p>Er is nu niemand van buiten bij {leerlingNaam} betrokken aan wie toestemming kan worden gegeven.</p>
          ) : (
            <Uitklapper
              knop="Toestemming op papier vastleggen"
              open={vastleggen}
              onOpen={() => {
                setMelding(undefined);
                setVastleggen(true);
              }}
            >
              <PapierFormulier
                leerlingId={leerlingId}
                mogelijk={gegevens.data.mogelijkeOntvangers}
                onAnnuleer={() => setVastleggen(false)}
                onKlaar={(t) => {
                  setVastleggen(false);
                  setMelding(`De toestemming voor ${t.ontvanger.naam} is vastgelegd.`);
                }}
              />
            </Uitklapper>
          )}
        </div>
      )}
    </section>
  );
}

const sleutel = (m: MogelijkeOntvanger) => m.ontvanger.gebruikerId ?? `aanbieder:${m.ontvanger.aanbiederCode ?? ''}`;

const VELDEN = ['ouderNaam', 'ontvanger', 'doel', 'tot'];

interface FormulierProps {
  leerlingId: string;
  mogelijk: readonly MogelijkeOntvanger[];
  onKlaar: (toestemming: Toestemming) => void;
  onAnnuleer: () => void;
}

/** A consent signed on paper: who signed, for whom of the people and organisations involved now, what for, until when. */
function PapierFormulier({ leerlingId, mogelijk, onKlaar, onAnnuleer }: FormulierProps) {
  const titelId = useId();
  const titelRef = useFocusBijOpenen<HTMLHeadingElement>();
  const mutatie = useToestemmingVastleggen(leerlingId);
  const [ouderNaam, setOuderNaam] = useState('');
  const [keuze, setKeuze] = useState('');
  const [doel, setDoel] = useState('');
  const [tot, setTot] = useState('');
  const fouten = verdeelFouten(mutatie.error, VELDEN);
  const gekozen = mogelijk.find((m) => sleutel(m) === keuze);

  const opslaan = (event: FormEvent) => {
    event.preventDefault();
    mutatie.mutate(
      {
        ouderNaam,
        gebruikerId: gekozen?.ontvanger.gebruikerId ?? null,
        aanbiederCode: gekozen?.ontvanger.gebruikerId ? null : (gekozen?.ontvanger.aanbiederCode ?? null),
        doel,
        tot: tot === '' ? null : tot,
      },
      { onSuccess: onKlaar },
    );
  };

  return (
    <form className="formulier paneel" aria-labelledby={titelId} noValidate onSubmit={opslaan}>
      <h3 id={titelId} ref={titelRef} tabIndex={-1}>
        Toestemming op papier vastleggen
      </h3>
      {mutatie.isError && <ProblemMessage summary="De toestemming is niet vastgelegd." error={mutatie.error} fouten={fouten.overig} />}
      <Veld label="Ondertekend door" hint="De ouder of verzorger die het formulier ondertekende." fouten={fouten.bij('ouderNaam')}>
        {(koppeling) => <input {...koppeling} required value={ouderNaam} onChange={(event) => setOuderNaam(event.target.value)} />}
      </Veld>
      <Veld label="Wie mag meekijken" fouten={fouten.bij('ontvanger')}>
        {(koppeling) => (
          <select {...koppeling} required value={keuze} onChange={(event) => setKeuze(event.target.value)}>
            <option value="">Kies wie</option>
            {mogelijk.map((m) => (
              <option key={sleutel(m)} value={sleutel(m)}>
                {ontvangerTekst(m)}
              </option>
            ))}
          </select>
        )}
      </Veld>
      <Veld label="Waarvoor" hint="Zoals op het formulier." fouten={fouten.bij('doel')}>
        {(koppeling) => <textarea {...koppeling} required rows={3} value={doel} onChange={(event) => setDoel(event.target.value)} />}
      </Veld>
      <DatumVeld label="Tot en met" hint="Leeg: tot de ouders de toestemming intrekken." fouten={fouten.bij('tot')} value={tot} onChange={setTot} />
      <FormulierKnoppen opslaan="Toestemming vastleggen" bezig={mutatie.isPending} onAnnuleer={onAnnuleer} />
    </form>
  );
}
