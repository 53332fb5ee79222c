// The Dutch names of the codes the API uses for toelaatbaarheidsverklaringen. A code the SPA does not know yet shows
// as it is.
import type { components } from './api/schema';
import { alsCodelijst, codelijst, naam } from './arrangementLabels';

type Schemas = components['schemas'];

export const TLV_STATUSSEN = alsCodelijst<Schemas['TlvStatus']>({
  aangevraagd: 'Aangevraagd',
  'in-advisering': 'In advisering',
  besloten: 'Besloten, nog niet bekendgemaakt',
  bekendgemaakt: 'Bekendgemaakt',
  'in-bezwaar': 'In bezwaar',
  herroepen: 'Herroepen',
  ingetrokken: 'Ingetrokken',
});

export const TLV_SOORTEN = alsCodelijst<Schemas['SoortToelaatbaarheid']>({
  SBO: 'Speciaal basisonderwijs (SBO)',
  SO: 'Speciaal onderwijs (SO)',
  VSO: 'Voortgezet speciaal onderwijs (VSO)',
  PRO: 'Praktijkonderwijs (PrO)',
});

export const BEKOSTIGINGSCATEGORIEEN = alsCodelijst<Schemas['Bekostigingscategorie']>({
  L: 'Laag (categorie 1)',
  M: 'Midden (categorie 2)',
  H: 'Hoog (categorie 3)',
  NVT: 'Niet van toepassing',
});

export const TLV_STAPPEN = alsCodelijst<Schemas['TlvStap']>({
  'adviseur-aanwijzing': 'Deskundige aanwijzen',
  advies: 'Advies uitbrengen',
  besluit: 'Besluiten',
  bekendmaking: 'Besluit bekendmaken',
  intrekking: 'Aanvraag intrekken',
  'bezwaar-ontvangst': 'Bezwaar registreren',
  verschoning: 'Te late indiening verschonen',
  'niet-ontvankelijk-verklaring': 'Bezwaar niet-ontvankelijk verklaren',
  'lbt-adviesaanvraag': 'LBT om advies vragen',
  hoorzitting: 'Hoorzitting vastleggen',
  'lbt-advies': 'Advies van de LBT vastleggen',
  verdaging: 'Beslistermijn verdagen',
  'beslissing-op-bezwaar': 'Beslissen op bezwaar',
  inschrijving: 'Inschrijving bevestigen',
  herindicatie: 'Herindicatie aanvragen',
});

export const ADVIESPLEKKEN = alsCodelijst<Schemas['Adviesplek']>({
  eerste: 'Eerste deskundige',
  tweede: 'Tweede deskundige',
});

export const BEZWAARAFLOPEN = alsCodelijst<Schemas['Bezwaarafloop']>({
  'niet-ontvankelijk': 'Niet-ontvankelijk',
  handhaven: 'Besluit gehandhaafd',
  herroepen: 'Besluit herroepen',
  wijzigen: 'Besluit gewijzigd',
});

export const LBT_OORDELEN = alsCodelijst<Schemas['LbtOordeel']>({
  gegrond: 'Gegrond',
  ongegrond: 'Ongegrond',
});

export const BEZWAARSTUKKEN = alsCodelijst<Schemas['Bezwaarstuk']>({
  bezwaarschrift: 'Het bezwaarschrift',
  verweerschrift: 'Het verweerschrift van het samenwerkingsverband',
  aanvraag: 'De aanvraag',
  deskundigenadviezen: 'Beide deskundigenadviezen',
  besluit: 'Het besluit',
  'procedure-en-criteria': 'De procedure en criteria van het samenwerkingsverband',
});

export const INDIENERS = alsCodelijst<Schemas['Indiener']>({
  ouders: 'Ouders of verzorgers',
  schoolbestuur: 'Schoolbestuur dat de toelaatbaarheidsverklaring aanvroeg',
  'andere-belanghebbende': 'Andere belanghebbende',
});

// Not code lists of the contract (the history and the werkvoorraad name their steps in free codes), so plain lists.
const TLV_GEBEURTENISSEN = codelijst([
  ['aangevraagd', 'Aangevraagd'],
  ['adviseur-aangewezen', 'Deskundige om advies gevraagd'],
  ['advies-uitgebracht', 'Advies uitgebracht'],
  ['besloten', 'Besloten'],
  ['bekendgemaakt', 'Besluit bekendgemaakt'],
  ['ingetrokken', 'Aanvraag ingetrokken'],
  ['bezwaar-ontvangen', 'Bezwaar ontvangen'],
  ['termijnoverschrijding-verschoond', 'Te late indiening verschoond'],
  ['bezwaar-niet-ontvankelijk', 'Bezwaar niet-ontvankelijk verklaard'],
  ['lbt-advies-gevraagd', 'LBT om advies gevraagd'],
  ['hoorzitting-gehouden', 'Hoorzitting gehouden'],
  ['lbt-advies-ontvangen', 'Advies van de LBT ontvangen'],
  ['beslistermijn-verdaagd', 'Beslistermijn verdaagd'],
  ['beslist-op-bezwaar', 'Beslist op bezwaar'],
  ['inschrijving-bevestigd', 'Inschrijving bevestigd'],
  ['herindicatie-gestart', 'Herindicatie aangevraagd'],
]);

// What a line of the TLV werkvoorraad asks (its actie code), as a task.
const TLV_WERKVOORRAAD_ACTIES = codelijst([
  ['deskundigen-aanwijzen', 'Deskundigen om advies vragen'],
  ['adviseren', 'Advies uitbrengen'],
  ['besluiten', 'Besluiten'],
  ['bekendmaken', 'Besluit bekendmaken'],
  ['ontvankelijkheid-beoordelen', 'Te laat bezwaar beoordelen'],
  ['lbt-advies-vragen', 'LBT om advies vragen'],
  ['beslistermijn-bewaken', 'Beslistermijn bewaken'],
  ['beslissen-op-bezwaar', 'Beslissen op bezwaar'],
  ['herindicatie', 'Herindicatie aanvragen'],
]);

export const tlvStatusNaam = (code: string) => naam(TLV_STATUSSEN, code);
export const tlvSoortNaam = (code: string) => naam(TLV_SOORTEN, code);
export const categorieNaam = (code: string) => naam(BEKOSTIGINGSCATEGORIEEN, code);
export const tlvStapNaam = (code: string) => naam(TLV_STAPPEN, code);
export const adviesplekNaam = (code: string) => naam(ADVIESPLEKKEN, code);
export const bezwaarafloopNaam = (code: string) => naam(BEZWAARAFLOPEN, code);
export const lbtOordeelNaam = (code: string) => naam(LBT_OORDELEN, code);
export const bezwaarstukNaam = (code: string) => naam(BEZWAARSTUKKEN, code);
export const indienerNaam = (code: string) => naam(INDIENERS, code);
/** What happened in a step of a TLV's history ("Advies uitgebracht"). */
export const tlvGebeurtenisNaam = (code: string) => naam(TLV_GEBEURTENISSEN, code);
/** What a line of the TLV werkvoorraad asks the person to do ("LBT om advies vragen"). */
export const tlvWerkvoorraadActieNaam = (code: string) => naam(TLV_WERKVOORRAAD_ACTIES, code);
