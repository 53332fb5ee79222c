// How the beheerder's screens name roles, scopes, audit actions and resource kinds: labels, never codes.
import type { Scope } from './api/koppelingen';
import type { Functie, Rol } from './api/gebruikers';
import { rolNaam } from './auth/rollen';

/** The roles an SWV beheerder may give, in the order of the choice; the API refuses the national ones (403). */
export const TOEKENBARE_ROLLEN: readonly { waarde: Rol; label: string }[] = (
  ['school-medewerker', 'swv-medewerker', 'expert', 'deskundige', 'swv-beheerder'] as const
).map((waarde) => ({ waarde, label: rolNaam(waarde) }));

/** The functies a medewerker of the samenwerkingsverband can hold, with what each opens, in plain words. */
export const FUNCTIES: readonly { waarde: Functie; label: string; uitleg: string }[] = [
  { waarde: 'regionaal-procesbegeleider', label: 'Regionaal procesbegeleider', uitleg: 'leidt de besprekingen van de lokale netwerken en koppelt een expert aan de school' },
  { waarde: 'beleidsmedewerker', label: 'Beleidsmedewerker', uitleg: 'houdt het expertboek, het aanbod per regio, de middelen en de projecten bij' },
  { waarde: 'manager-ondersteuning', label: 'Manager ondersteuning', uitleg: 'als beleidsmedewerker, en leest als enige de losse antwoorden van tevredenheidsonderzoeken' },
];

/** "regionaal procesbegeleider, beleidsmedewerker en manager ondersteuning", in the order of FUNCTIES; empty without functies. */
export function functieNamen(functies: readonly Functie[] | undefined): string {
  const labels = FUNCTIES.filter((f) => functies?.includes(f.waarde)).map((f) => f.label.toLowerCase());
  return labels.length > 1 ? `${labels.slice(0, -1).join(', ')} en ${labels.at(-1)}` : (labels[0] ?? '');
}

/** ", regionaal procesbegeleider" after the role in a table of accounts; empty without functies. */
export function functieTekst(functies: readonly Functie[] | undefined): string {
  const namen = functieNamen(functies);
  return namen === '' ? '' : `, ${namen}`;
}

const SCOPES = new Map<Scope, { label: string; uitleg: string }>([
  ['aanbieders.lezen', { label: 'Aanbieders lezen', uitleg: 'het register van onderwijsbegeleidingsaanbieders' }],
  ['arrangementen.lezen', { label: 'Arrangementen lezen', uitleg: 'de arrangementen van leerlingen van de gekozen scholen' }],
  ['arrangementen.schrijven', { label: 'Arrangementen schrijven', uitleg: 'arrangementen aanvragen en bijwerken voor de gekozen scholen' }],
  ['leerlingen.lezen', { label: 'Leerlingen lezen', uitleg: 'de leerlingen van de gekozen scholen' }],
  [
    'leerlingen.koppelen',
    { label: 'Leerlingsleutels van het LAS vastleggen', uitleg: 'het eigen leerlingnummer van het LAS bij leerlingen van de gekozen scholen zetten' },
  ],
  ['tlv.lezen', { label: 'Toelaatbaarheidsverklaringen lezen', uitleg: 'de toelaatbaarheidsverklaringen die de gekozen scholen aanvroegen of ontvangen' }],
  ['opp.lezen', { label: "OPP's lezen voor ROD", uitleg: "van de OPP's van de gekozen scholen alleen de begin- en einddatum voor ROD, nooit de inhoud" }],
  ['opp.registreren', { label: "ROD-registratie van OPP's bevestigen", uitleg: "bevestigen dat de begin- of einddatum van een OPP van de gekozen scholen in ROD staat" }],
  ['dossiers.aanleveren', { label: 'OSO-dossiers aanleveren', uitleg: 'het OSO-overdrachtsdossier van leerlingen van de gekozen scholen aan het samenwerkingsverband geven' }],
  ['leerlingaantallen.aanleveren', { label: 'Leerlingaantallen aanleveren', uitleg: 'het aantal leerlingen van de gekozen scholen op de teldatum (1 oktober) doorgeven, voor het deelnamepercentage' }],
  ['notificaties.lezen', { label: 'Notificaties lezen', uitleg: 'welke arrangementen, TLV\'s en OPP\'s van de gekozen scholen veranderden, zonder leerlinggegevens' }],
  ['webhooks.beheren', { label: 'Eigen webhooks beheren', uitleg: 'zelf webhook-abonnementen van deze koppeling maken, wijzigen, roteren en beëindigen, en het afleverlog lezen' }],
]);

