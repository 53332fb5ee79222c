import { useId, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { haalDocumentOp, TOEGESTANE_BESTANDEN, useDocumenten, useDocumentToevoegen, type Document } from '../api/documenten';
import { downloadBestand } from '../api/export';
import { verdeelFouten } from '../api/veldfouten';
import { dagTekst } from '../arrangementWeergave';
import { naam } from '../arrangementLabels';
import { DOCUMENTSOORTEN, grootteTekst, ZAAKPADEN, ZAAKSOORTEN } from '../documentWeergave';
import { Melding } from './Melding';
import { ProblemMessage } from './ProblemMessage';
import { TabelContainer } from './TabelContainer';
import { Veld } from './Veld';

interface Props {
  leerlingId: string;
  leerlingNaam: string;
  magToevoegen: boolean;
}

/**
 * "Documenten" on the pupil page: the files of the pupil's dossier (name, kind, size, when, the case it belongs to)
 * with a download per file, and for the school and SWV staff a form to add one. The API recognises the kind by the
 * file's content; its problems show in the form's error summary.
 */
export function LeerlingDocumenten({ leerlingId, leerlingNaam, magToevoegen }: Props) {
  const lijst = useDocumenten(leerlingId);
  const [melding, setMelding] = useState<string>();

  return (
    <section aria-labelledby="documenten" className="sectie">
      <h2 id="documenten">Documenten</h2>
      <Melding tekst={melding} />
      {lijst.isPending ? (
        <p role="status">Laden…</p>
      ) : lijst.isError ? (
        <ProblemMessage summary="De documenten van deze leerling konden niet worden geladen." error={lijst.error} />
      ) : lijst.data.length === 0 ? (
        <p>Er zijn nog geen documenten bij {leerlingNaam}.</p>
      ) : (
        <DocumentTabel documenten={lijst.data} leerlingNaam={leerlingNaam} />
      )}
      {magToevoegen && <DocumentFormulier leerlingId={leerlingId} onKlaar={setMelding} onBegin={() => setMelding(undefined)} />}
    </section>
  );
}

function DocumentTabel({ documenten, leerlingNaam }: { documenten: Document[]; leerlingNaam: string }) {
  const [bezig, setBezig] = useState<string>();
  const [fout, setFout] = useState<{ naam: string; error: unknown }>();

  async function download(document: Document) {
    setFout(undefined);
    setBezig(document.id);
    try {
      downloadBestand(await haalDocumentOp(document.id), document.bestandsnaam);
    } catch (error) {
      setFout({ naam: document.bestandsnaam, error });
    } finally {
      setBezig(undefined);
    }
  }

  return (
    <>
      {fout && <ProblemMessage summary={`${fout.naam} kon niet worden gedownload.`} error={fout.error} />}
      <TabelContainer label="Documenten">
        <table>
          <caption>
            Documenten van {leerlingNaam} ({documenten.length})
          </caption>
          <thead>
            <tr>
              <th scope="col">Naam</th>
              <th scope="col">Soort</th>
              <th scope="col">Grootte</th>
              <th scope="col">Toegevoegd</th>
              <th scope="col">Hoort bij</th>
              <th scope="col">
                <span className="visually-hidden">Acties</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {documenten.map((document) => (
              <tr key={document.id}>
                <th scope="row" className="document-naam">
                  {document.bestandsnaam}
                </th>
                <td>{naam(DOCUMENTSOORTEN, document.soort)}</td>
                <td>{grootteTekst(document.grootte)}</td>
                <td>
                  {dagTekst(document.ontvangen)}, {document.ontvangenDoor.naam}
                </td>
                <td>
                  {document.zaak ? (
                    <Link to={`${ZAAKPADEN[document.zaak.soort]}/${document.zaak.id}`}>{naam(ZAAKSOORTEN, document.zaak.soort)}</Link>
                  ) : (
                    '—'
                  )}
                </td>
                <td>
                  <button
                    type="button"
                    className="button button--secundair"
                    aria-label={`Download ${document.bestandsnaam}`}
                    disabled={bezig !== undefined}
                    onClick={() => void download(document)}
                  >
                    {bezig === document.id ? 'Downloaden…' : 'Download'}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TabelContainer>
    </>
  );
}

interface FormulierProps {
  leerlingId: string;
  onBegin: () => void;
  onKlaar: (melding: string) => void;
}

function DocumentFormulier({ leerlingId, onBegin, onKlaar }: FormulierProps) {
  const titelId = useId();
  const invoer = useRef<HTMLInputElement>(null);
  const mutatie = useDocumentToevoegen(leerlingId);
  const [bestand, setBestand] = useState<File | null>(null);
  const fouten = verdeelFouten(mutatie.error, ['inhoud']);

  const toevoegen = (event: FormEvent) => {
    event.preventDefault();
    if (!bestand) return;
    onBegin();
    mutatie.mutate(bestand, {
      onSuccess: (document) => {
        setBestand(null);
        if (invoer.current) invoer.current.value = '';
        mutatie.reset();
        onKlaar(`${document.bestandsnaam} is toegevoegd.`);
      },
    });
  };

  return (
    <form className="formulier" aria-labelledby={titelId} noValidate onSubmit={toevoegen}>
      <h3 id={titelId}>Document toevoegen</h3>
      {mutatie.isError && <ProblemMessage summary="Het document is niet toegevoegd." error={mutatie.error} fouten={fouten.overig} />}
      <Veld
        label="Bestand"
        hint="Een PDF, een Word-document (.docx), een OpenDocument-tekst (.odt), of een foto of afbeelding (JPEG of PNG). Hoogstens 10 MB. Programma's, webpagina's en SVG-bestanden kunnen niet."
        fouten={fouten.bij('inhoud')}
      >
        {(koppeling) => (
          <input
            {...koppeling}
            ref={invoer}
            type="file"
            accept={TOEGESTANE_BESTANDEN}
            onChange={(event) => {
              setBestand(event.target.files?.[0] ?? null);
              mutatie.reset();
            }}
          />
        )}
      </Veld>
      <div className="knoppen">
        <button type="submit" className="button" disabled={!bestand || mutatie.isPending}>
          {mutatie.isPending ? 'Bezig met toevoegen…' : 'Document toevoegen'}
        </button>
      </div>
    </form>
  );
}
