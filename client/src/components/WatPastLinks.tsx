import { Link } from 'react-router';
import type { PassendeSetting } from '../api/passendeSettingen';
import { arrangementvoorstelLink, arrangementvoorstellen } from '../watPastVoorstellen';

interface Props {
  leerlingId: string;
  setting: PassendeSetting;
  magArrangementAanvragen: boolean;
  magTlvAanvragen: boolean;
}

/** On the pupil page: a request started from a setting opens its form with the setting's choices filled in. */
export function WatPastLinks({ leerlingId, setting, magArrangementAanvragen, magTlvAanvragen }: Props) {
  const voorstellen = magArrangementAanvragen ? arrangementvoorstellen(setting) : [];
  const tlv = setting.tlvNodig && magTlvAanvragen;
  if (voorstellen.length === 0 && !tlv) return null;
  return (
    <ul>
      {voorstellen.map(({ wat, voorstel }) => (
        <li key={wat}>
          <Link to={arrangementvoorstelLink(leerlingId, voorstel)}>Arrangement aanvragen: {wat}</Link>
        </li>
      ))}
      {tlv && (
        <li>
          <Link to={`/toelaatbaarheidsverklaringen/nieuw?leerling=${leerlingId}&vestiging=${setting.school.vestiging}`}>
            TLV aanvragen voor {setting.school.naam}
          </Link>
        </li>
      )}
    </ul>
  );
}
