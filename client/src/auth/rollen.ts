// A Map, not an object literal: a role named like an Object.prototype key must not find a function.
const ROL_NAMEN = new Map<string, string>([
  ['swv-beheerder', 'Beheerder samenwerkingsverband'],
  ['swv-medewerker', 'Medewerker samenwerkingsverband'],
  ['school-medewerker', "Medewerker school (IB'er/KC)"],
  ['expert', 'Expert'],
  ['deskundige', 'Deskundige (advies toelaatbaarheid)'],
  ['register-beheerder', 'Beheerder landelijk register'],
  ['platform-beheerder', 'Beheerder platform'],
  ['ouder', 'Ouder of verzorger'],
]);

/** The Dutch name of a role claim; a role the SPA does not know yet shows as it is. */
export function rolNaam(rol: string): string {
  return ROL_NAMEN.get(rol) ?? rol;
}

export const SWV_BEHEERDER = 'swv-beheerder';

/** Manages the accounts, koppelingen and audit log of their own samenwerkingsverband. */
export function beheertSamenwerkingsverband(rollen: readonly string[]): boolean {
  return rollen.includes(SWV_BEHEERDER);
}

/** National: manages every entry of the register of aanbieders, and sees nothing of any SWV (no pupils, no schools). */
export const REGISTER_BEHEERDER = 'register-beheerder';

/**
 * Who may register new onderwijsbegeleidingsaanbieders: an SWV beheerder (their SWV becomes the owner) or a
 * register-beheerder (a national entry). Whether one may change an existing aanbieder depends on its owner: the
 * API says so per aanbieder in `magWijzigen`, and the SPA follows that instead of guessing from the role.
 */
export function magAanbiedersBeheren(rollen: readonly string[]): boolean {
  return rollen.includes(SWV_BEHEERDER) || rollen.includes(REGISTER_BEHEERDER);
}

/** Runs the installation: the samenwerkingsverbanden as tenants. Belongs to no SWV and sees none of their data. */
export const PLATFORM_BEHEERDER = 'platform-beheerder';

export function beheertPlatform(rollen: readonly string[]): boolean {
  return rollen.includes(PLATFORM_BEHEERDER);
}

export const SWV_MEDEWERKER = 'swv-medewerker';
export const SCHOOL_MEDEWERKER = 'school-medewerker';
export const EXPERT = 'expert';
export const DESKUNDIGE = 'deskundige';

/**
 * Whether the signed-in person may change the functies of `account`: the SWV beheerder, for a medewerker of the
 * samenwerkingsverband (no other role can hold one; the API answers 400). Not for a deactivated account: that person
 * cannot sign in, so a functie would open nothing, and the screen offers no other change of it either.
 */
export function magFunctiesWijzigen(rollen: readonly string[], account: { rol: string; status: string }): boolean {
  return rollen.includes(SWV_BEHEERDER) && account.rol === SWV_MEDEWERKER && account.status !== 'gedeactiveerd';
}

/** Who keeps the register of deskundigen (TLV advisers): the SWV's medewerkers and its beheerder. */
export function beheertDeskundigen(rollen: readonly string[]): boolean {
  return heeftEen(rollen, [SWV_MEDEWERKER, SWV_BEHEERDER]);
}

/** Who reads the expertboek (no pupil data): the SWV's people and its experts; schools see only the offer per regio. */
export function leestExpertboek(rollen: readonly string[]): boolean {
  return heeftEen(rollen, [SWV_BEHEERDER, SWV_MEDEWERKER, EXPERT]);
}

/** Who reads the regional portfolio's offer per regio: the SWV's people, its experts and the schools. */
export function leestPortfolio(rollen: readonly string[]): boolean {
  return heeftEen(rollen, [SWV_BEHEERDER, SWV_MEDEWERKER, SCHOOL_MEDEWERKER, EXPERT]);
}

type MetFuncties = { rollen: readonly string[]; functies?: readonly string[] };

/** A functie counts only on top of the role swv-medewerker, as the API decides. */
const heeftFunctie = (gebruiker: MetFuncties, gezocht: readonly string[]) =>
  gebruiker.rollen.includes(SWV_MEDEWERKER) && (gebruiker.functies ?? []).some((f) => gezocht.includes(f));

