interface Props {
  opslaan: string;
  bezig: boolean;
  onAnnuleer: () => void;
}

/** The save and cancel buttons every management form on the aanbieder page ends with. */
export function FormulierKnoppen({ opslaan, bezig, onAnnuleer }: Props) {
  return (
    <div className="knoppen">
      <button type="submit" className="button" disabled={bezig}>
        {opslaan}
      </button>
      <button type="button" className="button button--secundair" onClick={onAnnuleer}>
        Annuleren
      </button>
    </div>
  );
}
