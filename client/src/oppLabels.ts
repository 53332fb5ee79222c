// The Dutch names of the codes the API uses for ontwikkelingsperspectiefplannen. A code the SPA does not know yet
// shows as it is.
import type { components } from './api/schema';
import { alsCodelijst, codelijst, naam } from './arrangementLabels';

type Schemas = components['schemas'];

export const OPP_STATUSSEN = alsCodelijst<Schemas['OppStatus']>({
  concept: 'Concept, nog niet vastgesteld',
  vastgesteld: 'Vastgesteld',
  'in-herziening': 'Vastgesteld, nieuwe versie in concept',
  afgesloten: 'Afgesloten',
});

export const VERSIESTATUSSEN = alsCodelijst<Schemas['Versiestatus']>({
  concept: 'Concept',
  vastgesteld: 'Vastgesteld',
  vervangen: 'Vervangen door een nieuwere versie',
});

export const OPP_STAPPEN = alsCodelijst<Schemas['OppStap']>({
  wijziging: 'Concept bijwerken',
  overleg: 'Overleg met de ouders vastleggen',
  hoorrecht: 'Hoorrecht van de leerling vastleggen',
  'concept-delen': 'Concept delen met de ouders',
  'delen-stoppen': 'Concept niet meer delen met de ouders',
  instemming: 'Instemming van de ouders vastleggen',
  vaststelling: 'Vaststellen',
  herziening: 'Nieuwe versie maken',
  evaluatie: 'Evalueren met de ouders',
  'rod-registratie': 'Registratie in ROD bevestigen',
  afsluiting: 'Afsluiten',
});

export const UITSTROOMBESTEMMINGEN = alsCodelijst<Schemas['Uitstroombestemming']>({
  pro: 'Praktijkonderwijs',
  'vmbo-bb': 'Vmbo basisberoepsgerichte leerweg',
  'vmbo-kb': 'Vmbo kaderberoepsgerichte leerweg',
  'vmbo-gl': 'Vmbo gemengde leerweg',
  'vmbo-tl': 'Vmbo theoretische leerweg',
  havo: 'Havo',
  vwo: 'Vwo',
  dagbesteding: 'Uitstroomprofiel dagbesteding',
  arbeidsmarkt: 'Uitstroomprofiel arbeidsmarkt',
  vervolgonderwijs: 'Uitstroomprofiel vervolgonderwijs',
});

export const DOELTERMIJNEN = alsCodelijst<Schemas['Doeltermijn']>({
  'lange-termijn': 'Lange termijn',
  'korte-termijn': 'Korte termijn',
  tussendoel: 'Tussendoel',
});

export const INSTEMMINGSWIJZEN = alsCodelijst<Schemas['Instemmingswijze']>({
  'op-papier': 'Op papier ondertekend',
  digitaal: 'Digitaal, buiten het ouderportaal',
  'digitaal-in-portaal': 'Door de ouder zelf in het ouderportaal',
});

export const BETROUWBAARHEIDSNIVEAUS = alsCodelijst<Schemas['Betrouwbaarheidsniveau']>({
  laag: 'Laag (wachtwoord, DigiD Basis of Midden)',
  substantieel: 'Substantieel (DigiD Substantieel)',
  hoog: 'Hoog (DigiD Hoog)',
});

export const AANLEIDINGEN = alsCodelijst<Schemas['Aanleiding']>({
  'extra-ondersteuning': 'Start van extra ondersteuning',
  inschrijving: 'Inschrijving in het speciaal (basis)onderwijs of praktijkonderwijs',
});

export const ROD_ONDERDELEN = alsCodelijst<Schemas['RodOnderdeel']>({
  begindatum: 'Begindatum',
  einddatum: 'Einddatum',
});

// The history's events (OppGebeurtenis in the domain); not a contract enum, so written here in the history's voice.
const OPP_GEBEURTENISSEN = codelijst([
  ['concept-gemaakt', 'Concept gemaakt'],
  ['bijgewerkt', 'Concept bijgewerkt'],
  ['overleg-gevoerd', 'Overleg met de ouders vastgelegd'],
  ['hoorrecht-vastgelegd', 'Hoorrecht van de leerling vastgelegd'],
  ['concept-gedeeld', 'Concept gedeeld met de ouders'],
  ['delen-gestopt', 'Concept niet meer gedeeld met de ouders'],
  ['visie-ouders-gegeven', 'Visie van de ouders gegeven in het ouderportaal'],
  ['instemming-vastgelegd', 'Antwoord van de ouders vastgelegd'],
  ['vastgesteld', 'Vastgesteld'],
  ['herziening-gestart', 'Nieuwe versie gemaakt'],
  ['geevalueerd', 'Geëvalueerd met de ouders'],
  ['rod-registratie-bevestigd', 'Registratie in ROD bevestigd'],
  ['afgesloten', 'Afgesloten'],
]);

export const oppStatusNaam = (code: string) => naam(OPP_STATUSSEN, code);
export const versiestatusNaam = (code: string) => naam(VERSIESTATUSSEN, code);
export const oppStapNaam = (code: string) => naam(OPP_STAPPEN, code);
export const uitstroombestemmingNaam = (code: string) => naam(UITSTROOMBESTEMMINGEN, code);
export const doeltermijnNaam = (code: string) => naam(DOELTERMIJNEN, code);
export const instemmingswijzeNaam = (code: string) => naam(INSTEMMINGSWIJZEN, code);
export const betrouwbaarheidsniveauNaam = (code: string) => naam(BETROUWBAARHEIDSNIVEAUS, code);
export const aanleidingNaam = (code: string) => naam(AANLEIDINGEN, code);
export const rodOnderdeelNaam = (code: string) => naam(ROD_ONDERDELEN, code);
/** What a line of the history says happened ("Vastgesteld"). */
export const oppGebeurtenisNaam = (code: string) => naam(OPP_GEBEURTENISSEN, code);

// The werkvoorraad's actions: the lifecycle's lines (OppLevenscyclus) and "OPP ontbreekt" (OppPlicht).
const OPP_WERKVOORRAAD_ACTIES = codelijst([
  ['vaststellen', 'OPP vaststellen'],
  ['instemming-vragen', 'Instemming van de ouders vragen'],
  ['evalueren', 'Evalueren met de ouders'],
  ['rod-registreren', 'Registreren in ROD'],
  ['opp-ontbreekt', 'OPP ontbreekt'],
]);

/** What a werkvoorraad line asks ("OPP vaststellen"). */
export const oppWerkvoorraadActieNaam = (code: string) => naam(OPP_WERKVOORRAAD_ACTIES, code);

/** The status a werkvoorraad line shows when the pupil has no OPP yet (not a contract code). */
export const GEEN_OPP = 'geen-opp';

/** The status of a werkvoorraad line: the OPP's, or that there is none yet. */
export const oppRegelStatusNaam = (code: string) => (code === GEEN_OPP ? 'Nog geen OPP' : oppStatusNaam(code));
