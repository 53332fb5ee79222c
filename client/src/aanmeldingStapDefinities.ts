// The steps of an aanmelding as the action panel offers them. Verlengen and intrekken as definitions for
// StapFormulier; the besluit, with its four outcomes and the other school, has a form of its own.
import { trekAanmeldingIn, useAanmeldingStap, verlengAanmelding, type Aanmelding } from './api/aanmeldingen';
import type { components } from './api/schema';
import { datumTekst } from './aanbiederWeergave';
import { naam } from './arrangementLabels';
import { AANMELDING_STAPPEN, aanmeldingStatusNaam } from './aanmeldingWeergave';
import type { StapDefinitie, Zaakbehandeling } from './stapDefinitie';

export type AanmeldingStap = components['schemas']['AanmeldingStap'];

/** A 412 on an aanmelding; the panel uses the words too when the step itself is gone. */
export const AANMELDING_GEWIJZIGD = 'Deze aanmelding is intussen door iemand anders gewijzigd; de nieuwste versie is geladen.';

export const AANMELDING_BEHANDELING: Zaakbehandeling<Aanmelding> = {
  useStap: useAanmeldingStap,
  gewijzigd: AANMELDING_GEWIJZIGD,
  dezeZaak: 'deze aanmelding',
  statusNaam: (aanmelding) => aanmeldingStatusNaam(aanmelding.status),
};

export const aanmeldingStapTitel = (stap: AanmeldingStap): string => naam(AANMELDING_STAPPEN, stap);

export const AANMELDING_STAP_DEFINITIES: Record<Exclude<AanmeldingStap, 'besluit'>, StapDefinitie<Aanmelding>> = {
  verlenging: {
    titel: aanmeldingStapTitel('verlenging'),
    uitleg: (a) =>
      `U kunt de termijn één keer met vier weken verlengen${a.besluitUiterlijk ? `, nu tot ${datumTekst(a.besluitUiterlijk)}` : ''}. Vertel de ouders waarom, en leg vast wanneer zij het hoorden.`,
    knop: 'Verlenging vastleggen',
    gelukt: 'De termijn is verlengd.',
    mislukt: 'De termijn is niet verlengd.',
    velden: [
      { naam: 'reden', label: 'Reden van de verlenging', soort: 'tekstvak' },
      { naam: 'oudersGeinformeerdOp', label: 'Ouders geïnformeerd op', soort: 'datum', vandaag: true },
    ],
    stap: (a, waarden) => verlengAanmelding(a, { reden: waarden('reden'), oudersGeinformeerdOp: waarden('oudersGeinformeerdOp') }),
  },
  intrekking: {
    titel: aanmeldingStapTitel('intrekking'),
    uitleg: () => 'Leg vast dat de ouders de aanmelding hebben ingetrokken. De zorgplicht van de school eindigt dan.',
    knop: 'Intrekking vastleggen',
    gelukt: 'De intrekking is vastgelegd.',
    mislukt: 'De intrekking is niet vastgelegd.',
    velden: [{ naam: 'ingetrokkenOp', label: 'Ingetrokken op', soort: 'datum', vandaag: true }],
    stap: (a, waarden) => trekAanmeldingIn(a, { ingetrokkenOp: waarden('ingetrokkenOp') }),
  },
};

/** Whether the panel offers the step: a newer API may list a step before the screen has its form. */
export function isAanmeldingPaneelStap(code: string): code is AanmeldingStap {
  return code === 'besluit' || Object.hasOwn(AANMELDING_STAP_DEFINITIES, code);
}
