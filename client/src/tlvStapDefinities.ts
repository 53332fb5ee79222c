// The steps of a TLV as the action panel offers them. The simple ones as definitions for StapFormulier; assigning a
// deskundige, the advice, the decision, the LBT request and the beslissing op bezwaar have forms of their own.
import type { components } from './api/schema';
import {
  bevestigInschrijving,
  legHoorzittingVast,
  legLbtAdviesVast,
  maakTlvBekend,
  ontvangBezwaar,
  startHerindicatie,
  trekTlvIn,
  useTlvStap,
  verdaagBeslistermijn,
  verklaarBezwaarNietOntvankelijk,
  verschoonTermijnoverschrijding,
  type Tlv,
} from './api/toelaatbaarheidsverklaringen';
import { datumTekst } from './aanbiederWeergave';
import { keuzes } from './arrangementLabels';
import type { StapDefinitie, Zaakbehandeling } from './stapDefinitie';
import { INDIENERS, LBT_OORDELEN, tlvStapNaam, tlvStatusNaam } from './tlvLabels';

type Schemas = components['schemas'];

/** A step of a TLV, as the contract's enum: a step the API adds fails the typecheck here until it has a form. */
export type TlvStapCode = Schemas['TlvStap'];

/** The steps with a form of their own (components/Tlv…Formulier). */
export const EIGEN_FORMULIEREN = ['adviseur-aanwijzing', 'advies', 'besluit', 'lbt-adviesaanvraag', 'beslissing-op-bezwaar'] as const;
type EigenFormulier = (typeof EIGEN_FORMULIEREN)[number];

/** The Dutch words for a 412 on a TLV; the panel uses them too when the step itself is gone. */
export const TLV_GEWIJZIGD =
  'Deze toelaatbaarheidsverklaring is intussen door iemand anders gewijzigd; de nieuwste versie is geladen.';

/** How the step panel and forms take steps on a TLV. */
export const TLV_BEHANDELING: Zaakbehandeling<Tlv> = {
  useStap: useTlvStap,
  gewijzigd: TLV_GEWIJZIGD,
  dezeZaak: 'deze toelaatbaarheidsverklaring',
  statusNaam: (tlv) => tlvStatusNaam(tlv.status),
};

const optioneleDatum = (iso: string | null | undefined) => (iso ? datumTekst(iso) : 'onbekend');

