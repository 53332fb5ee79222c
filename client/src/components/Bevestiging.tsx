import { useFocusBijOpenen } from './useFocusBijOpenen';

interface BevestigingProps {
  vraag: string;
  ja: string;
  gevaar?: boolean;
  bezig: boolean;
  onJa: () => void;
  onNee: () => void;
}

/** Asks before a change that cannot be undone; the question takes the focus, so a screen reader reads it. */
export function Bevestiging({ vraag, ja, gevaar = false, bezig, onJa, onNee }: BevestigingProps) {
  const kop = useFocusBijOpenen<HTMLParagraphElement>();
  return (
    <div className={gevaar ? 'paneel paneel--gevaar' : 'paneel'} role="group" aria-label={vraag}>
      <p tabIndex={-1} ref={kop}>
        {vraag}
      </p>
      <div className="knoppen">
        <button type="button" className={gevaar ? 'button button--gevaar' : 'button'} disabled={bezig} onClick={onJa}>
          {ja}
        </button>
        <button type="button" className="button button--secundair" onClick={onNee}>
          Annuleren
        </button>
      </div>
    </div>
  );
}
