import { useId, useState, type FormEvent } from 'react';
import { useBetrokkenen, useBetrokkeneToevoegen, useBetrokkenheidBeeindigen, useExperts, type Betrokkene } from '../api/betrokkenen';
import { verdeelFouten } from '../api/veldfouten';
import { datumTekst } from '../aanbiederWeergave';
import { tijdstipTekst } from '../arrangementWeergave';
import { FormulierKnoppen } from './FormulierKnoppen';
import { Melding } from './Melding';
import { ProblemMessage } from './ProblemMessage';
import { Uitklapper } from './Uitklapper';
import { useFocusBijOpenen } from './useFocusBijOpenen';
import { ExpertOpties } from './ExpertOpties';
import { DatumVeld } from './DatumVeld';
import { Veld } from './Veld';
import { TabelContainer } from './TabelContainer';

interface Props {
  leerlingId: string;
  leerlingNaam: string;
}

/**
 * "Betrokken experts" on the pupil page, for SWV staff: which experts may see this pupil (need to know), why, until
 * when and who decided it; add one, or end one before its end date.
 */
export function LeerlingBetrokkenen({ leerlingId, leerlingNaam }: Props) {
  const lijst = useBetrokkenen(leerlingId);
  const beeindigen = useBetrokkenheidBeeindigen(leerlingId);
  const [toevoegen, setToevoegen] = useState(false);
  const [melding, setMelding] = useState<string>();

  const beeindig = (betrokkene: Betrokkene) => {
    setMelding(undefined);
    beeindigen.mutate(betrokkene.id, { onSuccess: () => setMelding(`${betrokkene.expertNaam} ziet ${leerlingNaam} niet meer.`) });
  };

  return (
    <section aria-labelledby="betrokkenen" className="sectie">
      <h2 id="betrokkenen">Betrokken experts</h2>
      <p>
        Een expert ziet deze leerling alleen als die hier betrokken is, of uitvoerder is van een lopend arrangement van de
        leerling. Na de einddatum vervalt de toegang vanzelf.
      </p>
      <Melding tekst={melding} />
      {beeindigen.isError && <ProblemMessage summary="De betrokkenheid is niet beëindigd." error={beeindigen.error} />}
      {lijst.isPending ? (
        <p role="status">Laden…</p>
      ) : lijst.isError ? (
        <ProblemMessage summary="De betrokken experts konden niet worden geladen." error={lijst.error} />
      ) : lijst.data.length === 0 ? (
        <p>Er is nog geen expert bij {leerlingNaam} betrokken.</p>
      ) : (
        <TabelContainer label="Betrokken experts">
          <table>
            <caption>Betrokken experts bij {leerlingNaam} ({lijst.data.length})</caption>
            <thead>
              <tr>
                <th scope="col">Expert</th>
                <th scope="col">Reden</th>
                <th scope="col">Tot en met</th>
                <th scope="col">Vastgelegd</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {lijst.data.map((betrokkene) => (
                <tr key={betrokkene.id}>
                  <th scope="row">{betrokkene.expertNaam}</th>
                  <td>{betrokkene.reden}</td>
                  <td>{datumTekst(betrokkene.tot)}</td>
                  <td>
                    {betrokkene.toegevoegdDoor.naam}, {tijdstipTekst(betrokkene.toegevoegdOp)}
                  </td>
                  <td>
                    <Status betrokkene={betrokkene} />
                    {betrokkene.actief && (
                      <button
                        type="button"
                        className="button button--secundair"
                        aria-label={`Beëindig de betrokkenheid van ${betrokkene.expertNaam}`}
                        disabled={beeindigen.isPending}
                        onClick={() => beeindig(betrokkene)}
                      >
                        Beëindig
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TabelContainer>
      )}
      <div className="beheeractie">
        <Uitklapper
          knop="Expert betrekken"
          open={toevoegen}
          onOpen={() => {
            setMelding(undefined);
            setToevoegen(true);
          }}
        >
          <BetrokkeneFormulier
            leerlingId={leerlingId}
            onAnnuleer={() => setToevoegen(false)}
            onKlaar={(tekst) => {
              setToevoegen(false);
              setMelding(tekst);
            }}
          />
        </Uitklapper>
      </div>
    </section>
  );
}

function Status({ betrokkene }: { betrokkene: Betrokkene }) {
  if (betrokkene.actief) return <span>Actief </span>;
  if (betrokkene.beeindigdOp && betrokkene.beeindigdDoor) {
    return (
      <span>
        Beëindigd door {betrokkene.beeindigdDoor.naam}, {tijdstipTekst(betrokkene.beeindigdOp)}
      </span>
    );
  }
  return <span>Verlopen</span>;
}

const VELDEN = ['expertId', 'reden', 'tot'];

interface FormulierProps {
  leerlingId: string;
  onKlaar: (melding: string) => void;
  onAnnuleer: () => void;
}

function BetrokkeneFormulier({ leerlingId, onKlaar, onAnnuleer }: FormulierProps) {
  const titelId = useId();
  const titelRef = useFocusBijOpenen<HTMLHeadingElement>();
  const experts = useExperts();
  const mutatie = useBetrokkeneToevoegen(leerlingId);
  const [expertId, setExpertId] = useState('');
  const [reden, setReden] = useState('');
  const [tot, setTot] = useState('');
  const fouten = verdeelFouten(mutatie.error, VELDEN);

  const opslaan = (event: FormEvent) => {
    event.preventDefault();
    mutatie.mutate(
      { expertId: expertId === '' ? null : expertId, reden, tot: tot === '' ? null : tot },
      { onSuccess: (b) => onKlaar(`${b.expertNaam} mag de leerling zien tot en met ${datumTekst(b.tot)}.`) },
    );
  };

  return (
    <form className="formulier paneel" aria-labelledby={titelId} noValidate onSubmit={opslaan}>
      <h3 id={titelId} ref={titelRef} tabIndex={-1}>
        Expert betrekken
      </h3>
      {mutatie.isError && <ProblemMessage summary="De expert is niet betrokken." error={mutatie.error} fouten={fouten.overig} />}
      <Veld label="Expert" fouten={fouten.bij('expertId')}>
        {(koppeling) => (
          <select {...koppeling} required value={expertId} onChange={(event) => setExpertId(event.target.value)}>
            <ExpertOpties experts={experts} leeg="Kies een expert" />
          </select>
        )}
      </Veld>
      {experts.isError && <ProblemMessage summary="De experts konden niet worden geladen." error={experts.error} />}
      <Veld label="Reden" hint="Waarom moet deze expert de leerling zien? Hoogstens 500 tekens." fouten={fouten.bij('reden')}>
        {(koppeling) => <textarea {...koppeling} required rows={3} maxLength={500} value={reden} onChange={(event) => setReden(event.target.value)} />}
      </Veld>
      <DatumVeld
        label="Tot en met"
        hint="Hoogstens een jaar vooruit; daarna vervalt de toegang vanzelf."
        fouten={fouten.bij('tot')}
        required
        value={tot}
        onChange={setTot}
      />
      <FormulierKnoppen opslaan="Expert betrekken" bezig={mutatie.isPending} onAnnuleer={onAnnuleer} />
    </form>
  );
}
