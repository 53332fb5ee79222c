import { useState, type FormEvent } from 'react';
import { useLegToekenningVast, useWijzigToekenning, type Middelentoekenning } from '../../api/middelen';
import { useSchoolbesturen } from '../../api/scholen';
import { geenVeldfouten, verdeelFouten } from '../../api/veldfouten';
import { keuzes } from '../../arrangementLabels';
import { VERDEELSLEUTELS, bedragInvoer, leesBedrag } from '../../middelenWeergave';
import { DatumVeld } from '../DatumVeld';
import { ProblemMessage } from '../ProblemMessage';
import { Veld } from '../Veld';
import { useFocusBijOpenen } from '../useFocusBijOpenen';

const TOEKENNINGVELDEN = ['schoolbestuurId', 'jaar', 'bedrag', 'verdeelsleutel', 'toelichting', 'betaaldOp', 'scholen'] as const;

/** Records a new grant, or changes `toekenning` (everything but bestuur and year). */
export function ToekenningFormulier({
  toekenning,
  onKlaar,
}: {
  toekenning: Middelentoekenning | undefined;
  onKlaar: (melding?: string, opgeslagen?: Middelentoekenning) => void;
}) {
  const besturen = useSchoolbesturen();
  const vastleggen = useLegToekenningVast();
  const wijzigen = useWijzigToekenning(
    toekenning ?? ({ id: '', versie: 0 } as Middelentoekenning), // unused while recording a new grant
  );
  const actie = toekenning ? wijzigen : vastleggen;
  const [bestuur, setBestuur] = useState('');
  const [jaar, setJaar] = useState(String(new Date().getFullYear() + 1));
  const [bedrag, setBedrag] = useState(toekenning ? bedragInvoer(toekenning.bedrag) : '');
  const [sleutel, setSleutel] = useState<string>(toekenning?.verdeelsleutel ?? '');
  const [toelichting, setToelichting] = useState(toekenning?.toelichting ?? '');
  const [betaaldOp, setBetaaldOp] = useState(toekenning?.betaaldOp ?? '');
  const fouten = actie.isError ? verdeelFouten(actie.error, TOEKENNINGVELDEN) : geenVeldfouten;
  const kop = useFocusBijOpenen<HTMLHeadingElement>();

  function verstuur(event: FormEvent) {
    event.preventDefault();
    const gedeeld = {
      bedrag: leesBedrag(bedrag) ?? null,
      verdeelsleutel: sleutel === '' ? null : (sleutel as Middelentoekenning['verdeelsleutel']),
      ...(toelichting.trim() !== '' && { toelichting }),
      ...(betaaldOp !== '' && { betaaldOp }),
    };
    if (toekenning) {
      // A PUT replaces everything but bestuur and year: the amounts per school go back as they were.
      wijzigen.mutate(
        { ...gedeeld, scholen: toekenning.scholen.map((s) => ({ vestiging: s.vestiging, bedrag: s.bedrag })) },
        { onSuccess: (t) => onKlaar(`De toekenning van ${t.schoolbestuurNaam} over ${t.jaar} is gewijzigd.`, t) },
      );
    } else {
      const getal = Number(jaar);
      vastleggen.mutate(
        { ...gedeeld, schoolbestuurId: bestuur === '' ? null : bestuur, jaar: jaar.trim() === '' || !Number.isInteger(getal) ? null : getal },
        { onSuccess: (t) => onKlaar(`De toekenning van ${t.schoolbestuurNaam} over ${t.jaar} is vastgelegd.`, t) },
      );
    }
  }

  const titel = toekenning ? `Toekenning van ${toekenning.schoolbestuurNaam} over ${toekenning.jaar} wijzigen` : 'Toekenning vastleggen';
  return (
    <form aria-label={titel} className="formulier" onSubmit={verstuur} noValidate>
      <h3 ref={kop} tabIndex={-1}>
        {titel}
      </h3>
      {actie.isError && <ProblemMessage summary="De toekenning is niet opgeslagen." error={actie.error} fouten={fouten.overig} />}
      {!toekenning && (
        <>
          <Veld label="Schoolbestuur" fouten={fouten.bij('schoolbestuurId')}>
            {(invoer) => (
              <select {...invoer} value={bestuur} onChange={(e) => setBestuur(e.target.value)}>
                <option value="">Kies een schoolbestuur</option>
                {(besturen.data ?? []).map((b) => (
                  <option key={b.id} value={b.id}>
                    {b.naam} ({b.nummer})
                  </option>
                ))}
              </select>
            )}
          </Veld>
          <Veld label="Kalenderjaar" hint="Eén toekenning per schoolbestuur en jaar." fouten={fouten.bij('jaar')}>
            {(invoer) => <input {...invoer} inputMode="numeric" value={jaar} onChange={(e) => setJaar(e.target.value)} autoComplete="off" />}
          </Veld>
        </>
      )}
      <Veld label="Bedrag in euro" hint="Bijvoorbeeld 90.000,00." fouten={fouten.bij('bedrag')}>
        {(invoer) => <input {...invoer} inputMode="decimal" value={bedrag} onChange={(e) => setBedrag(e.target.value)} autoComplete="off" />}
      </Veld>
      <Veld label="Verdeelsleutel" fouten={fouten.bij('verdeelsleutel')}>
        {(invoer) => (
          <select {...invoer} value={sleutel} onChange={(e) => setSleutel(e.target.value)}>
            <option value="">Kies een verdeelsleutel</option>
            {keuzes(VERDEELSLEUTELS).map(({ code, naam: label }) => (
              <option key={code} value={code}>
                {label}
              </option>
            ))}
          </select>
        )}
      </Veld>
      <Veld label="Toelichting" hint="Verplicht bij 'Anders'. Bijvoorbeeld: € 95 per leerling op de teldatum." fouten={fouten.bij('toelichting')}>
        {(invoer) => <textarea {...invoer} value={toelichting} onChange={(e) => setToelichting(e.target.value)} rows={2} />}
      </Veld>
      <DatumVeld label="Voorschot betaald op (niet verplicht)" value={betaaldOp} onChange={setBetaaldOp} fouten={fouten.bij('betaaldOp')} />
      <div className="knoppen">
        <button type="submit" className="button" disabled={actie.isPending}>
          Toekenning opslaan
        </button>
        <button type="button" className="button button--secundair" onClick={() => onKlaar()}>
          Annuleren
        </button>
      </div>
    </form>
  );
}
