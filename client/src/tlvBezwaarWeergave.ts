// The terms of a bezwaar against a TLV decision as steps of a timeline, each with its state on a given day. Kept
// apart from the component so every legal turn (late, excused, niet-ontvankelijk, verdaagd) is tested as plain data.
import type { Bezwaar, Tlv } from './api/toelaatbaarheidsverklaringen';
import { datumTekst } from './aanbiederWeergave';
import { bezwaarafloopNaam, bezwaarstukNaam, indienerNaam, lbtOordeelNaam } from './tlvLabels';

/**
 * Where a step stands: done, still to do (its date not passed), its date passed without it being done, or no
 * longer needed (a niet-ontvankelijk bezwaar never reaches the LBT).
 */
export type Termijnstaat = 'gedaan' | 'open' | 'verlopen' | 'vervallen';

export interface Termijnstap {
  /** What the step is, with its date where it has one: "LBT om advies vragen uiterlijk 14 maart 2027". */
  kop: string;
  staat: Termijnstaat;
  /** What happened or what is still to happen, one sentence a line. */
  regels: string[];
}

const STAATTEKSTEN: Readonly<Record<Termijnstaat, string>> = {
  gedaan: 'Gedaan',
  open: 'Open',
  verlopen: 'Verlopen',
  vervallen: 'Niet meer nodig',
};

/** The state in words, so it never rests on colour alone. */
export const staatTekst = (staat: Termijnstaat) => STAATTEKSTEN[staat];

/** Open while the date has not passed, verlopen from the day after (a term includes its last day). */
const naarDatum = (datum: string, vandaag: string): Termijnstaat => (vandaag > datum ? 'verlopen' : 'open');

/** The term within which bezwaar can be made, with the bekendmaking it runs from; empty before the bekendmaking. */
export function bezwaartermijnStappen(tlv: Tlv, vandaag: string, bezwaar?: Bezwaar): Termijnstap[] {
  if (!tlv.bekendgemaaktOp) return [];
  const stappen: Termijnstap[] = [
    { kop: `Besluit bekendgemaakt op ${datumTekst(tlv.bekendgemaaktOp)}`, staat: 'gedaan', regels: [] },
  ];
  if (tlv.eindeBezwaartermijn) {
    const einde = tlv.eindeBezwaartermijn;
    stappen.push({
      kop: `Einde bezwaartermijn ${datumTekst(einde)}`,
      // Received in time closes the term for this bezwaar; otherwise the term runs or has run out.
      staat: bezwaar && !bezwaar.teLaat ? 'gedaan' : naarDatum(einde, vandaag),
      regels: [
        bezwaar
          ? bezwaar.teLaat
            ? 'Het bezwaar kwam na deze datum binnen.'
            : 'Het bezwaar kwam binnen de termijn binnen.'
          : vandaag > einde
            ? 'Zes weken na de bekendmaking; de termijn is voorbij.'
            : 'Zes weken na de bekendmaking; tot en met deze dag kan bezwaar worden gemaakt.',
      ],
    });
  }
  return stappen;
}

/** Every step of one bezwaar, from its receipt to its afloop, in the order the procedure takes them. */
export function bezwaarStappen(bezwaar: Bezwaar, vandaag: string): Termijnstap[] {
  const afgerond = bezwaar.afloop != null;
  const nietOntvankelijk = bezwaar.afloop === 'niet-ontvankelijk';
  return [
    ontvangst(bezwaar, vandaag),
    lbtAdviesaanvraag(bezwaar, vandaag, nietOntvankelijk),
    hoorzitting(bezwaar, afgerond, nietOntvankelijk),
    lbtAdvies(bezwaar, afgerond, nietOntvankelijk),
    beslistermijn(bezwaar, vandaag),
    afloop(bezwaar),
  ];
}

function ontvangst(bezwaar: Bezwaar, vandaag: string): Termijnstap {
  const regels = [`Ingediend door ${bezwaar.indienerNaam} (${indienerNaam(bezwaar.indiener).toLowerCase()}).`];
  let staat: Termijnstaat = 'gedaan';
  if (bezwaar.teLaat) {
    regels.push('Te laat: ontvangen na het einde van de bezwaartermijn.');
    if (bezwaar.verschoning) {
      regels.push(`Termijnoverschrijding verschoond: ${bezwaar.verschoning}`);
    } else if (bezwaar.afloop == null) {
      // Until the SWV excuses the delay or declares the bezwaar niet-ontvankelijk, the LBT cannot be asked.
      staat = naarDatum(bezwaar.lbtAdviesaanvraagUiterlijk, vandaag);
      regels.push(
        `Nog te beoordelen: verschoon de termijnoverschrijding of verklaar het bezwaar niet-ontvankelijk, uiterlijk ${datumTekst(bezwaar.lbtAdviesaanvraagUiterlijk)}.`,
      );
    }
  }
  return { kop: `Bezwaar ontvangen op ${datumTekst(bezwaar.ontvangenOp)}`, staat, regels };
}

