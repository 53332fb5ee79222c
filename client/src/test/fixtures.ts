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
    email: 'bea@swv.example',
    samenwerkingsverband: 'PO2705',
    samenwerkingsverbandNaam: 'Passend Onderwijs Utrecht',
    rollen: ['swv-beheerder'],
    functies: [],
    vestigingen: [],
    scholen: [],
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

export function medewerker(): Ik {
  return { ...beheerder(), id: 'gebruiker-2', naam: 'Mo Medewerker', rollen: ['swv-medewerker'] };
}

export function registerBeheerder(): Ik {
  return { ...beheerder(), id: 'gebruiker-3', naam: 'Rik Register', rollen: ['register-beheerder'] };
}

/** The platform-beheerder belongs to no samenwerkingsverband. */
export function platformBeheerder(): Ik {
  return { ...beheerder(), id: 'gebruiker-4', naam: 'Pia Platform', samenwerkingsverband: null, samenwerkingsverbandNaam: null, rollen: ['platform-beheerder'] };
}

/** A samenwerkingsverband as the platform-beheerder sees it. */
export function tenant(overrides: Partial<components['schemas']['Tenant']> = {}): components['schemas']['Tenant'] {
  return {
    code: 'PO2801',
    naam: 'Passend PO Oost',
    sector: 'PO',
    status: 'actief',
    accountsActief: 3,
    accountsWachtOpActivering: 1,
    koppelingen: 2,
    laatsteActiviteit: '2027-03-14T09:15:00Z',
    versie: 7,
    ...overrides,
  };
}

type Aanbieder = components['schemas']['Aanbieder'];
type AanbiederPagina = components['schemas']['AanbiederPagina'];
type ProbleemFout = components['schemas']['ProbleemFout'];

/** An aanbieder (cluster 2) with aanbod in PO2705 and 3811 for a leerjaar, and landelijk aanbod without end. */
export function aanbieder(overrides: Partial<Aanbieder> = {}): Aanbieder {
  return {
    code: '123A456',
    naam: 'Ambulante Dienst Midden',
    internationaleNaam: null,
    inbedrijfdatum: '2020-08-01',
    uitbedrijfdatum: null,
    bestuur: 'Stichting Spraak en Gehoor Midden',
    erkenning: { code: 'ERK-2-0042', cluster: 2, licenties: ['SLECHTHORENDHEID', 'TAALONTWIKKELINGSSTOORNISSEN'] },
    communicatiecontexten: [
      {
        context: 'ALGEMEEN',
        email: 'info@ambulant-midden.example',
        telefoon: '030 123 4567',
        web: 'https://ambulant-midden.example',
        contactnaam: null,
        adres: null,
      },
    ],
    aanbod: [
      {
        id: '0197d3c4-5e6f-7a8b-9c0d-1e2f3a4b5c01',
        expertise: 'SLECHTHORENDHEID',
        begindatum: '2026-08-01',
        einddatum: null,
        werkgebied: { samenwerkingsverbanden: [], postcodegebieden: [] },
        capaciteit: null,
      },
      {
        id: '0197d3c4-5e6f-7a8b-9c0d-1e2f3a4b5c02',
        expertise: 'TAALONTWIKKELINGSSTOORNISSEN',
        begindatum: '2026-08-01',
        einddatum: '2027-07-31',
        werkgebied: { samenwerkingsverbanden: ['PO2705'], postcodegebieden: ['3811'] },
        capaciteit: 12,
      },
    ],
    eigenaar: 'PO2705',
    magWijzigen: true,
    versie: 3,
    gewijzigdOp: '2026-11-20T10:15:00Z',
    ...overrides,
  };
}

export function aanbiederPagina(aanbieders: Aanbieder[], volgendeCursor?: string): AanbiederPagina {
  return volgendeCursor === undefined
    ? { onderwijsbegeleidingsaanbieders: aanbieders, wijzigingenToken: 'eyJWIjozfQ' }
    : { onderwijsbegeleidingsaanbieders: aanbieders, volgendeCursor };
}

/** A 400 answer as the API gives it: every problem with the invoer at once. */
export function ongeldigeInvoer(errors: ProbleemFout[], instance = '/api/v1/onderwijsbegeleidingsaanbieders'): Probleem {
  return {
    type: 'urn:passendonderwijs:probleem:ongeldige-invoer',
    title: 'De invoer is ongeldig.',
    status: 400,
    detail: errors.length === 1 ? (errors[0]?.detail ?? '') : `Er zijn ${errors.length} problemen met de invoer.`,
    instance,
    traceId: '00-5bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
    errors,
  };
}

/** The 412 answer to a change based on an older versie. */
export function versieVerouderd(code = '123A456'): Probleem {
  return {
    type: 'urn:passendonderwijs:probleem:versie-verouderd',
    title: 'Iemand anders heeft dit intussen gewijzigd.',
    status: 412,
    detail: 'Deze aanbieder is gewijzigd sinds u hem ophaalde. Haal de nieuwe versie op en probeer het opnieuw.',
    instance: `/api/v1/onderwijsbegeleidingsaanbieders/${code}/communicatiecontexten`,
    traceId: '00-6bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
  };
}
