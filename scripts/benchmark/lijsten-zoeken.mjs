// Measures the list searches of the SPA at the size of a real samenwerkingsverband: Scholen searched, filtered and
// sorted, and the pupil picker's searches by name and by date of birth, as the demo SWV medewerker (signed in as the
// SPA does). Per search a warm-up, then sequential requests; prints p50/p95/max against the limit, side by side.
// Usage: node lijsten-zoeken.mjs BASE_URL AANTAL_METINGEN GRENS_MS EMAIL
import { accessToken } from './aanmelden.mjs';
import { percentiel } from './meten.mjs';

const [basis, aantalTekst, grensTekst, email] = process.argv.slice(2);
const metingen = Number(aantalTekst);
const grens = Number(grensTekst);
const opwarmen = 5;

/** A GET, or with `zoekvraag` a POST of it as JSON: a pupil search never puts a name or a date of birth in the URL. */
async function meet(token, pad, zoekvraag) {
  const verzoek = {
    method: zoekvraag ? 'POST' : 'GET',
    headers: { Authorization: `Bearer ${token}`, 'Accept-Encoding': 'identity', ...(zoekvraag && { 'Content-Type': 'application/json' }) },
    ...(zoekvraag && { body: JSON.stringify(zoekvraag) }),
  };
  const haal = async () => {
    const start = performance.now();
    const antwoord = await fetch(basis + pad, verzoek);
    const tekst = await antwoord.text();
    const ms = performance.now() - start;
    if (antwoord.status !== 200) throw new Error(`${pad}: ${antwoord.status} ${tekst.slice(0, 300)}`);
    return { ms, lichaam: JSON.parse(tekst) };
  };
  for (let i = 0; i < opwarmen; i++) await haal();
  const tijden = [];
  let laatste;
  for (let i = 0; i < metingen; i++) {
    laatste = await haal();
    tijden.push(laatste.ms);
  }
  // A list has its rows and totaal at the top; the one search box per kind (its pupils are counted here).
  const { scholen, leerlingen, totaal } = laatste.lichaam;
  const lijst = scholen ?? leerlingen?.resultaten ?? leerlingen;
  return { p50: percentiel(tijden, 50), p95: percentiel(tijden, 95), max: Math.max(...tijden), getoond: lijst.length, totaal: totaal ?? leerlingen?.totaal };
}

const reeksen = [
  ['scholen, eerste pagina (50)', '/api/v1/scholen'],
  ['scholen, zoek "regenboog"', '/api/v1/scholen?zoek=regenboog'],
  ['scholen, BRIN 90AB', '/api/v1/scholen?zoek=90AB'],
  ['scholen, SBO in Noord, -vestiging', '/api/v1/scholen?soort=SBO&regio=Noord&sorteer=-vestiging'],
  ['scholen, alle (500)', '/api/v1/scholen?pageSize=500'],
  ['leerlingen, naam "sa" (10)', '/api/v1/leerlingen/zoekopdrachten', { pageSize: 10, naam: 'sa' }],
  ['leerlingen, naam "de vries" (10)', '/api/v1/leerlingen/zoekopdrachten', { pageSize: 10, naam: 'de vries' }],
  ['leerlingen, geboortedatum (10)', '/api/v1/leerlingen/zoekopdrachten', { pageSize: 10, geboortedatum: `${new Date().getFullYear() - 8}-03-14` }],
  ['zoekvak, "de vries" (alle soorten)', '/api/v1/zoekopdrachten', { zoekterm: 'de vries' }],
];

const token = await accessToken(basis, email);
console.log(`\n${metingen} sequentiële verzoeken per regel na ${opwarmen} om op te warmen, als ${email.split('@')[0]}; tijden in ms`);
console.log(`${'zoekvraag'.padEnd(36)} ${'p50'.padStart(8)} ${'p95'.padStart(8)} ${'max'.padStart(8)} ${'grens'.padStart(7)} ${'getoond'.padStart(8)} ${'totaal'.padStart(7)}  oordeel`);
for (const [naam, pad, zoekvraag] of reeksen) {
  const r = await meet(token, pad, zoekvraag);
  const oordeel = r.p95 < grens ? 'binnen de grens' : 'BOVEN DE GRENS';
  console.log(
    `${naam.padEnd(36)} ${r.p50.toFixed(1).padStart(8)} ${r.p95.toFixed(1).padStart(8)} ${r.max.toFixed(1).padStart(8)} ${String(grens).padStart(7)} ` +
      `${String(r.getoond).padStart(8)} ${String(r.totaal).padStart(7)}  ${oordeel}`,
  );
}
