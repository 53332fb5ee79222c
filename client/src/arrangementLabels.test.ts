import { describe, expect, it } from 'vitest';
import {
  bekostigerNaam,
  gebeurtenisNaam,
  keuzes,
  SOORTEN,
  soortNaam,
  statusNaam,
  uitvoerderNaam,
  vervolgNaam,
  werkvoorraadActieNaam,
} from './arrangementLabels';

describe('arrangement labels', () => {
  it('names every status in Dutch', () => {
    expect(['aangevraagd', 'in-behandeling', 'toegekend', 'afgewezen', 'actief', 'beeindigd'].map(statusNaam)).toEqual([
      'Aangevraagd',
      'In behandeling',
      'Toegekend',
      'Afgewezen',
      'Actief',
      'Beëindigd',
    ]);
  });

  it('names every soort, and offers them in order for a select box', () => {
    expect(soortNaam('inzet-expert')).toBe('Inzet van een expert');
    expect(soortNaam('arrangement-cluster-1-2')).toBe('Arrangement cluster 1 en 2');
    expect(keuzes(SOORTEN).map((keuze) => keuze.code)).toEqual([
      'onderwijsarrangement',
      'onderwijs-jeugdhulparrangement',
      'inzet-expert',
      'middelen',
      'deeltijdplaatsing-elders',
      'arrangement-cluster-1-2',
    ]);
  });

  it('names every step of the history', () => {
    expect(
      [
        'aangevraagd',
        'in-behandeling-genomen',
        'informatie-gevraagd',
        'informatie-gegeven',
        'toegekend',
        'afgewezen',
        'gestart',
        'geevalueerd',
        'beeindigd',
      ].map(gebeurtenisNaam),
    ).toEqual([
      'Aangevraagd',
      'In behandeling genomen',
      'Informatie gevraagd',
      'Informatie gegeven',
      'Toegekend',
      'Afgewezen',
      'Gestart',
      'Geëvalueerd',
      'Beëindigd',
    ]);
  });

  it('names the actions of the werkvoorraad, uitvoerders, bekostigers and vervolgen', () => {
    expect(werkvoorraadActieNaam('in-behandeling-nemen')).toBe('In behandeling nemen');
    expect(werkvoorraadActieNaam('vraag-beantwoorden')).toBe('Vraag beantwoorden');
    expect(uitvoerderNaam('oba')).toBe('Een onderwijsbegeleidingsaanbieder (OBA)');
    expect(bekostigerNaam('swv')).toBe('Het samenwerkingsverband');
    expect(vervolgNaam('beeindigen')).toBe('Beëindigen');
  });

  it('shows an unknown code as it is, even one named like an object property', () => {
    expect(statusNaam('gepauzeerd')).toBe('gepauzeerd');
    expect(soortNaam('constructor')).toBe('constructor');
  });
});