/** The beleidsmedewerker and the manager ondersteuning keep the expertboek and the offer per regio. */
export function houdtPortfolioBij(gebruiker: MetFuncties): boolean {
  return heeftFunctie(gebruiker, ['beleidsmedewerker', 'manager-ondersteuning']);
}

/** The regionaal procesbegeleider plans the besprekingen of the lokale netwerken and records each case's outcome. */
export function leidtNetwerkbesprekingen(gebruiker: MetFuncties): boolean {
  return heeftFunctie(gebruiker, ['regionaal-procesbegeleider']);
}

/** Only the manager ondersteuning reads the individual answers of the tevredenheidsonderzoeken. */
export function leestTevredenheidsantwoorden(gebruiker: MetFuncties): boolean {
  return heeftFunctie(gebruiker, ['manager-ondersteuning']);
}

/** The three functies that carry the regional portfolio: they follow its netwerken, results and yearly evaluation. */
const PORTFOLIOFUNCTIES = ['regionaal-procesbegeleider', 'beleidsmedewerker', 'manager-ondersteuning'] as const;

/** Who reads the tevredenheid results per expert, expertisegebied and regio: the portfolio's functies. */
export function leestTevredenheidsuitslag(gebruiker: MetFuncties): boolean {
  return heeftFunctie(gebruiker, PORTFOLIOFUNCTIES);
}

/** Who sees the lokale netwerken's besprekingen and cases on the SWV's side: the procesbegeleider and the portfolio's keepers. */
export function volgtLokaleNetwerken(gebruiker: MetFuncties): boolean {
  return heeftFunctie(gebruiker, PORTFOLIOFUNCTIES);
}

/** Who draws up the yearly evaluation of a regio's portfolio for the regional board: the portfolio's functies. */
export function evalueertPortfolio(gebruiker: MetFuncties): boolean {
  return heeftFunctie(gebruiker, PORTFOLIOFUNCTIES);
}

/**
 * Who sees the middelen extra ondersteuning and the samenwerkingsprojecten in the menu: the portfolio's keepers on
 * the SWV's side, and the school-medewerkers, who write the verantwoording of their bestuur's grant.
 */
export function werktMetMiddelen(gebruiker: MetFuncties): boolean {
  return gebruiker.rollen.includes(SCHOOL_MEDEWERKER) || heeftFunctie(gebruiker, ['beleidsmedewerker', 'manager-ondersteuning']);
}

/**
 * The beleidsmedewerker records and changes grants and projects (the API refuses others with 403). A grant carries no
 * steps of its own; a verantwoording's steps come from its toegestaneStappen.
 */
/** Who enters the leerlingaantallen and reads the deelnamepercentage: the bureau's beleidsinformatie functies. */
export function werktMetBeleidsinformatie(gebruiker: MetFuncties): boolean {
  return heeftFunctie(gebruiker, ['beleidsmedewerker', 'manager-ondersteuning']);
}

export function legtMiddelenVast(gebruiker: MetFuncties): boolean {
  return heeftFunctie(gebruiker, ['beleidsmedewerker']);
}

const heeftEen = (rollen: readonly string[], gezocht: readonly string[]) => rollen.some((rol) => gezocht.includes(rol));

/** Who works with pupils and arrangementen (and has a werkvoorraad); a beheerder manages reference data only. */
export function werktMetArrangementen(rollen: readonly string[]): boolean {
  return heeftEen(rollen, [SWV_MEDEWERKER, SCHOOL_MEDEWERKER, EXPERT]);
}

/** Who reads an SWV's own organisations (schools): its staff and beheerder, not the national register-beheerder. */
export function leestOrganisaties(rollen: readonly string[]): boolean {
  return heeftEen(rollen, [SWV_BEHEERDER, SWV_MEDEWERKER, SCHOOL_MEDEWERKER, EXPERT]);
}

/**
 * Who reads the register of aanbieders: everyone who works in or for an SWV, and the register-beheerder. The
 * platform-beheerder runs the installation only and does not (the API answers 403).
 */
export function leestAanbieders(rollen: readonly string[]): boolean {
  return heeftEen(rollen, [SWV_BEHEERDER, SWV_MEDEWERKER, SCHOOL_MEDEWERKER, EXPERT, REGISTER_BEHEERDER]);
}

/** Who has the search box (pupils, arrangementen, aanbieders): SWV and school staff, experts, and the beheerder (aanbieders only). */
export function magZoeken(rollen: readonly string[]): boolean {
  return heeftEen(rollen, [SWV_BEHEERDER, SWV_MEDEWERKER, SCHOOL_MEDEWERKER, EXPERT]);
}

