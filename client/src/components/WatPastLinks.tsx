import { Link } from 'react-router';
import type { PassendeSetting } from '../api/passendeSettingen';
import { arrangementvoorstelLink, arrangementvoorstellen } from '../watPastVoorstellen';

interface Props {
  leerlingId: string;
  setting: PassendeSetting;
  magArrangementAanvragen: boolean;
  magTlvAanvragen: boolean;
}

/**
 * On the pupil page: another school opens on the schools page with its ondersteuningsprofiel; a request started from a
 * setting opens its form with the setting's choices filled in. (In a request form these would leave the form, so the
 * forms offer buttons that fill in their own fields instead.)
 */
export function WatPastLinks({ leerlingId, setting, magArrangementAanvragen, magTlvAanvragen }: Props) {
  const voorstellen = magArrangementAanvragen ? arrangementvoorstellen(setting) : [];
  const tlv = setting.tlvNodig && magTlvAanvragen;
  const andereSchool = setting.soort !== 'huidige-school' && setting.soort !== 'huidige-school-met-ondersteuning';
  const { vestiging, naam } = setting.school;
  if (!andereSchool && voorstellen.length === 0 && !tlv) return null;
  return (
    <ul>
      {andereSchool && (
        <li>
          <Link to={`/scholen?${new URLSearchParams({ zoek: vestiging, school: vestiging }).toString()}`}>Bekijk {naam} en het ondersteuningsprofiel</Link>
        </li>
      )}
      {voorstellen.map(({ wat, voorstel }) => (
        <li key={wat}>
          <Link to={arrangementvoorstelLink(leerlingId, voorstel)}>Arrangement aanvragen: {wat}</Link>
        </li>
      ))}
      {tlv && (
        <li>
          <Link to={`/toelaatbaarheidsverklaringen/nieuw?leerling=${leerlingId}&vestiging=${vestiging}`}>TLV aanvragen voor {naam}</Link>
        </li>
      )}
    </ul>
  );
}
