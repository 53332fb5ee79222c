import { useState, type FormEvent } from 'react';
import { useBeschermdeGegevensOpenen, type BeschermdeGegevens } from '../api/dossiers';
import { verdeelFouten } from '../api/veldfouten';
import { datumTekst } from '../aanbiederWeergave';
import { ProblemMessage } from './ProblemMessage';
import { TabelContainer } from './TabelContainer';
import { Veld } from './Veld';

interface Props {
  dossierimportId: string;
  naam: string;
}

const MIN = 10;
const MAX = 150;

/**
 * The diagnoses and medication of a dossier, for SWV staff: bijzondere persoonsgegevens, opened only with a reason that
 * the auditlog records. Shown for this visit only; a next visit asks again.
 */
export function DossierBeschermdeGegevens({ dossierimportId, naam }: Props) {
  const [reden, setReden] = useState('');
  const openen = useBeschermdeGegevensOpenen(dossierimportId);
  const fouten = verdeelFouten(openen.error, ['reden']);

  const verstuur = (event: FormEvent) => {
    event.preventDefault();
    openen.mutate(reden.trim());
  };

  return (
    <section aria-labelledby="beschermde-gegevens" className="sectie">
      <h2 id="beschermde-gegevens">Diagnoses en medicijngebruik</h2>
      {openen.data ? (
        <Diagnoses gegevens={openen.data} naam={naam} />
      ) : (
        <>
          <p>
            Dit dossier bevat diagnoses of gegevens over medicijngebruik. Dat zijn bijzondere persoonsgegevens: u opent
            ze alleen als u ze nodig heeft voor uw werk. Schrijf op waarom. Uw naam, het moment en de reden komen in het
            auditlog.
          </p>
          <form className="formulier" aria-label="Diagnoses tonen" noValidate onSubmit={verstuur}>
            {openen.isError && (
              <ProblemMessage summary="De diagnoses zijn niet geopend." error={openen.error} fouten={fouten.overig} />
            )}
            <Veld label="Reden" hint={`Waarom u de diagnoses nodig heeft, in ${MIN} tot ${MAX} tekens.`} fouten={fouten.bij('reden')}>
              {(invoer) => (
                <textarea {...invoer} rows={3} maxLength={MAX} required value={reden} onChange={(event) => setReden(event.target.value)} />
              )}
            </Veld>
            <div className="knoppen">
              <button type="submit" className="button" disabled={openen.isPending}>
                Diagnoses tonen
              </button>
            </div>
          </form>
        </>
      )}
    </section>
  );
}

function Diagnoses({ gegevens, naam }: { gegevens: BeschermdeGegevens; naam: string }) {
  const caption = `Diagnoses van ${naam} (${gegevens.diagnoses.length})`;
  return (
    <>
      {gegevens.diagnoses.length === 0 ? (
        <p>Het dossier noemt geen diagnoses.</p>
      ) : (
        <TabelContainer label={caption}>
          <table className="data-table">
            <caption>{caption}</caption>
            <thead>
              <tr>
                <th scope="col">Diagnose</th>
                <th scope="col">Codes</th>
                <th scope="col">Datum</th>
                <th scope="col">Gesteld door</th>
                <th scope="col">Instantie</th>
              </tr>
            </thead>
            <tbody>
              {gegevens.diagnoses.map((diagnose, index) => (
                <tr key={index}>
                  <th scope="row">{diagnose.naam ?? 'Zonder naam'}</th>
                  <td>{diagnose.codes.length > 0 ? diagnose.codes.join(', ') : '–'}</td>
                  <td>{diagnose.datum ? datumTekst(diagnose.datum) : '–'}</td>
                  <td>{diagnose.doorWie ?? '–'}</td>
                  <td>{diagnose.instantie ?? '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TabelContainer>
      )}
      <p>{medicijnTekst(gegevens.medicijngebruik)}</p>
    </>
  );
}

function medicijnTekst(medicijngebruik: boolean | null | undefined): string {
  if (medicijngebruik === true) return 'Volgens het dossier gebruikt de leerling medicijnen.';
  if (medicijngebruik === false) return 'Volgens het dossier gebruikt de leerling geen medicijnen.';
  return 'Het dossier zegt niets over medicijngebruik.';
}
