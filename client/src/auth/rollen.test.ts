import { describe, expect, it } from 'vitest';
import {
  heeftWerkvoorraad,
  leestAanbieders,
  leestBeschikkingen,
  leestZaakdocumenten,
  leestOrganisaties,
  leestTevredenheidsantwoorden,
  leestTevredenheidsuitslag,
  evalueertPortfolio,
  leidtNetwerkbesprekingen,
  legtMiddelenVast,
  magAanbiedersBeheren,
  magArrangementAanvragen,
  magBeschermdeGegevensOpenen,
  magDossiersAanleveren,
  magFunctiesWijzigen,
  magLeerlingenBijwerken,
  magOndersteuningsprofielVastleggen,
  magTlvAanvragen,
  rolNaam,
  volgtLokaleNetwerken,
  werktMetArrangementen,
  werktMetInzetWerkvoorraad,
  werktMetMiddelen,
  werktMetTlvs,
} from './rollen';

describe('rolNaam', () => {
  it('names the five roles in Dutch', () => {
    expect(['swv-beheerder', 'swv-medewerker', 'school-medewerker', 'expert', 'register-beheerder'].map(rolNaam)).toEqual([
      'Beheerder samenwerkingsverband',
      'Medewerker samenwerkingsverband',
      "Medewerker school (IB'er/KC)",
      'Expert',
      'Beheerder landelijk register',
    ]);
  });

  it('shows an unknown role as it is, even one named like an object property', () => {
    expect(rolNaam('nieuwe-rol')).toBe('nieuwe-rol');
    expect(rolNaam('constructor')).toBe('constructor');
  });
});

describe('magAanbiedersBeheren', () => {
  it('lets an SWV beheerder and a register-beheerder register aanbieders, nobody else', () => {
    expect(magAanbiedersBeheren(['swv-medewerker', 'swv-beheerder'])).toBe(true);
    expect(magAanbiedersBeheren(['register-beheerder'])).toBe(true);
    expect(magAanbiedersBeheren(['swv-medewerker', 'school-medewerker', 'expert'])).toBe(false);
    expect(magAanbiedersBeheren([])).toBe(false);
  });
});

describe('magFunctiesWijzigen', () => {
  it("lets the SWV beheerder change the functies of a medewerker of the samenwerkingsverband that is not deactivated", () => {
    const medewerker = { rol: 'swv-medewerker', status: 'actief' };
    expect(magFunctiesWijzigen(['swv-beheerder'], medewerker)).toBe(true);
    expect(magFunctiesWijzigen(['swv-beheerder'], { ...medewerker, status: 'wacht-op-activering' })).toBe(true);
    expect(magFunctiesWijzigen(['swv-beheerder'], { ...medewerker, status: 'gedeactiveerd' })).toBe(false);
    // No other role can hold a functie.
    expect(['school-medewerker', 'expert', 'deskundige', 'swv-beheerder'].map((rol) => magFunctiesWijzigen(['swv-beheerder'], { rol, status: 'actief' }))).toEqual([
      false,
      false,
      false,
      false,
    ]);
    // Only the beheerder manages accounts, not the medewerkers themselves nor the platform.
    expect(magFunctiesWijzigen(['swv-medewerker'], medewerker)).toBe(false);
    expect(magFunctiesWijzigen(['platform-beheerder'], medewerker)).toBe(false);
  });
});

describe('leestOrganisaties', () => {
  it("is true for the SWV's own staff and beheerder, not for the national register-beheerder", () => {
    expect(['swv-beheerder', 'swv-medewerker', 'school-medewerker', 'expert'].map((rol) => leestOrganisaties([rol]))).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(leestOrganisaties(['register-beheerder'])).toBe(false);
  });
});

describe('leestAanbieders', () => {
  it('is true for every role in or for an SWV and the register-beheerder, not for the platform-beheerder', () => {
    expect(
      ['swv-beheerder', 'swv-medewerker', 'school-medewerker', 'expert', 'register-beheerder'].map((rol) => leestAanbieders([rol])),
    ).toEqual([true, true, true, true, true]);
    expect(leestAanbieders(['platform-beheerder'])).toBe(false);
  });
});

describe('werktMetArrangementen', () => {
  it('is true for the SWV medewerker, the school and the expert, not for the beheerder', () => {
    expect(['swv-medewerker', 'school-medewerker', 'expert'].map((rol) => werktMetArrangementen([rol]))).toEqual([true, true, true]);
    expect(werktMetArrangementen(['swv-beheerder'])).toBe(false);
    expect(werktMetArrangementen([])).toBe(false);
  });
});

