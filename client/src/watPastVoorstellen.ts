// What a setting of "Wat past?" puts into a request: an arrangement of one kind, ambulante begeleiding by an aanbieder, or
// a TLV for a school of the SWV. The pupil page passes it in the link to the request form, the forms take it over
// directly; both read it here, so the link and the form's button prefill the same fields.
import type { PassendeSetting } from './api/passendeSettingen';
import type { AanvraagInvoer } from './aanvraagInvoer';
import { SOORTEN, soortNaam } from './arrangementLabels';

/** The fields of an arrangement request a setting fills in; an empty text leaves the field as it is. */
export interface Arrangementvoorstel {
  soort: string;
  obaCode: string;
  obaNaam: string;
  expertise: string;
}

export interface GelabeldVoorstel {
  /** What is requested, for the link or button: "Onderwijsarrangement", "Ambulante begeleiding door …". */
  wat: string;
  voorstel: Arrangementvoorstel;
}

const leeg: Arrangementvoorstel = { soort: '', obaCode: '', obaNaam: '', expertise: '' };

/**
 * One request per arrangement kind of the setting and one for its ambulante begeleiding: each is its own request at the
 * SWV, so a setting that combines two kinds offers two. Only the pupil's own school with support is requested this way;
 * another school is reached through an aanmelding or a TLV.
 */
export function arrangementvoorstellen(setting: PassendeSetting): GelabeldVoorstel[] {
  if (setting.soort !== 'huidige-school-met-ondersteuning') return [];
  const soorten = setting.arrangementen.map((soort) => ({
    wat: soortNaam(soort),
    voorstel: { ...leeg, soort },
  }));
  const begeleiding = setting.begeleiding;
  if (begeleiding === null || begeleiding === undefined) return soorten;
  return [
    ...soorten,
    {
      wat: `Ambulante begeleiding door ${begeleiding.naam}`,
      voorstel: { ...leeg, obaCode: begeleiding.aanbieder, obaNaam: begeleiding.naam, expertise: begeleiding.expertises[0] ?? '' },
    },
  ];
}

/** The link to the request form with the pupil and the proposal. */
export function arrangementvoorstelLink(leerlingId: string, voorstel: Arrangementvoorstel): string {
  const parameters = new URLSearchParams({ leerlingId });
  if (voorstel.soort !== '') parameters.set('soort', voorstel.soort);
  if (voorstel.obaCode !== '') {
    parameters.set('oba', voorstel.obaCode);
    parameters.set('obaNaam', voorstel.obaNaam);
    if (voorstel.expertise !== '') parameters.set('expertise', voorstel.expertise);
  }
  return `/arrangementen/nieuw?${parameters.toString()}`;
}

/** The proposal in a link, or undefined when it holds none; a kind the SPA does not know is left out. */
export function arrangementvoorstelUit(parameters: URLSearchParams): Arrangementvoorstel | undefined {
  const soort = parameters.get('soort') ?? '';
  const voorstel = {
    soort: SOORTEN.has(soort) ? soort : '',
    obaCode: parameters.get('oba') ?? '',
    obaNaam: parameters.get('obaNaam') ?? '',
    expertise: parameters.get('expertise') ?? '',
  };
  return voorstel.soort === '' && voorstel.obaCode === '' ? undefined : voorstel;
}

/** The proposal as changes to the form: an aanbieder makes the uitvoerder an OBA with its RIO code and expertise. */
export function alsAanvraagwijziging(voorstel: Arrangementvoorstel): Partial<AanvraagInvoer> {
  return {
    ...(voorstel.soort !== '' && { soort: voorstel.soort }),
    ...(voorstel.obaCode !== '' && {
      uitvoerderSoort: 'oba',
      uitvoerderNaam: voorstel.obaNaam,
      obaCode: voorstel.obaCode,
      expertise: voorstel.expertise,
    }),
  };
}