export const SCOPE_KEUZES: readonly { waarde: Scope; label: string; uitleg: string }[] = [...SCOPES].map(([waarde, tekst]) => ({
  waarde,
  ...tekst,
}));

/** "Aanbieders lezen"; a scope the SPA does not know yet shows as it is. */
export function scopeTekst(scope: string): string {
  return SCOPES.get(scope as Scope)?.label ?? scope;
}

/** How a koppeling proves who it is. */
export function authenticatieTekst(authenticatie: string): string {
  if (authenticatie === 'private_key_jwt') return 'Publieke sleutel (JWKS)';
  if (authenticatie === 'client_secret_basic') return 'Geheim (client secret)';
  return authenticatie;
}

const ACTIES = new Map([
  ['lezen', 'Gelezen'],
  ['aanmaken', 'Aangemaakt'],
  ['wijzigen', 'Gewijzigd'],
  ['verwijderen', 'Verwijderd'],
  ['exporteren', 'Geëxporteerd'],
  ['weigeren', 'Geweigerd'],
]);

export function auditActieTekst(actie: string): string {
  return ACTIES.get(actie) ?? actie;
}

/** The resource kinds of the audit log that a beheerder filters on, with their Dutch names. */
export const RESOURCE_SOORTEN: readonly { waarde: string; label: string }[] = [
  { waarde: 'gebruiker', label: 'Account' },
  { waarde: 'koppeling', label: 'Koppeling' },
  { waarde: 'auditlog', label: 'Auditlog' },
  { waarde: 'leerling', label: 'Leerling' },
  { waarde: 'arrangement', label: 'Arrangement' },
  { waarde: 'betrokkene', label: 'Betrokken expert' },
  { waarde: 'zoekopdracht', label: 'Zoekopdracht' },
  { waarde: 'school', label: 'School' },
  { waarde: 'schoolbestuur', label: 'Schoolbestuur' },
  { waarde: 'samenwerkingsverband', label: 'Samenwerkingsverband' },
  { waarde: 'organisatie-import', label: 'Import van organisaties' },
  { waarde: 'beleidsinstellingen', label: 'Beleidsinstellingen' },
  { waarde: 'aanbieder', label: 'Aanbieder' },
  { waarde: 'deskundige', label: 'Deskundige' },
];

// Besides the kinds a samenwerkingsverband filters on, the ones that only the platform's log holds.
const RESOURCE_NAMEN = new Map(
  [...RESOURCE_SOORTEN, { waarde: 'expertise-waardelijst', label: 'Lijst van expertises' }, { waarde: 'swv-logo', label: 'Logo' }].map(
    ({ waarde, label }) => [waarde, label],
  ),
);

export function resourceSoortTekst(soort: string): string {
  return RESOURCE_NAMEN.get(soort) ?? soort;
}

/** Who acted: a person by name, a koppeling by its client id, whoever else by kind. */
export function actorTekst(regel: { actorSoort: string; actor: string; actorNaam?: string | null }): string {
  if (regel.actorNaam) return regel.actorNaam;
  if (regel.actorSoort === 'client') return `Koppeling ${regel.actor}`;
  return regel.actor;
}

/** The JWKS as JSON, or why it is none; an empty field is a missing key, which the API reports. */
export function leesJwks(tekst: string): { jwks: unknown } | { fout: string } {
  if (tekst.trim() === '') return { jwks: null };
  try {
    return { jwks: JSON.parse(tekst) as unknown };
  } catch {
    return { fout: 'De publieke sleutels zijn geen geldige JSON. Plak de hele JWKS, van { tot en met }.' };
  }
}
