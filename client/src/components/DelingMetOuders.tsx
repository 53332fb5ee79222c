import { useDelingMetOuders, type Document } from '../api/documenten';
import { dagTekst } from '../arrangementWeergave';
import { ProblemMessage } from './ProblemMessage';

interface Props {
  document: Document;
  leerlingId: string;
  onKlaar: (melding: string) => void;
}

/** Whether the pupil's ouders see this document in the portal, with the school's button to share it or stop. */
export function DelingMetOuders({ document, leerlingId, onKlaar }: Props) {
  const deling = useDelingMetOuders(leerlingId);
  const gedeeld = document.gedeeldMetOudersOp != null;
  const wissel = () =>
    deling.mutate(
      { documentId: document.id, delen: !gedeeld },
      {
        onSuccess: () =>
          onKlaar(gedeeld ? `De ouders zien ${document.bestandsnaam} niet meer.` : `De ouders zien ${document.bestandsnaam} nu in het ouderportaal.`),
      },
    );
  return (
    <>
      <span>{document.gedeeldMetOudersOp ? `Gedeeld sinds ${dagTekst(document.gedeeldMetOudersOp)} ` : 'Niet gedeeld '}</span>
      <button
        type="button"
        className="button button--secundair"
        aria-label={gedeeld ? `Stop delen van ${document.bestandsnaam}` : `Delen met ouders: ${document.bestandsnaam}`}
        disabled={deling.isPending}
        onClick={wissel}
      >
        {gedeeld ? 'Stop delen' : 'Delen met ouders'}
      </button>
      {deling.isError && <ProblemMessage summary="Het delen is niet gewijzigd." error={deling.error} />}
    </>
  );
}
