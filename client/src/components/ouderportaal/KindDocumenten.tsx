import { haalGedeeldDocumentOp, useGedeeldeDocumenten, type GedeeldDocument } from '../../api/ouders';
import { dagTekst } from '../../arrangementWeergave';
import { naam } from '../../arrangementLabels';
import { DOCUMENTSOORTEN, grootteTekst } from '../../documentWeergave';
import { ProblemMessage } from '../ProblemMessage';
import { useBestandDownload } from '../useBestandDownload';

/** "Documenten van de school": what the child's school shared with the ouders, each to download; a list, for a phone. */
export function KindDocumenten({ leerlingId, voornaam }: { leerlingId: string; voornaam: string }) {
  const documenten = useGedeeldeDocumenten(leerlingId);
  const { bezig, fout, download: slaOp } = useBestandDownload();
  const download = (document: GedeeldDocument) =>
    slaOp(document.id, document.bestandsnaam, () => haalGedeeldDocumentOp(leerlingId, document.id));

  return (
    <section aria-labelledby="documenten" className="sectie">
      <h2 id="documenten">Documenten van de school</h2>
      {fout && <ProblemMessage summary={`${fout.naam} kon niet worden gedownload.`} error={fout.error} />}
      {documenten.isPending ? (
        <p role="status">Laden…</p>
      ) : documenten.isError ? (
        <ProblemMessage summary="De documenten konden niet worden geladen." error={documenten.error} />
      ) : documenten.data.length === 0 ? (
        <p>De school heeft nog geen documenten over {voornaam} met u gedeeld.</p>
      ) : (
        <ul className="kaarten">
          {documenten.data.map((document) => (
            <li key={document.id} className="kaart">
              <p className="kaart__kop">
                <strong>{document.bestandsnaam}</strong>
              </p>
              <p>
                {naam(DOCUMENTSOORTEN, document.soort)}, {grootteTekst(document.grootte)}. Gedeeld op {dagTekst(document.gedeeldOp)}.
              </p>
              <button
                type="button"
                className="button button--secundair"
                aria-label={`Download ${document.bestandsnaam}`}
                disabled={bezig !== undefined}
                onClick={() => void download(document)}
              >
                {bezig === document.id ? 'Downloaden…' : 'Download'}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
