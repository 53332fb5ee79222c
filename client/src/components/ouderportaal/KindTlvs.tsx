import { useId, useState, type FormEvent } from 'react';
import { haalKindBeschikkingOp, useBezwaarIndienen, useKindTlvs, type KindTlv } from '../../api/ouders';
import { verdeelFouten } from '../../api/veldfouten';
import { datumTekst } from '../../aanbiederWeergave';
import { beschikkingBestandsnaam } from '../BeschikkingKnoppen';
import { Bevestiging } from '../Bevestiging';
import { Melding } from '../Melding';
import { PdfKnoppen } from '../PdfKnoppen';
import { ProblemMessage } from '../ProblemMessage';
import { Veld } from '../Veld';

/**
 * "Toelaatbaarheidsverklaring": the decision about the child in plain words (toelaatbaar or not, which school, from
 * and until), the beschikking as PDF, and a bezwaar: written, confirmed, and then the date of receipt shown.
 */
export function KindTlvs({ leerlingId }: { leerlingId: string }) {
  const tlvs = useKindTlvs(leerlingId);
  return (
    <section aria-labelledby="kind-tlv" className="sectie">
      <h2 id="kind-tlv">Toelaatbaarheidsverklaring</h2>
      {tlvs.isPending ? (
        <p role="status">Laden…</p>
      ) : tlvs.isError ? (
        <ProblemMessage summary="De toelaatbaarheidsverklaringen konden niet worden geladen." error={tlvs.error} />
      ) : tlvs.data.length === 0 ? (
        <p>Er is geen toelaatbaarheidsverklaring aangevraagd.</p>
      ) : (
        tlvs.data.map((tlv) => <TlvKaart key={tlv.id} leerlingId={leerlingId} tlv={tlv} />)
      )}
    </section>
  );
}

function TlvKaart({ leerlingId, tlv }: { leerlingId: string; tlv: KindTlv }) {
  const [schrijven, setSchrijven] = useState(false);
  const [ontvangen, setOntvangen] = useState<string>();
  return (
    <article className="paneel" aria-label={`Aanvraag van ${datumTekst(tlv.aangevraagdOp)}`}>
      <p>{tlv.stand}</p>
      {tlv.besluitBekend && (
        <dl className="gegevens">
          {tlv.toelaatbaar && tlv.onderwijs && (
            <>
              <dt>Soort onderwijs</dt>
              <dd>{tlv.onderwijs}</dd>
            </>
          )}
          {tlv.toelaatbaar && tlv.school && (
            <>
              <dt>School</dt>
              <dd>{tlv.school}</dd>
            </>
          )}
          {tlv.vanaf && (
            <>
              <dt>Geldig</dt>
              <dd>{tlv.totEnMet ? `Van ${datumTekst(tlv.vanaf)} tot en met ${datumTekst(tlv.totEnMet)}` : `Vanaf ${datumTekst(tlv.vanaf)}`}</dd>
            </>
          )}
          {tlv.bekendgemaaktOp && (
            <>
              <dt>Besluit verstuurd op</dt>
              <dd>{datumTekst(tlv.bekendgemaaktOp)}</dd>
            </>
          )}
        </dl>
      )}
      {tlv.besluitBekend && tlv.beschikkingsnummer && (
        <PdfKnoppen
          knop="Besluit"
          onderwerp="Het besluit"
          groep={`Besluit ${tlv.beschikkingsnummer}`}
          bestandsnaam={beschikkingBestandsnaam(tlv.beschikkingsnummer)}
          haalOp={() => haalKindBeschikkingOp(leerlingId, tlv.id)}
        />
      )}
      <Melding tekst={ontvangen ? `Uw bezwaar is ontvangen op ${datumTekst(ontvangen)}. Het samenwerkingsverband neemt contact met u op.` : undefined} />
      {tlv.bezwaren.map((bezwaar) => (
        <div key={bezwaar.ontvangenOp} className="paneel">
          <h3>Uw bezwaar van {datumTekst(bezwaar.ontvangenOp)}</h3>
          <p>{bezwaar.stand}</p>
          {bezwaar.beslissingUiterlijk && <p>U hoort uiterlijk op {datumTekst(bezwaar.beslissingUiterlijk)} wat er met uw bezwaar gebeurt.</p>}
          {bezwaar.toelichting && <p className="bezwaar__toelichting">Wat u schreef: {bezwaar.toelichting}</p>}
        </div>
      ))}
      {/* The form stays while it is open: the refetch after sending ends kanBezwaarMaken before its onSuccess runs. */}
      {(tlv.kanBezwaarMaken || schrijven) &&
        (schrijven ? (
          <BezwaarFormulier
            leerlingId={leerlingId}
            tlv={tlv}
            onAnnuleer={() => setSchrijven(false)}
            onKlaar={(datum) => {
              setSchrijven(false);
              setOntvangen(datum);
            }}
          />
        ) : (
          <>
            {tlv.bezwaarMogelijkTotEnMet && <p>U kunt tot en met {datumTekst(tlv.bezwaarMogelijkTotEnMet)} bezwaar maken tegen dit besluit.</p>}
            <button type="button" className="button button--secundair" onClick={() => setSchrijven(true)}>
              Bezwaar maken
            </button>
          </>
        ))}
    </article>
  );
}

interface FormulierProps {
  leerlingId: string;
  tlv: KindTlv;
  onKlaar: (ontvangenOp: string) => void;
  onAnnuleer: () => void;
}

function BezwaarFormulier({ leerlingId, tlv, onKlaar, onAnnuleer }: FormulierProps) {
  const titelId = useId();
  const mutatie = useBezwaarIndienen(leerlingId, tlv.id);
  const [toelichting, setToelichting] = useState('');
  const [bevestigen, setBevestigen] = useState(false);
  const fouten = verdeelFouten(mutatie.error, ['toelichting']);

  const versturen = () =>
    mutatie.mutate(toelichting, {
      onSuccess: (nieuw) => onKlaar(nieuw.bezwaren[0]?.ontvangenOp ?? ''),
      onSettled: () => setBevestigen(false),
    });

  return (
    <form
      className="formulier paneel"
      aria-labelledby={titelId}
      noValidate
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        setBevestigen(true);
      }}
    >
      <h3 id={titelId}>Bezwaar maken</h3>
      {mutatie.isError && <ProblemMessage summary="Uw bezwaar is niet verstuurd." error={mutatie.error} fouten={fouten.overig} />}
      <Veld
        label="Waarom bent u het niet eens met het besluit?"
        hint="Schrijf het in uw eigen woorden. De dag waarop u het verstuurt, is de datum van ontvangst."
        fouten={fouten.bij('toelichting')}
      >
        {(koppeling) => <textarea {...koppeling} rows={6} required maxLength={8000} value={toelichting} onChange={(event) => setToelichting(event.target.value)} />}
      </Veld>
      {bevestigen ? (
        <Bevestiging
          vraag="Wilt u dit bezwaar nu versturen? Daarna kunt u het niet meer veranderen."
          ja="Ja, bezwaar versturen"
          bezig={mutatie.isPending}
          onJa={versturen}
          onNee={() => setBevestigen(false)}
        />
      ) : (
        <div className="knoppen">
          <button type="submit" className="button">
            Bezwaar versturen
          </button>
          <button type="button" className="button button--secundair" onClick={onAnnuleer}>
            Annuleren
          </button>
        </div>
      )}
    </form>
  );
}
