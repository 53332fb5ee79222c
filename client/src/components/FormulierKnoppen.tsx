import { Button, ButtonGroup } from '@utrecht/component-library-react';

interface Props {
  opslaan: string;
  bezig: boolean;
  onAnnuleer: () => void;
  /** The text of the cancel button; "Annuleren" by default. */
  annuleren?: string;
}

/** The save and cancel buttons a management form ends with: NL Design System primary and secondary buttons. */
export function FormulierKnoppen({ opslaan, bezig, onAnnuleer, annuleren = 'Annuleren' }: Props) {
  return (
    <ButtonGroup className="knoppen">
      <Button type="submit" appearance="primary-action-button" disabled={bezig} busy={bezig}>
        {opslaan}
      </Button>
      <Button type="button" appearance="secondary-action-button" onClick={onAnnuleer}>
        {annuleren}
      </Button>
    </ButtonGroup>
  );
}
