// "Wat past?" for Sam: SBO De Brug covers every need (a TLV is needed); his own school covers them with an
// onderwijsarrangement of the SWV, or with ambulante begeleiding by an aanbieder, except for cooperation.
import type { PassendeSetting, PassendeSettingen } from '../api/passendeSettingen';
import { LEERLING_ID } from './arrangementFixtures';

const veld = (code: PassendeSetting['velden'][number]['veld'], gedekt: boolean, toelichting: string) => ({
  veld: code,
  gevraagd: 2,
  schoolBiedt: 1,
  metOndersteuning: gedekt ? 3 : 1,
  gedekt,
  toelichting,
  tekort: gedekt ? null : 'Samenwerking met andere instanties ontbreekt.',
});

const velden = (samenwerkingGedekt: boolean) => [
  veld('aandachtEnTijd', true, 'Aandacht en tijd: vraagt 2 (intensief), school biedt 1 (licht)'),
  veld('onderwijsmaterialen', true, 'Onderwijsmaterialen: niet gevraagd'),
  veld('ruimtelijkeOmgeving', true, 'Ruimtelijke omgeving: niet gevraagd'),
  veld('expertise', true, 'Expertise: niet gevraagd'),
  veld('samenwerkingMetAndereInstanties', samenwerkingGedekt, 'Samenwerking met andere instanties: vraagt 2 (intensief), school biedt 1 (licht)'),
];

export const passendeSettingen: PassendeSettingen = {
  leerlingId: LEERLING_ID,
  peildatum: '2026-11-24',
  advies: 'Dit is een advies om mee te denken, geen besluit.',
  opmerkingen: ['Het samenwerkingsverband heeft nog niet vastgelegd wat zijn soorten arrangementen bieden.'],
  settingen: [
    {
      rang: 1,
      soort: 'sbo-of-pro',
      school: { vestiging: '34CD00', naam: 'SBO De Brug', soortSchool: 'SBO' },
      arrangementen: [],
      nabijheid: 'zelfde-regio',
      tlvNodig: true,
      dektAlles: true,
      velden: velden(true),
      ontbreekt: [],
      samenvatting: 'SBO De Brug dekt elke behoefte.',
    },
    {
      rang: 2,
      soort: 'huidige-school-met-ondersteuning',
      school: { vestiging: '12AB00', naam: 'De Regenboog', soortSchool: 'BAO' },
      arrangementen: ['onderwijsarrangement'],
      begeleiding: { aanbieder: '101A003', naam: 'Auris', expertises: ['SLECHTHORENDHEID'], capaciteit: 4 },
      nabijheid: 'eigen-school',
      tlvNodig: false,
      dektAlles: false,
      velden: velden(false),
      ontbreekt: ['Samenwerking met andere instanties ontbreekt.'],
      samenvatting: 'De Regenboog met een onderwijsarrangement: er ontbreekt iets bij samenwerking met andere instanties.',
    },
  ],
};
