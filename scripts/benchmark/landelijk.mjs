// Measures the arrangementen reads and writes at national size (scripts/benchmark-landelijk.sh), with the TLV and OPP
// werkvoorraad and the TLV list of the same medewerker, each at a fixed number of
// connections that keep one request in flight each (closed loop) for DUUR seconds after a warm-up: p50, p99 and
// requests/s, side by side with the target (p99 < 50 ms at c=8 for reads). Reads as the medewerker of PO2001 (20,000
// pupils at national size) and, for the LAS feed, as a koppeling for one of its vestigingen that its beheerder registers
// here; writes as the medewerkers of several samenwerkingsverbanden at once, each a request followed by a decision
// (in behandeling nemen, toekennen). The LAS feed is measured after the writes, from the token of a full sync made at the
// start, so it hands over what changed in its vestiging meanwhile. Asserts nothing.
// Usage: node landelijk.mjs BASE_URL DUUR_S CONNECTIES(comma-separated) SWV…   (the first SWV is the one to read in)
import { randomUUID } from 'node:crypto';
import { accessToken } from './aanmelden.mjs';
import { belast } from './meten.mjs';

const [basis, duurTekst, connectiesTekst, ...swvs] = process.argv.slice(2);
const duurMs = Number(duurTekst) * 1000;
const connecties = connectiesTekst.split(',').map(Number);
const opwarmMs = 2000;
const medewerker = (swv) => `medewerker@${swv.toLowerCase()}.landelijk.passendonderwijs.nl`;
const beheerder = `beheerder@${swvs[0].toLowerCase()}.landelijk.passendonderwijs.nl`;

async function verzoek(token, pad, { methode = 'GET', lichaam, headers = {} } = {}) {
  const antwoord = await fetch(basis + pad, {
    method: methode,
    headers: { Authorization: `Bearer ${token}`, 'Accept-Encoding': 'identity', ...(lichaam && { 'Content-Type': 'application/json' }), ...headers },
    ...(lichaam && { body: JSON.stringify(lichaam) }),
  });
  const tekst = await antwoord.text();
  if (antwoord.status >= 300) throw new Error(`${methode} ${pad}: ${antwoord.status} ${tekst.slice(0, 300)}`);
  return { antwoord, tekst };
}

const volgende = (antwoord) => antwoord.headers.get('link')?.match(/<([^>]+)>;\s*rel="next"/)?.[1];

// --- Set-up: tokens, a deep cursor, a koppeling for the LAS feed, pupils to write for -----------------------------------
const lezer = await accessToken(basis, medewerker(swvs[0]));
let pad = '/api/v1/arrangementen?pageSize=100';
let diepte = 0;
for (; diepte < 100; diepte++) {
  const verder = volgende((await verzoek(lezer, pad)).antwoord);
  if (!verder) break;
  pad = verder;
}
const diepPad = pad;
// The werkvoorraad pages with a cursor too: a page a few pages in, as "Meer laden" reaches it.
let werkPad = '/api/v1/arrangementen/werkvoorraad?pageSize=100';
let werkDiepte = 0;
for (; werkDiepte < 4; werkDiepte++) {
  const verder = volgende((await verzoek(lezer, werkPad)).antwoord);
  if (!verder) break;
  werkPad = verder;
}
const werkTotaal = JSON.parse((await verzoek(lezer, '/api/v1/arrangementen/werkvoorraad?pageSize=1')).tekst).totaal;
const eerste = JSON.parse((await verzoek(lezer, '/api/v1/arrangementen?pageSize=1')).tekst).arrangementen[0];
const filterPad = `/api/v1/arrangementen?status=actief&vestiging=${eerste.vestiging}&pageSize=100`;

