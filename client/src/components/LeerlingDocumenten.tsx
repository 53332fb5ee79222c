import { useId, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import {
  haalDocumentOp,
  TOEGESTANE_BESTANDEN,
  useDocumenten,
  useDocumentToevoegen,
  type Document,
  type Documentzaak,
} from '../api/documenten';
import { verdeelFouten } from '../api/veldfouten';
import { dagTekst } from '../arrangementWeergave';
import { naam } from '../arrangementLabels';
import { DEZE_ZAAK, DOCUMENTSOORTEN, grootteTekst, ZAAKPADEN, ZAAKSOORTEN } from '../documentWeergave';
import { DelingMetOuders } from './DelingMetOuders';
import { Melding } from './Melding';
import { ProblemMessage } from './ProblemMessage';
import { TabelContainer } from './TabelContainer';
import { useBestandDownload } from './useBestandDownload';
import { Veld } from './Veld';

interface Props {
  leerlingId: string;
  leerlingNaam: string;
  /** On a case page: only that case's documents, and an added file belongs to that case. */
  zaak?: Documentzaak;
  magToevoegen: boolean;
  /** The pupil's school shares documents with the ouders (on the pupil page). */
  magDelen?: boolean;
}

/**
 * "Documenten" on the pupil page (every file of the pupil's dossier, with the case each belongs to) and on a case page
 * (the files of that arrangement, TLV or OPP): name, kind, size, when, with a download per file, and for the school
 * and SWV staff a form to add one. The API recognises the kind by the file's content and decides whether the case is
 * this pupil's; its problems show in the form's error summary.
 */
export function LeerlingDocumenten({ leerlingId, leerlingNaam, zaak, magToevoegen, magDelen = false }: Props) {
  const lijst = useDocumenten(leerlingId, zaak);
  const [melding, setMelding] = useState<string>();
  const tekst = teksten(leerlingNaam, zaak);

  return (
    <section aria-labelledby="documenten" className="sectie">
      <h2 id="documenten">Documenten</h2>
      <Melding tekst={melding} />
      {lijst.isPending ? (
        <p role="status">Laden…</p>
      ) : lijst.isError ? (
        <ProblemMessage summary={tekst.laadfout} error={lijst.error} />
      ) : lijst.data.length === 0 ? (
        <p>{tekst.leeg}</p>
      ) : (
        <DocumentTabel
          documenten={lijst.data}
          caption={`${tekst.caption} (${lijst.data.length})`}
          metZaak={zaak === undefined}
          deling={magDelen ? { leerlingId, onKlaar: setMelding } : undefined}
        />
      )}
      {magToevoegen && (
        <DocumentFormulier
          leerlingId={leerlingId}
          zaak={zaak}
          uitleg={zaak && `Het document komt in het dossier van ${leerlingNaam} en hoort bij ${DEZE_ZAAK[zaak.soort]}.`}
          onKlaar={setMelding}
          onBegin={() => setMelding(undefined)}
        />
      )}
    </section>
  );
}

function teksten(leerlingNaam: string, zaak: Documentzaak | undefined) {
  if (zaak === undefined) {
    return {
      caption: `Documenten van ${leerlingNaam}`,
      leeg: `Er zijn nog geen documenten bij ${leerlingNaam}.`,
      laadfout: 'De documenten van deze leerling konden niet worden geladen.',
    };
  }
  const bij = `bij ${DEZE_ZAAK[zaak.soort]}`;
  return { caption: `Documenten ${bij}`, leeg: `Nog geen documenten ${bij}.`, laadfout: `De documenten ${bij} konden niet worden geladen.` };
}

interface TabelProps {
  documenten: Document[];
  caption: string;
  /** The pupil's list names the case of each document; a case's own list does not repeat it. */
  metZaak: boolean;
  /** With it, each row says whether the ouders see the document, with a button to share it or stop. */
  deling?: { leerlingId: string; onKlaar: (melding: string) => void } | undefined;
}

function DocumentTabel({ documenten, caption, metZaak, deling }: TabelProps) {
  const { bezig, fout, download: slaOp } = useBestandDownload();
  const download = (document: Document) => slaOp(document.id, document.bestandsnaam, () => haalDocumentOp(document.id));

  return (
    <>
      {fout && <ProblemMessage summary={`${fout.naam} kon niet worden gedownload.`} error={fout.error} />}
      <TabelContainer label={caption}>
        <table>
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">Naam</th>
              <th scope="col">Soort</th>
              <th scope="col">Grootte</th>
              <th scope="col">Toegevoegd</th>
              {metZaak && <th scope="col">Hoort bij</th>}
              {deling && <th scope="col">Ouders</th>}
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
                {metZaak && (
                  <td>
                    {document.zaak ? (
                      <Link to={`${ZAAKPADEN[document.zaak.soort]}/${document.zaak.id}`}>{naam(ZAAKSOORTEN, document.zaak.soort)}</Link>
                    ) : (
                      '—'
                    )}
                  </td>
                )}
                {deling && (
                  <td>
                    <DelingMetOuders document={document} leerlingId={deling.leerlingId} onKlaar={deling.onKlaar} />
                  </td>
                )}
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
  zaak: Documentzaak | undefined;
  /** Where the file goes, said before the form asks for it. */
  uitleg: string | undefined;
  onBegin: () => void;
  onKlaar: (melding: string) => void;
}

function DocumentFormulier({ leerlingId, zaak, uitleg, onBegin, onKlaar }: FormulierProps) {
  const titelId = useId();
  const invoer = useRef<HTMLInputElement>(null);
  const mutatie = useDocumentToevoegen(leerlingId, zaak);
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
      {uitleg && <p>{uitleg}</p>}
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