function lbtAdviesaanvraag(bezwaar: Bezwaar, vandaag: string, nietOntvankelijk: boolean): Termijnstap {
  const kop = `LBT om advies vragen uiterlijk ${datumTekst(bezwaar.lbtAdviesaanvraagUiterlijk)}`;
  if (bezwaar.lbtGevraagdOp) {
    const stukken = bezwaar.stukken.map((stuk) => bezwaarstukNaam(stuk).replace(/^./, (c) => c.toLowerCase()));
    return {
      kop,
      staat: 'gedaan',
      regels: [
        `Gevraagd op ${datumTekst(bezwaar.lbtGevraagdOp)}${bezwaar.lbtGevraagdOp > bezwaar.lbtAdviesaanvraagUiterlijk ? ', na de termijn van 14 dagen' : ''}.`,
        ...(stukken.length > 0 ? [`Verstuurd naar de LBT en de indiener: ${stukken.join(', ')}.`] : []),
      ],
    };
  }
  if (nietOntvankelijk) return { kop, staat: 'vervallen', regels: ['Het bezwaar is niet-ontvankelijk verklaard.'] };
  const staat = naarDatum(bezwaar.lbtAdviesaanvraagUiterlijk, vandaag);
  return {
    kop,
    staat,
    regels: [
      staat === 'verlopen'
        ? 'De termijn van 14 dagen na ontvangst is voorbij en de LBT is nog niet gevraagd.'
        : 'Binnen 14 dagen na ontvangst: stuur het bezwaarschrift, het verweerschrift en de stukken naar de LBT en de indiener.',
    ],
  };
}

function hoorzitting(bezwaar: Bezwaar, afgerond: boolean, nietOntvankelijk: boolean): Termijnstap {
  if (bezwaar.hoorzittingOp) {
    return {
      kop: `Hoorzitting op ${datumTekst(bezwaar.hoorzittingOp)}`,
      staat: 'gedaan',
      regels: bezwaar.hoorzittingverslag ? [`Verslag: ${bezwaar.hoorzittingverslag}`] : [],
    };
  }
  if (nietOntvankelijk) return { kop: 'Hoorzitting', staat: 'vervallen', regels: ['Het bezwaar is niet-ontvankelijk verklaard.'] };
  if (afgerond || bezwaar.lbtOordeel) return { kop: 'Hoorzitting', staat: 'vervallen', regels: ['Er is geen hoorzitting vastgelegd.'] };
  return { kop: 'Hoorzitting', staat: 'open', regels: ['Nog niet gehouden. De LBT plant de hoorzitting.'] };
}

function lbtAdvies(bezwaar: Bezwaar, afgerond: boolean, nietOntvankelijk: boolean): Termijnstap {
  if (bezwaar.lbtOordeel) {
    return {
      kop: `Advies van de LBT${bezwaar.lbtAdviesOp ? ` op ${datumTekst(bezwaar.lbtAdviesOp)}` : ''}`,
      staat: 'gedaan',
      regels: [`Het bezwaar is volgens de LBT ${lbtOordeelNaam(bezwaar.lbtOordeel).toLowerCase()}.`],
    };
  }
  if (nietOntvankelijk || afgerond) {
    return { kop: 'Advies van de LBT', staat: 'vervallen', regels: [nietOntvankelijk ? 'Het bezwaar is niet-ontvankelijk verklaard.' : 'Er is geen advies vastgelegd.'] };
  }
  return { kop: 'Advies van de LBT', staat: 'open', regels: ['Nog niet ontvangen: gegrond of ongegrond.'] };
}

function beslistermijn(bezwaar: Bezwaar, vandaag: string): Termijnstap {
  const uiterlijk = bezwaar.beslissenUiterlijk;
  const regels = [
    bezwaar.verdaging
      ? `Verdaagd met zes weken (dit kan één keer): ${bezwaar.verdaging}`
      : 'Twaalf weken na het einde van de bezwaartermijn; één keer te verdagen met zes weken.',
  ];
  if (bezwaar.afgerondOp) {
    regels.push(`Beslist op ${datumTekst(bezwaar.afgerondOp)}${bezwaar.afgerondOp > uiterlijk ? ', na de beslistermijn' : ''}.`);
    return { kop: `Beslissen uiterlijk ${datumTekst(uiterlijk)}`, staat: 'gedaan', regels };
  }
  const staat = naarDatum(uiterlijk, vandaag);
  if (staat === 'verlopen') regels.push('De beslistermijn is voorbij en er is nog niet beslist.');
  return { kop: `Beslissen uiterlijk ${datumTekst(uiterlijk)}`, staat, regels };
}

function afloop(bezwaar: Bezwaar): Termijnstap {
  if (!bezwaar.afloop) return { kop: 'Beslissing op bezwaar', staat: 'open', regels: ['Nog niet beslist.'] };
  return {
    kop: `Beslissing op bezwaar: ${bezwaarafloopNaam(bezwaar.afloop).toLowerCase()}`,
    staat: 'gedaan',
    regels: [
      ...(bezwaar.afgerondOp ? [`Op ${datumTekst(bezwaar.afgerondOp)}.`] : []),
      ...(bezwaar.motivering ? [`Motivering: ${bezwaar.motivering}`] : []),
    ],
  };
}