const beheer = await accessToken(basis, beheerder);
const koppeling = JSON.parse((await verzoek(beheer, '/api/v1/koppelingen', {
  methode: 'POST',
  lichaam: { naam: `Benchmark-LAS ${new Date().toISOString()}`, scopes: ['arrangementen.lezen'], vestigingen: [eerste.vestiging] },
})).tekst);
const las = await (await fetch(`${basis}/connect/token`, {
  method: 'POST',
  headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
  body: new URLSearchParams({
    grant_type: 'client_credentials', scope: 'arrangementen.lezen', client_id: koppeling.koppeling.clientId, client_secret: koppeling.clientSecret,
  }),
})).json();
if (!las.access_token) throw new Error(`Geen token voor de koppeling: ${JSON.stringify(las)}`);
// The LAS's first full sync (its vestiging's arrangementen, page by page); the last page carries the feed's token.
let lasPad = '/api/v1/arrangementen?pageSize=100';
let lasPaginas = 0;
let feedToken;
while (lasPad) {
  const { antwoord, tekst } = await verzoek(las.access_token, lasPad);
  lasPaginas++;
  feedToken = JSON.parse(tekst).wijzigingenToken ?? feedToken;
  lasPad = volgende(antwoord);
}
if (!feedToken) throw new Error('De laatste pagina van de LAS draagt geen wijzigingenToken.');

const schrijvers = [];
for (const swv of swvs) {
  const token = await accessToken(basis, medewerker(swv));
  const { leerlingen } = JSON.parse((await verzoek(token, '/api/v1/leerlingen/zoekopdrachten', { methode: 'POST', lichaam: { pageSize: 100 } })).tekst);
  schrijvers.push({ swv, token, leerlingen: leerlingen.map((l) => l.id) });
}

const vandaag = new Date().toISOString().slice(0, 10);
const overJaar = `${new Date().getFullYear() + 1}-07-15`;

/** One request and its decision, in the samenwerkingsverband of this loop: three writes. */
async function aanvraagEnBesluit(lus, n) {
  const { swv, token, leerlingen } = schrijvers[lus % schrijvers.length];
  const aangevraagd = await verzoek(token, '/api/v1/arrangementen', {
    methode: 'POST',
    headers: { 'Idempotency-Key': randomUUID() },
    lichaam: {
      leerlingId: leerlingen[n % leerlingen.length], soort: 'onderwijsarrangement',
      inhoud: { aandachtEnTijd: 'Twee keer per week een half uur extra instructie.' },
      doelen: ['De leerling leest op het niveau van de groep.'], ingangsdatum: vandaag, einddatum: overJaar, uren: 40,
      uitvoerder: { soort: 'school', naam: 'Eigen school' }, bekostiger: 'swv', toelichting: 'De basisondersteuning is niet genoeg gebleken.',
    },
  });
  const id = JSON.parse(aangevraagd.tekst).id;
  const inBehandeling = await verzoek(token, `/api/v1/arrangementen/${id}/behandeling`, {
    methode: 'POST', headers: { 'If-Match': aangevraagd.antwoord.headers.get('etag') },
  });
  await verzoek(token, `/api/v1/arrangementen/${id}/toekenning`, {
    methode: 'POST', headers: { 'If-Match': inBehandeling.antwoord.headers.get('etag') },
    lichaam: { beschikkingsnummer: `${swv}-BENCH-${randomUUID().slice(0, 18)}`, besluitdatum: vandaag, motivering: 'Past bij de onderwijsbehoeften.' },
  });
}

