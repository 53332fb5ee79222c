import { haalBeschikkingOp, type Tlv } from '../api/toelaatbaarheidsverklaringen';
import { leestBeschikkingen } from '../auth/rollen';
import { useGebruiker } from '../auth/useGebruiker';
import { PdfKnoppen } from './PdfKnoppen';

/** "beschikking-TLV-2026-014.pdf": the number as it is, without characters a file system refuses. */
export function beschikkingBestandsnaam(beschikkingsnummer: string): string {
  return `beschikking-${beschikkingsnummer.replace(/[^\w.-]+/g, '-')}.pdf`;
}

/** "Beschikking bekijken" and "Beschikking downloaden", once the TLV has a besluit, for whoever may read it. */
export function BeschikkingKnoppen({ tlv }: { tlv: Tlv }) {
  const { rollen } = useGebruiker();
  if (!tlv.besluit || !leestBeschikkingen(rollen)) return null;
  const nummer = tlv.besluit.beschikkingsnummer;
  return (
    <PdfKnoppen
      knop="Beschikking"
      onderwerp="De beschikking"
      groep={`Beschikking ${nummer}`}
      bestandsnaam={beschikkingBestandsnaam(nummer)}
      haalOp={() => haalBeschikkingOp(tlv.id)}
    />
  );
}
