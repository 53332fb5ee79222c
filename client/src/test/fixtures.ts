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

type Ik = components['schemas']['Ik'];

export function beheerder(): Ik {
  return {
    soort: 'gebruiker',
    id: 'gebruiker-1',
    naam: 'Bea Beheerder',
    samenwerkingsverband: 'PO2705',
    rollen: ['swv-beheerder'],
    vestigingen: [],
    scopes: ['openid', 'profile', 'roles'],
  };
}

export function nietAangemeld(): Probleem {
  return {
    type: 'about:blank',
    title: 'Niet aangemeld',
    status: 401,
    detail: 'Geen of geen geldig access token.',
    instance: '/api/v1/ik',
    traceId: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01',
  };
}
