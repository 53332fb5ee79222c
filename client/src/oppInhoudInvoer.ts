// The OPP content editor's input (all text, every repeated line with a key) and the request the API takes.
import type { OppInhoud, OppInhoudVerzoek } from './api/ontwikkelingsperspectiefplannen';
import type { components } from './api/schema';
import type { ProbleemFout } from './api/veldfouten';
import { leesGetal } from './aanvraagInvoer';
import { leesDatum } from './datum';

type Schemas = components['schemas'];
type Uitstroombestemming = Schemas['Uitstroombestemming'];
type Doeltermijn = Schemas['Doeltermijn'];

/** A repeated line of the form; the key identifies it while lines are added and removed. */
export interface Regel {
  sleutel: number;
}

export interface AfwijkingRij extends Regel {
  vakgebied: string;
  leerlijn: string;
  niveau: string;
}

export interface DoelRij extends Regel {
  termijn: Doeltermijn | '';
  domein: string;
  omschrijving: string;
}

export interface OndersteuningRij extends Regel {
  wat: string;
  doorWie: string;
  omvang: string;
  /** '' when the support is not linked to one of the pupil's arrangementen. */
  arrangementId: string;
}

export interface DatumRij extends Regel {
  /** ISO date, '' when empty, or the text as typed while it is not a date. */
  datum: string;
}

export interface TekstRij extends Regel {
  tekst: string;
}

export interface InterventieRij extends Regel {
  wat: string;
  wie: string;
  van: string;
  tot: string;
}

export interface OppInhoudInvoer {
  uitstroombestemming: Uitstroombestemming | '';
  onderbouwingUitstroom: string;
  bevorderendeFactoren: string;
  belemmerendeFactoren: string;
  afwijkingen: AfwijkingRij[];
  doelen: DoelRij[];
  ondersteuning: OndersteuningRij[];
  evaluatiemomenten: DatumRij[];
  planDoelen: TekstRij[];
  interventies: InterventieRij[];
  expertUren: string;
}

let laatsteSleutel = 0;

/** A new key for a line; unique while the page lives. */
export function sleutel(): number {
  laatsteSleutel += 1;
  return laatsteSleutel;
}

export const nieuweAfwijking = (): AfwijkingRij => ({ sleutel: sleutel(), vakgebied: '', leerlijn: '', niveau: '' });
export const nieuwDoel = (): DoelRij => ({ sleutel: sleutel(), termijn: '', domein: '', omschrijving: '' });
export const nieuweOndersteuning = (): OndersteuningRij => ({ sleutel: sleutel(), wat: '', doorWie: '', omvang: '', arrangementId: '' });
export const nieuwMoment = (): DatumRij => ({ sleutel: sleutel(), datum: '' });
export const nieuwPlanDoel = (): TekstRij => ({ sleutel: sleutel(), tekst: '' });
export const nieuweInterventie = (): InterventieRij => ({ sleutel: sleutel(), wat: '', wie: '', van: '', tot: '' });

/** The destinations a plan at this kind of school can name (the domain's rule): VSO names an uitstroomprofiel only. */
export function toegestaneBestemmingen(soortSchool: Schemas['SoortSchool']): Uitstroombestemming[] {
  const profielen: Uitstroombestemming[] = ['dagbesteding', 'arbeidsmarkt', 'vervolgonderwijs'];
  if (soortSchool === 'VSO') return profielen;
  return ['pro', 'vmbo-bb', 'vmbo-kb', 'vmbo-gl', 'vmbo-tl', 'havo', 'vwo', ...profielen];
}

/** The experturen as a Dutch number ("12,5"). */
export function urenAlsTekst(uren: number | null | undefined): string {
  return uren === null || uren === undefined ? '' : String(uren).replace('.', ',');
}

/** The form's input, filled from what the concept says now. */
export function alsInvoer(inhoud: OppInhoud): OppInhoudInvoer {
  const { handelingsdeel } = inhoud;
  const plan = handelingsdeel.planVanAanpak;
  return {
    uitstroombestemming: inhoud.uitstroombestemming ?? '',
    onderbouwingUitstroom: inhoud.onderbouwingUitstroom ?? '',
    bevorderendeFactoren: inhoud.bevorderendeFactoren ?? '',
    belemmerendeFactoren: inhoud.belemmerendeFactoren ?? '',
    afwijkingen: inhoud.afwijkingen.map((a) => ({ sleutel: sleutel(), vakgebied: a.vakgebied, leerlijn: a.leerlijn, niveau: a.niveau ?? '' })),
    doelen: handelingsdeel.doelen.map((d) => ({ sleutel: sleutel(), termijn: d.termijn, domein: d.domein, omschrijving: d.omschrijving })),
    ondersteuning: handelingsdeel.ondersteuning.map((o) => ({
      sleutel: sleutel(),
      wat: o.wat,
      doorWie: o.doorWie,
      omvang: o.omvang,
      arrangementId: o.arrangementId ?? '',
    })),
    evaluatiemomenten: handelingsdeel.evaluatiemomenten.map((datum) => ({ sleutel: sleutel(), datum })),
    planDoelen: (plan?.doelen ?? []).map((tekst) => ({ sleutel: sleutel(), tekst })),
    interventies: (plan?.interventies ?? []).map((i) => ({ sleutel: sleutel(), wat: i.wat, wie: i.wie, van: i.van, tot: i.tot })),
    expertUren: urenAlsTekst(plan?.expertUren),
  };
}

