import { useVerantwoording } from '../../api/middelen';
import { datumTekst } from '../../aanbiederWeergave';
import { naam } from '../../arrangementLabels';
import { euroTekst } from '../../arrangementWeergave';
import { MIDDELEN_GEBEURTENISSEN, VERANTWOORDING_STATUSSEN } from '../../middelenWeergave';
import { Geschiedenis } from '../Geschiedenis';
import { ProblemMessage } from '../ProblemMessage';
import { useFocusBijOpenen } from '../useFocusBijOpenen';
import { VerantwoordingActies } from './VerantwoordingActies';
import { LeerlingregelsTabel, SchoolregelsTabel } from './VerantwoordingTabellen';

interface Props {
  id: string;
  /** A school-medewerker: edits a concept. */
  school: boolean;
  onMelding: (tekst: string) => void;
}

/** One verantwoording: its status and dates, the totals with the warning, its lines, what the person may do, and its history. */
export function VerantwoordingWeergave({ id, school, onMelding }: Props) {
  const verantwoording = useVerantwoording(id);
  const kop = useFocusBijOpenen<HTMLHeadingElement>();
  if (verantwoording.isError) return <ProblemMessage summary="De verantwoording kon niet worden geladen." error={verantwoording.error} />;
  const v = verantwoording.data;
  if (!v) return <p role="status">De verantwoording wordt geladen.</p>;
  const titel = `Verantwoording ${v.schoolbestuurNaam} over ${v.jaar}`;
  return (
    <section aria-labelledby="verantwoording-kop" className="sectie">
      <h2 id="verantwoording-kop" ref={kop} tabIndex={-1}>
        {titel}
      </h2>
      <dl className="gegevens">
        <dt>Status</dt>
        <dd>{naam(VERANTWOORDING_STATUSSEN, v.status)}</dd>
        {v.ingediendOp && (
          <>
            <dt>Ingediend op</dt>
            <dd>{datumTekst(v.ingediendOp)}</dd>
          </>
        )}
        {v.besprokenOp && (
          <>
            <dt>Besproken op</dt>
            <dd>{datumTekst(v.besprokenOp)}</dd>
          </>
        )}
        {v.bespreeknotitie && (
          <>
            <dt>Notitie van het bestuursgesprek</dt>
            <dd>{v.bespreeknotitie}</dd>
          </>
        )}
        <dt>Besteed</dt>
        <dd>
          {euroTekst(v.besteed)} van {euroTekst(v.toegekend)} toegekend
        </dd>
      </dl>
      {v.overschreden && v.waarschuwing && (
        <p className="problem" role="alert">
          {v.waarschuwing}
        </p>
      )}
      <h3>Op school- en groepsniveau</h3>
      <SchoolregelsTabel regels={v.regels} titel={titel} />
      <h3>Op leerlingniveau</h3>
      <LeerlingregelsTabel regels={v.leerlingregels} />
      <VerantwoordingActies verantwoording={v} school={school} onMelding={onMelding} />
      <Geschiedenis geschiedenis={v.geschiedenis} actieNaam={(code) => naam(MIDDELEN_GEBEURTENISSEN, code)} label={`Geschiedenis van de ${titel.toLowerCase()}`} />
    </section>
  );
}