describe('magArrangementAanvragen and magLeerlingenBijwerken', () => {
  it('let the school and the SWV medewerker request and record, not the expert or the beheerder', () => {
    for (const regel of [magArrangementAanvragen, magLeerlingenBijwerken]) {
      expect(regel(['school-medewerker'])).toBe(true);
      expect(regel(['swv-medewerker'])).toBe(true);
      expect(regel(['expert'])).toBe(false);
      expect(regel(['swv-beheerder'])).toBe(false);
    }
  });
});

describe('magOndersteuningsprofielVastleggen', () => {
  it('lets the beheerder record every profile, a school only its own, and nobody else', () => {
    expect(magOndersteuningsprofielVastleggen({ rollen: ['swv-beheerder'], vestigingen: [] }, '12AB00')).toBe(true);
    expect(magOndersteuningsprofielVastleggen({ rollen: ['school-medewerker'], vestigingen: ['12AB00'] }, '12AB00')).toBe(true);
    expect(magOndersteuningsprofielVastleggen({ rollen: ['school-medewerker'], vestigingen: ['12AB00'] }, '34CD01')).toBe(false);
    expect(magOndersteuningsprofielVastleggen({ rollen: ['swv-medewerker', 'expert'], vestigingen: ['12AB00'] }, '12AB00')).toBe(false);
  });
});

describe('toelaatbaarheidsverklaringen', () => {
  const rollen = ['swv-beheerder', 'swv-medewerker', 'school-medewerker', 'expert', 'deskundige', 'register-beheerder', 'platform-beheerder'];
  const wie = (mag: (rollen: readonly string[]) => boolean) => rollen.filter((rol) => mag([rol]));

  it('gives the list to SWV and school staff and the deskundige, and a werkvoorraad to them and the expert', () => {
    expect(wie(werktMetTlvs)).toEqual(['swv-medewerker', 'school-medewerker', 'deskundige']);
    expect(wie(heeftWerkvoorraad)).toEqual(['swv-medewerker', 'school-medewerker', 'expert', 'deskundige']);
  });

  it('lets SWV and school staff request a TLV and open its beschikking, not the deskundige who advises', () => {
    expect(wie(magTlvAanvragen)).toEqual(['swv-medewerker', 'school-medewerker']);
    expect(wie(leestBeschikkingen)).toEqual(['swv-medewerker', 'school-medewerker']);
  });
});

describe('OSO dossiers', () => {
  const rollen = ['swv-beheerder', 'swv-medewerker', 'school-medewerker', 'expert', 'deskundige', 'register-beheerder', 'platform-beheerder'];

  it('lets SWV and school staff deliver and read dossiers, as the API does', () => {
    expect(rollen.map((rol) => magDossiersAanleveren([rol]))).toEqual([false, true, true, false, false, false, false]);
  });

  it('lets only SWV staff open the diagnoses in a dossier', () => {
    expect(rollen.map((rol) => magBeschermdeGegevensOpenen([rol]))).toEqual([false, true, false, false, false, false, false]);
  });
});