export const TLV_STAP_DEFINITIES: Record<Exclude<TlvStapCode, EigenFormulier>, StapDefinitie<Tlv>> = {
  bekendmaking: {
    titel: tlvStapNaam('bekendmaking'),
    uitleg: () =>
      'Leg vast op welke dag ouders en school het besluit kregen. De bezwaartermijn van zes weken loopt vanaf de dag erna.',
    knop: 'Bekendmaking vastleggen',
    gelukt: 'De bekendmaking is vastgelegd; de bezwaartermijn loopt.',
    mislukt: 'De bekendmaking is niet vastgelegd.',
    velden: [{ naam: 'bekendgemaaktOp', label: 'Bekendgemaakt op', soort: 'datum', vandaag: true }],
    stap: (tlv, waarden) => maakTlvBekend(tlv, { bekendgemaaktOp: waarden('bekendgemaaktOp') }),
  },
  intrekking: {
    titel: tlvStapNaam('intrekking'),
    uitleg: () => 'Een ingetrokken aanvraag krijgt geen besluit. Zeg waarom de aanvraag wordt ingetrokken.',
    knop: 'Aanvraag intrekken',
    gelukt: 'De aanvraag is ingetrokken.',
    mislukt: 'De aanvraag is niet ingetrokken.',
    velden: [{ naam: 'reden', label: 'Reden van de intrekking', soort: 'tekstvak' }],
    stap: (tlv, waarden) => trekTlvIn(tlv, { reden: waarden('reden') }),
  },
  inschrijving: {
    titel: tlvStapNaam('inschrijving'),
    uitleg: (tlv) =>
      `Leg vast wanneer ${tlv.beoogdeSchool.naam} de leerling inschreef. Die datum valt binnen de looptijd (${optioneleDatum(tlv.ingangsdatum)} tot en met ${optioneleDatum(tlv.einddatum)}).`,
    knop: 'Inschrijving bevestigen',
    gelukt: 'De inschrijving is bevestigd.',
    mislukt: 'De inschrijving is niet bevestigd.',
    velden: [{ naam: 'ingeschrevenOp', label: 'Ingeschreven op', soort: 'datum', vandaag: true }],
    stap: (tlv, waarden) => bevestigInschrijving(tlv, { ingeschrevenOp: waarden('ingeschrevenOp') }),
  },
  herindicatie: {
    titel: tlvStapNaam('herindicatie'),
    uitleg: (tlv) =>
      `U start een nieuwe aanvraag voor de periode na ${optioneleDatum(tlv.einddatum)}, ingevuld vanuit deze toelaatbaarheidsverklaring: dezelfde soort, categorie, school en onderbouwing. Daarna gaat u naar de nieuwe aanvraag.`,
    knop: 'Herindicatie aanvragen',
    gelukt: 'De herindicatie is aangevraagd. Dit is de nieuwe aanvraag.',
    mislukt: 'De herindicatie is niet aangevraagd.',
    velden: [],
    stap: (tlv) => startHerindicatie(tlv),
  },
  'bezwaar-ontvangst': {
    titel: tlvStapNaam('bezwaar-ontvangst'),
    uitleg: (tlv) =>
      `De bezwaartermijn liep tot en met ${optioneleDatum(tlv.eindeBezwaartermijn)}. Kwam het bezwaarschrift later binnen, dan is het te laat: verklaar het daarna niet-ontvankelijk of leg vast waarom de overschrijding verschoonbaar is.`,
    knop: 'Bezwaar registreren',
    gelukt: 'Het bezwaar is geregistreerd.',
    mislukt: 'Het bezwaar is niet geregistreerd.',
    velden: [
      { naam: 'indiener', label: 'Wie maakt bezwaar?', soort: 'keuze', opties: keuzes(INDIENERS) },
      { naam: 'indienerNaam', label: 'Naam van de indiener', soort: 'tekst' },
      { naam: 'ontvangenOp', label: 'Bezwaarschrift ontvangen op', soort: 'datum', vandaag: true },
    ],
    stap: (tlv, waarden) =>
      ontvangBezwaar(tlv, {
        // The radio buttons offer only the contract's codes; the API answers 400 for anything else.
        indiener: waarden('indiener') as Schemas['Indiener'] | null,
        indienerNaam: waarden('indienerNaam'),
        ontvangenOp: waarden('ontvangenOp'),
      }),
  },
  verschoning: {
    titel: tlvStapNaam('verschoning'),
    uitleg: (tlv) =>
      `Het bezwaar kwam binnen op ${optioneleDatum(tlv.lopendBezwaar?.ontvangenOp)}, na het einde van de bezwaartermijn (${optioneleDatum(tlv.eindeBezwaartermijn)}). Leg vast waarom het toch in behandeling gaat.`,
    knop: 'Verschoning vastleggen',
    gelukt: 'De te late indiening is verschoond; het bezwaar gaat in behandeling.',
    mislukt: 'De verschoning is niet vastgelegd.',
    velden: [{ naam: 'reden', label: 'Waarom de overschrijding verschoonbaar is', soort: 'tekstvak' }],
    stap: (tlv, waarden) => verschoonTermijnoverschrijding(tlv, { reden: waarden('reden') }),
  },
  'niet-ontvankelijk-verklaring': {
    titel: tlvStapNaam('niet-ontvankelijk-verklaring'),
    uitleg: () => 'Het bezwaar wordt niet inhoudelijk behandeld; het besluit blijft staan.',
    knop: 'Niet-ontvankelijk verklaren',
    gelukt: 'Het bezwaar is niet-ontvankelijk verklaard.',
    mislukt: 'Het bezwaar is niet niet-ontvankelijk verklaard.',
    velden: [
      { naam: 'reden', label: 'Reden', soort: 'tekstvak' },
      { naam: 'op', label: 'Datum', soort: 'datum', vandaag: true },
    ],
    stap: (tlv, waarden) => verklaarBezwaarNietOntvankelijk(tlv, { reden: waarden('reden'), op: waarden('op') }),
  },
  hoorzitting: {
    titel: tlvStapNaam('hoorzitting'),
    knop: 'Hoorzitting vastleggen',
    gelukt: 'De hoorzitting is vastgelegd.',
    mislukt: 'De hoorzitting is niet vastgelegd.',
    velden: [
      { naam: 'op', label: 'Datum van de hoorzitting', soort: 'datum', vandaag: true },
      { naam: 'verslag', label: 'Verslag', soort: 'tekstvak', optioneel: true },
    ],
    stap: (tlv, waarden) => legHoorzittingVast(tlv, { op: waarden('op'), verslag: waarden('verslag') }),
  },
  'lbt-advies': {
    titel: tlvStapNaam('lbt-advies'),
    knop: 'Advies vastleggen',
    gelukt: 'Het advies van de LBT is vastgelegd.',
    mislukt: 'Het advies van de LBT is niet vastgelegd.',
    velden: [
      { naam: 'oordeel', label: 'Oordeel van de LBT over het bezwaar', soort: 'keuze', opties: keuzes(LBT_OORDELEN) },
      { naam: 'op', label: 'Datum van het advies', soort: 'datum', vandaag: true },
    ],
    stap: (tlv, waarden) =>
      legLbtAdviesVast(tlv, { oordeel: waarden('oordeel') as Schemas['LbtOordeel'] | null, op: waarden('op') }),
  },
  verdaging: {
    titel: tlvStapNaam('verdaging'),
    uitleg: (tlv) =>
      `U verlengt de beslistermijn (nu tot en met ${optioneleDatum(tlv.lopendBezwaar?.beslissenUiterlijk)}) eenmaal met zes weken. Dat kan maar één keer.`,
    knop: 'Beslistermijn verdagen',
    gelukt: 'De beslistermijn is met zes weken verdaagd.',
    mislukt: 'De beslistermijn is niet verdaagd.',
    velden: [{ naam: 'reden', label: 'Reden van de verdaging', soort: 'tekstvak' }],
    stap: (tlv, waarden) => verdaagBeslistermijn(tlv, { reden: waarden('reden') }),
  },
};

/** The title of every step, for the panel's buttons and messages. */
export const tlvStapTitel = (stap: TlvStapCode): string => tlvStapNaam(stap);

/** Whether this screen knows the step: a newer API may list a step before the screen has its form. */
export function isTlvStapCode(code: string): code is TlvStapCode {
  return (EIGEN_FORMULIEREN as readonly string[]).includes(code) || Object.hasOwn(TLV_STAP_DEFINITIES, code);
}

export const isEigenFormulier = (stap: TlvStapCode): stap is EigenFormulier =>
  (EIGEN_FORMULIEREN as readonly string[]).includes(stap);