const leegAlsNull = (tekst: string) => (tekst.trim() === '' ? null : tekst.trim());

/**
 * The request as the API takes it: empty texts as null, lines in the order shown. The plan van aanpak is left out
 * while it has no goal, intervention or hours (no expert is deployed).
 */
export function alsVerzoek(invoer: OppInhoudInvoer): OppInhoudVerzoek {
  const uren = leesGetal(invoer.expertUren);
  const expertUren = uren === 'onleesbaar' ? null : uren;
  const metPlan = invoer.planDoelen.length > 0 || invoer.interventies.length > 0 || expertUren !== null;
  return {
    ...(invoer.uitstroombestemming !== '' && { uitstroombestemming: invoer.uitstroombestemming }),
    onderbouwingUitstroom: leegAlsNull(invoer.onderbouwingUitstroom),
    bevorderendeFactoren: leegAlsNull(invoer.bevorderendeFactoren),
    belemmerendeFactoren: leegAlsNull(invoer.belemmerendeFactoren),
    afwijkingen: invoer.afwijkingen.map((a) => ({
      vakgebied: leegAlsNull(a.vakgebied),
      leerlijn: leegAlsNull(a.leerlijn),
      niveau: leegAlsNull(a.niveau),
    })),
    handelingsdeel: {
      doelen: invoer.doelen.map((d) => ({
        termijn: d.termijn === '' ? null : d.termijn,
        domein: leegAlsNull(d.domein),
        omschrijving: leegAlsNull(d.omschrijving),
      })),
      ondersteuning: invoer.ondersteuning.map((o) => ({
        wat: leegAlsNull(o.wat),
        doorWie: leegAlsNull(o.doorWie),
        omvang: leegAlsNull(o.omvang),
        arrangementId: leegAlsNull(o.arrangementId),
      })),
      evaluatiemomenten: invoer.evaluatiemomenten.map((m) => m.datum.trim()),
      ...(metPlan && {
        planVanAanpak: {
          doelen: invoer.planDoelen.map((d) => d.tekst.trim()),
          interventies: invoer.interventies.map((i) => ({
            wat: leegAlsNull(i.wat),
            wie: leegAlsNull(i.wie),
            van: leegAlsNull(i.van),
            tot: leegAlsNull(i.tot),
          })),
          expertUren,
        },
      }),
    },
  };
}

/**
 * What the form cannot send as typed (a date that is no date, hours that are no number, an empty evaluation moment),
 * pointed at their fields as the API would; the form shows them instead of sending.
 */
export function invoerFouten(invoer: OppInhoudInvoer): ProbleemFout[] {
  const fouten: ProbleemFout[] = [];
  const datum = (waarde: string, pointer: string, verplicht: string) => {
    const lezing = leesDatum(waarde);
    if (lezing.soort === 'fout') fouten.push({ code: 'ongeldige-datum', detail: lezing.melding, pointer });
    if (lezing.soort === 'leeg') fouten.push({ code: 'datum-vereist', detail: verplicht, pointer });
  };
  invoer.evaluatiemomenten.forEach((m, i) =>
    datum(m.datum, `#/handelingsdeel/evaluatiemomenten/${i}`, 'Vul de datum van het evaluatiemoment in, of verwijder het.'),
  );
  invoer.interventies.forEach((interventie, i) => {
    const pad = `#/handelingsdeel/planVanAanpak/interventies/${i}`;
    datum(interventie.van, `${pad}/van`, 'Vul in vanaf wanneer de interventie loopt.');
    datum(interventie.tot, `${pad}/tot`, 'Vul in tot en met wanneer de interventie loopt.');
  });
  if (leesGetal(invoer.expertUren) === 'onleesbaar') {
    fouten.push({
      code: 'ongeldig-getal',
      detail: 'Schrijf het aantal experturen als een getal, zoals 20 of 12,5.',
      pointer: '#/handelingsdeel/planVanAanpak/expertUren',
    });
  }
  return fouten;
}

/** Every path the form has a field or group for, for verdeelFouten. */
export function foutvelden(invoer: OppInhoudInvoer): string[] {
  const regels = (pad: string, aantal: number, velden: readonly string[]) =>
    [pad, ...Array.from({ length: aantal }, (_, i) => [`${pad}/${i}`, ...velden.map((veld) => `${pad}/${i}/${veld}`)]).flat()];
  return [
    'uitstroombestemming',
    'onderbouwingUitstroom',
    'bevorderendeFactoren',
    'belemmerendeFactoren',
    ...regels('afwijkingen', invoer.afwijkingen.length, ['vakgebied', 'leerlijn', 'niveau']),
    'handelingsdeel',
    ...regels('handelingsdeel/doelen', invoer.doelen.length, ['termijn', 'domein', 'omschrijving']),
    ...regels('handelingsdeel/ondersteuning', invoer.ondersteuning.length, ['wat', 'doorWie', 'omvang', 'arrangementId']),
    ...regels('handelingsdeel/evaluatiemomenten', invoer.evaluatiemomenten.length, []),
    'handelingsdeel/planVanAanpak',
    ...regels('handelingsdeel/planVanAanpak/doelen', invoer.planDoelen.length, []),
    ...regels('handelingsdeel/planVanAanpak/interventies', invoer.interventies.length, ['wat', 'wie', 'van', 'tot']),
    'handelingsdeel/planVanAanpak/expertUren',
  ];
}