const reeksen = [
  ['werkvoorraad, 1e pagina (25)', true, () => verzoek(lezer, '/api/v1/arrangementen/werkvoorraad')],
  [`werkvoorraad, pagina ${werkDiepte + 1} (100)`, true, () => verzoek(lezer, werkPad)],
  ['lijst, 1e pagina (100)', true, () => verzoek(lezer, '/api/v1/arrangementen?pageSize=100')],
  [`lijst, pagina ${diepte + 1} (100)`, true, () => verzoek(lezer, diepPad)],
  ['lijst, actief + vestiging (100)', true, () => verzoek(lezer, filterPad)],
  // The SPA's list asks the overview (the columns it shows, no history, evaluations or besluit): beside the full list it
  // shows what a smaller list item costs (issue 17's open question).
  ['overzicht, 1e pagina (100)', true, () => verzoek(lezer, '/api/v1/arrangementen/overzicht?pageSize=100')],
  ['overzicht, actief + vestiging (100)', true, () => verzoek(lezer, filterPad.replace('/arrangementen?', '/arrangementen/overzicht?'))],
  // The TLV and OPP werkvoorraad of the same medewerker, paged like the arrangementen's: Mijn werkvoorraad asks all three.
  ['TLV-werkvoorraad, 1e pagina (25)', true, () => verzoek(lezer, '/api/v1/toelaatbaarheidsverklaringen/werkvoorraad')],
  ['OPP-werkvoorraad, 1e pagina (25)', true, () => verzoek(lezer, '/api/v1/ontwikkelingsperspectiefplannen/werkvoorraad')],
  ['TLV-lijst, 1e pagina (100)', true, () => verzoek(lezer, '/api/v1/toelaatbaarheidsverklaringen?pageSize=100')],
  ['leerlingen zoeken "de vries" (10)', true, () => verzoek(lezer, '/api/v1/leerlingen/zoekopdrachten', { methode: 'POST', lichaam: { naam: 'de vries', pageSize: 10 } })],
  ['LAS: lijst 1 vestiging, 1e pagina (100)', true, () => verzoek(las.access_token, '/api/v1/arrangementen?pageSize=100')],
  [`schrijven: aanvraag+besluit, ${swvs.length} SWV's`, false, aanvraagEnBesluit],
  // After the writes, so the feed has the changes made in the meantime to hand over (those in its vestiging).
  ['LAS-feed vanaf token na volledige sync', true, () => verzoek(las.access_token, `/api/v1/arrangementen/wijzigingen?pageSize=100&token=${encodeURIComponent(feedToken)}`)],
];

console.log(`\nLezen als ${medewerker(swvs[0])}; werkvoorraad: ${werkTotaal} regels; diepe pagina = pagina ${diepte + 1}; filter: ${filterPad}; LAS-koppeling ${koppeling.koppeling.clientId} voor ${eerste.vestiging} (volledige sync: ${lasPaginas} pagina's)`);
console.log(`${duurMs / 1000} s per meting na ${opwarmMs / 1000} s opwarmen; tijden in ms; doel: p99 < 50 ms bij c=8 voor het lezen`);
const kop = ['verzoek'.padEnd(40), ...connecties.flatMap((c) => [`p50 c=${c}`.padStart(11), `p99 c=${c}`.padStart(11), `per s c=${c}`.padStart(12)]), 'doel c=8'.padStart(10), 'fouten'.padStart(7)];
console.log(kop.join(' '));
for (const [naam, lezen, stap] of reeksen) {
  const uitkomsten = [];
  for (const c of connecties) uitkomsten.push(await belast(c, stap, { duurMs, opwarmMs }));
  const acht = uitkomsten[connecties.indexOf(8)];
  const doel = lezen && acht ? (acht.p99 < 50 ? 'gehaald' : 'niet') : '';
  const f = (w) => (w === undefined ? '-' : w.toFixed(1));
  console.log([
    naam.padEnd(40),
    ...uitkomsten.flatMap((u) => [f(u.p50).padStart(11), f(u.p99).padStart(11), u.perSeconde.toFixed(1).padStart(12)]),
    doel.padStart(10), String(uitkomsten.reduce((s, u) => s + u.fouten, 0)).padStart(7),
  ].join(' '));
  for (const u of uitkomsten) if (u.eersteFout) console.log(`   eerste fout: ${u.eersteFout}`);
}
console.log('Schrijven: per s telt aanvraag+besluit (drie verzoeken: aanvraag, in behandeling, toekenning); p50/p99 gelden voor zo\'n drietal.');