/** Who may request an arrangement and register pupils: the school, or the SWV on its behalf. */
export function magArrangementAanvragen(rollen: readonly string[]): boolean {
  return heeftEen(rollen, [SWV_MEDEWERKER, SCHOOL_MEDEWERKER]);
}

/** Who may record a pupil's ondersteuningsbehoeften. */
/** "Wat past?": SWV staff and the pupil's own school (the API shows a school only its own pupils). */
export function magZoekenWatPast(rollen: readonly string[]): boolean {
  return heeftEen(rollen, [SWV_MEDEWERKER, SCHOOL_MEDEWERKER]);
}

export function magLeerlingenBijwerken(rollen: readonly string[]): boolean {
  return heeftEen(rollen, [SWV_MEDEWERKER, SCHOOL_MEDEWERKER]);
}

/** Who may record the cluster (1 or 2) of an SO/VSO school: the beheerder of the samenwerkingsverband. */
export function magClusterVastleggen(rollen: readonly string[]): boolean {
  return rollen.includes(SWV_BEHEERDER);
}

/** Who may record a school's ondersteuningsprofiel: the beheerder for every school, a school for its own vestigingen. */
export function magOndersteuningsprofielVastleggen(gebruiker: { rollen: readonly string[]; vestigingen: readonly string[] }, vestiging: string): boolean {
  if (gebruiker.rollen.includes(SWV_BEHEERDER)) return true;
  return gebruiker.rollen.includes(SCHOOL_MEDEWERKER) && gebruiker.vestigingen.includes(vestiging);
}

/** Who decides which experts may see a pupil (need to know): SWV staff, not the beheerder (who reads no pupil data). */
export function magBetrokkenenBeheren(rollen: readonly string[]): boolean {
  return rollen.includes(SWV_MEDEWERKER);
}

/** Who may export a list of pupils or arrangementen to a file: SWV staff only, as the API allows. */
export function magLeerlingenExporteren(rollen: readonly string[]): boolean {
  return rollen.includes(SWV_MEDEWERKER);
}

/**
 * Who works with toelaatbaarheidsverklaringen (the list and a werkvoorraad): SWV and school staff, and the deskundige
 * (only the TLV's they were asked to advise on; the API selects them).
 */
export function werktMetTlvs(rollen: readonly string[]): boolean {
  return heeftEen(rollen, [SWV_MEDEWERKER, SCHOOL_MEDEWERKER, DESKUNDIGE]);
}

/** Who may request a TLV for a pupil: the pupil's school, or the SWV on its behalf. */
export function magTlvAanvragen(rollen: readonly string[]): boolean {
  return heeftEen(rollen, [SWV_MEDEWERKER, SCHOOL_MEDEWERKER]);
}

/** Who may open the beschikking (PDF) of a TLV: SWV and school staff; the deskundige advises but gets no beschikking. */
export function leestBeschikkingen(rollen: readonly string[]): boolean {
  return heeftEen(rollen, [SWV_MEDEWERKER, SCHOOL_MEDEWERKER]);
}

/** Who has "Mijn werkvoorraad": who works with arrangementen or TLV's (a deskundige for the advices asked of them). */
export function heeftWerkvoorraad(rollen: readonly string[]): boolean {
  return werktMetArrangementen(rollen) || werktMetTlvs(rollen);
}

/**
 * Who reads OPP's (the list on the pupil page): the school its own pupils'; SWV staff and experts only those of pupils
 * with an arrangement or a TLV (the API selects them).
 */
export function leestOpps(rollen: readonly string[]): boolean {
  return heeftEen(rollen, [SWV_MEDEWERKER, SCHOOL_MEDEWERKER, EXPERT]);
}

/** Who has OPP lines in "Mijn werkvoorraad": the school (every step) and SWV staff ("OPP ontbreekt"). */
export function werktMetOppWerkvoorraad(rollen: readonly string[]): boolean {
  return heeftEen(rollen, [SWV_MEDEWERKER, SCHOOL_MEDEWERKER]);
}

/**
 * Who has expert inzet lines in "Mijn werkvoorraad": the school (the plan van aanpak, the tevredenheidsonderzoek), the
 * expert (the cycle of their own inzetten) and the regionaal procesbegeleider (linking an expert), as the API allows.
 */