describe('leestZaakdocumenten', () => {
  it('shows a case’s documents to SWV staff and experts, to a school only for a case of its own vestigingen', () => {
    expect(leestZaakdocumenten({ rollen: ['swv-medewerker'], vestigingen: [] }, '12AB00')).toBe(true);
    expect(leestZaakdocumenten({ rollen: ['expert'], vestigingen: [] }, '12AB00')).toBe(true);
    expect(leestZaakdocumenten({ rollen: ['school-medewerker'], vestigingen: ['12AB00'] }, '12AB00')).toBe(true);
    // The receiving school of a TLV: it reads the TLV, not the dossier of a pupil of another school.
    expect(leestZaakdocumenten({ rollen: ['school-medewerker'], vestigingen: ['34CD00'] }, '12AB00')).toBe(false);
    expect(leestZaakdocumenten({ rollen: ['deskundige'], vestigingen: [] }, '12AB00')).toBe(false);
    expect(leestZaakdocumenten({ rollen: ['swv-beheerder'], vestigingen: [] }, '12AB00')).toBe(false);
  });

  it('lets only the regionaal procesbegeleider lead besprekingen, and the portfolio functies follow them', () => {
    const procesbegeleider = { rollen: ['swv-medewerker'], functies: ['regionaal-procesbegeleider'] };
    const beleid = { rollen: ['swv-medewerker'], functies: ['beleidsmedewerker'] };
    expect(leidtNetwerkbesprekingen(procesbegeleider)).toBe(true);
    expect(leidtNetwerkbesprekingen(beleid)).toBe(false);
    expect(leidtNetwerkbesprekingen({ rollen: ['swv-medewerker'] })).toBe(false);
    // A functie counts only on top of the role swv-medewerker.
    expect(leidtNetwerkbesprekingen({ rollen: ['swv-beheerder'], functies: ['regionaal-procesbegeleider'] })).toBe(false);
    expect(volgtLokaleNetwerken(procesbegeleider)).toBe(true);
    expect(volgtLokaleNetwerken(beleid)).toBe(true);
    expect(volgtLokaleNetwerken({ rollen: ['swv-medewerker'], functies: ['manager-ondersteuning'] })).toBe(true);
    expect(volgtLokaleNetwerken({ rollen: ['swv-medewerker'], functies: [] })).toBe(false);
  });

  it('shows the tevredenheid answers to the manager ondersteuning only, and the results to the portfolio functies', () => {
    const manager = { rollen: ['swv-medewerker'], functies: ['manager-ondersteuning'] };
    const beleid = { rollen: ['swv-medewerker'], functies: ['beleidsmedewerker'] };
    expect(leestTevredenheidsantwoorden(manager)).toBe(true);
    expect(leestTevredenheidsantwoorden(beleid)).toBe(false);
    expect(leestTevredenheidsuitslag(beleid)).toBe(true);
    expect(leestTevredenheidsuitslag({ rollen: ['swv-medewerker'], functies: ['regionaal-procesbegeleider'] })).toBe(true);
    expect(leestTevredenheidsuitslag({ rollen: ['swv-medewerker'] })).toBe(false);
    expect(leestTevredenheidsuitslag({ rollen: ['school-medewerker'] })).toBe(false);
  });

  it('lets the three portfolio functies draw up the yearly evaluation, and no school or beheerder', () => {
    for (const functie of ['regionaal-procesbegeleider', 'beleidsmedewerker', 'manager-ondersteuning']) {
      expect(evalueertPortfolio({ rollen: ['swv-medewerker'], functies: [functie] })).toBe(true);
    }
    expect(evalueertPortfolio({ rollen: ['swv-medewerker'] })).toBe(false);
    expect(evalueertPortfolio({ rollen: ['swv-beheerder'], functies: ['beleidsmedewerker'] })).toBe(false);
    expect(evalueertPortfolio({ rollen: ['school-medewerker'] })).toBe(false);
  });

  it('shows the middelen to the school and the portfolio functies; only the beleidsmedewerker records grants and projects', () => {
    const beleid = { rollen: ['swv-medewerker'], functies: ['beleidsmedewerker'] };
    const manager = { rollen: ['swv-medewerker'], functies: ['manager-ondersteuning'] };
    const school = { rollen: ['school-medewerker'] };
    expect(werktMetMiddelen(beleid)).toBe(true);
    expect(werktMetMiddelen(manager)).toBe(true);
    expect(werktMetMiddelen(school)).toBe(true);
    expect(werktMetMiddelen({ rollen: ['swv-medewerker'], functies: ['regionaal-procesbegeleider'] })).toBe(false);
    expect(werktMetMiddelen({ rollen: ['swv-medewerker'] })).toBe(false);
    expect(werktMetMiddelen({ rollen: ['expert'] })).toBe(false);
    // A functie counts only on top of the role swv-medewerker.
    expect(werktMetMiddelen({ rollen: ['swv-beheerder'], functies: ['beleidsmedewerker'] })).toBe(false);
    expect(legtMiddelenVast(beleid)).toBe(true);
    expect(legtMiddelenVast(manager)).toBe(false);
    expect(legtMiddelenVast(school)).toBe(false);
  });
});

describe('werktMetInzetWerkvoorraad', () => {
  it('asks the expert inzet lines for the school, the expert and the regionaal procesbegeleider only', () => {
    expect(['school-medewerker', 'expert'].map((rol) => werktMetInzetWerkvoorraad({ rollen: [rol] }))).toEqual([true, true]);
    expect(werktMetInzetWerkvoorraad({ rollen: ['swv-medewerker'], functies: ['regionaal-procesbegeleider'] })).toBe(true);
    // A medewerker without that functie has no such lines, and a functie counts only on top of swv-medewerker.
    expect(werktMetInzetWerkvoorraad({ rollen: ['swv-medewerker'], functies: ['beleidsmedewerker', 'manager-ondersteuning'] })).toBe(false);
    expect(werktMetInzetWerkvoorraad({ rollen: ['swv-beheerder'], functies: ['regionaal-procesbegeleider'] })).toBe(false);
    expect(['deskundige', 'ouder', 'swv-beheerder'].map((rol) => werktMetInzetWerkvoorraad({ rollen: [rol] }))).toEqual([false, false, false]);
  });
});
