import type { components } from '../api/schema';

type ExpertiseLijst = components['schemas']['ExpertiseLijst'];
type Probleem = components['schemas']['Probleem'];

const OMSCHRIJVINGEN: Record<string, string> = {
  AUTISMESPECTRUMSTOORNISSEN: 'Autismespectrumstoornissen',
  COGNITIEVE_BEPERKINGEN: 'Cognitieve beperkingen',
  DOOF_MEERVOUDIG_BEPERKT: 'Doof meervoudig beperkt',
  DOOFBLINDHEID: 'Doofblindheid',
  DOOFHEID: 'Doofheid',
  EPILEPSIE: 'Epilepsie',
  GEDRAGSPROBLEMEN: 'Gedragsproblemen',
  LANGDURIGE_ZIEKTE: 'Langdurige ziekte',
  LICHAMELIJKE_BEPERKINGEN: 'Lichamelijke beperkingen',
  MEERVOUDIGE_BEPERKINGEN: 'Meervoudige beperkingen',
  SLECHTHOREND_MEERVOUDIG_BEPERKT: 'Slechthorend meervoudig beperkt',
  SLECHTHORENDHEID: 'Slechthorendheid',
  SOCIAALPSYCHOLOGISCHE_PROBLEMEN: 'Sociaalpsychologische problemen',
  TAALONTWIKKELINGSSTOORNISSEN: 'Taalontwikkelingsstoornissen',
  VISUEEL_MEERVOUDIG_BEPERKT: 'Visueel meervoudig beperkt',
  VISUELE_BEPERKINGEN: 'Visuele beperkingen',
};

export function expertiseLijst(leerjaar: string): ExpertiseLijst {
  return {
    leerjaar,
    expertises: Object.entries(OMSCHRIJVINGEN).map(([code, omschrijving]) => ({
      code,
      omschrijving,
      leerjaar,
    })),
  };
}

export function nietGevonden(leerjaar: string): Probleem {
  return {
    type: 'https://passendonderwijs.nl/problemen/niet-gevonden',
    title: 'Niet gevonden',
    status: 404,
    detail: `Er is geen expertiselijst voor leerjaar ${leerjaar}.`,
    instance: `/api/v1/expertises?leerjaar=${leerjaar}`,
    traceId: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
  };
}