export function werktMetInzetWerkvoorraad(gebruiker: MetFuncties): boolean {
  return heeftEen(gebruiker.rollen, [SCHOOL_MEDEWERKER, EXPERT]) || heeftFunctie(gebruiker, ['regionaal-procesbegeleider']);
}

/** Who starts and writes an OPP: the pupil's school only. */
export function magOppStarten(rollen: readonly string[]): boolean {
  return rollen.includes(SCHOOL_MEDEWERKER);
}

/** Who works with aanmeldingen (the list and a werkvoorraad): the school decides, the SWV watches the zorgplicht. */
export function werktMetAanmeldingen(rollen: readonly string[]): boolean {
  return heeftEen(rollen, [SWV_MEDEWERKER, SCHOOL_MEDEWERKER]);
}

/** Who registers aanmeldingen and takes their steps (the school where the pupil was aangemeld); the SWV watches. */
export function behandeltAanmeldingen(rollen: readonly string[]): boolean {
  return rollen.includes(SCHOOL_MEDEWERKER);
}

/** Who reads a pupil's documents: whoever sees the pupil (an expert while involved; the API decides). */
export function leestDocumenten(rollen: readonly string[]): boolean {
  return heeftEen(rollen, [SWV_MEDEWERKER, SCHOOL_MEDEWERKER, EXPERT]);
}

/**
 * Who sees the documents on the page of a case (arrangement, TLV or OPP) of `vestiging`: who reads documents, a school
 * only for a case of its own vestigingen. The receiving school of a TLV reads the TLV but not the pupil's dossier.
 */
export function leestZaakdocumenten(gebruiker: { rollen: readonly string[]; vestigingen: readonly string[] }, vestiging: string): boolean {
  if (heeftEen(gebruiker.rollen, [SWV_MEDEWERKER, EXPERT])) return true;
  return gebruiker.rollen.includes(SCHOOL_MEDEWERKER) && gebruiker.vestigingen.includes(vestiging);
}

/** Who adds documents to a pupil's dossier: the pupil's school and SWV staff. */
export function magDocumentenToevoegen(rollen: readonly string[]): boolean {
  return heeftEen(rollen, [SWV_MEDEWERKER, SCHOOL_MEDEWERKER]);
}

/** Who may deliver a pupil's OSO dossier through the SPA: the school, or the SWV on its behalf (as the API allows). */
export function magDossiersAanleveren(rollen: readonly string[]): boolean {
  return heeftEen(rollen, [SWV_MEDEWERKER, SCHOOL_MEDEWERKER]);
}

/** Who may open the diagnoses and medication in a dossier (bijzondere persoonsgegevens): SWV staff only. */
export function magBeschermdeGegevensOpenen(rollen: readonly string[]): boolean {
  return rollen.includes(SWV_MEDEWERKER);
}

/** Everyone who works in a samenwerkingsverband has a notification centre (the bell); the national roles do not. */
export function heeftMeldingen(rollen: readonly string[]): boolean {
  return ['swv-beheerder', 'swv-medewerker', 'school-medewerker', 'expert', 'deskundige'].some((rol) => rollen.includes(rol));
}

export const OUDER = 'ouder';

/** An ouder or verzorger: sees the parent portal (their own children) and nothing else of the SPA. */
export function isOuder(rollen: readonly string[]): boolean {
  return rollen.includes(OUDER);
}

/** Who invites a pupil's ouders and ends their link: the pupil's school (the API allows its own vestigingen only). */
export function magOudersUitnodigen(rollen: readonly string[]): boolean {
  return rollen.includes(SCHOOL_MEDEWERKER);
}

/** Who sees a pupil's ouders: the school and SWV staff. */
export function leestOuders(rollen: readonly string[]): boolean {
  return heeftEen(rollen, [SCHOOL_MEDEWERKER, SWV_MEDEWERKER]);
}

/** Who sees the thuiszitters register: SWV staff the whole register, a school the entries of its own vestigingen. */
export function werktMetThuiszitters(rollen: readonly string[]): boolean {
  return heeftEen(rollen, [SWV_MEDEWERKER, SCHOOL_MEDEWERKER]);
}

/** Who manages the register (plan, return, end), has its werkvoorraad and reads the count: SWV staff. */
export function beheertThuiszitters(rollen: readonly string[]): boolean {
  return rollen.includes(SWV_MEDEWERKER);
}
