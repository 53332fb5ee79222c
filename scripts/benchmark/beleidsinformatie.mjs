// Measures the beleidsinformatie dashboard at national size (scripts/benchmark-beleidsinformatie.sh): each view the
// page offers, read as the beleidsmedewerker of PO2001 (20,000 pupils, its arrangementen, TLV's, OPP's and their
// Termijnen at national size), at 1 and at 4 connections (closed loop) for DUUR seconds after a warm-up: p50, p95 and
// max, side by side with the target (p95 < 1 s per view). Asserts nothing.
// Usage: node beleidsinformatie.mjs BASE_URL DUUR_S EMAIL
import { accessToken } from './aanmelden.mjs';
import { belast } from './meten.mjs';

const [basis, duurTekst, email] = process.argv.slice(2);
const duurMs = Number(duurTekst) * 1000;
const doelMs = 1000;

async function verzoek(token, pad, accept = 'application/json') {
  const antwoord = await fetch(basis + pad, { headers: { Authorization: `Bearer ${token}`, Accept: accept, 'Accept-Encoding': 'identity' } });
  const tekst = await antwoord.text();
  if (antwoord.status >= 300) throw new Error(`GET ${pad}: ${antwoord.status} ${tekst.slice(0, 300)}`);
  return tekst;
}

const token = await accessToken(basis, email);
const dashboard = JSON.parse(await verzoek(token, '/api/v1/beleidsinformatie/dashboard'));
const jaar = dashboard.leerjaar;
const vorig = `${Number(jaar.slice(0, 4)) - 1}-${jaar.slice(0, 4)}`;
const bestuur = dashboard.keuzes.besturen[0];
const school = dashboard.keuzes.scholen[0];
const basisPad = '/api/v1/beleidsinformatie/dashboard';
const views = [
  [`hele SWV, ${jaar}`, `${basisPad}?leerjaar=${jaar}`],
  [`hele SWV, ${jaar}, voor buiten`, `${basisPad}?leerjaar=${jaar}&voorBuiten=true`],
  [`hele SWV, ${vorig}`, `${basisPad}?leerjaar=${vorig}`],
  ['één schoolbestuur', `${basisPad}?leerjaar=${jaar}&bestuur=${bestuur.waarde}`],
  ['één school', `${basisPad}?leerjaar=${jaar}&vestiging=${school.waarde}`],
  ['bestand (CSV, voor buiten)', `/api/v1/beleidsinformatie/dashboard/export?leerjaar=${jaar}`, 'text/csv'],
  ['deelnamepercentage (verloop)', '/api/v1/leerlingaantallen'],
];

const arrangementen = dashboard.arrangementenPerSoortEnStatus.totaal.aantal;
console.log(`\nLezen als ${email}: ${dashboard.keuzes.scholen.length} scholen, ${dashboard.keuzes.besturen.length} besturen; ` +
  `${arrangementen} arrangementen aangevraagd in ${jaar}`);
console.log(`${duurMs / 1000} s per meting na 2 s opwarmen; tijden in ms; doel: p95 < ${doelMs} ms per weergave`);
console.log(['weergave'.padEnd(34), ...[1, 4].flatMap((c) => [`p50 c=${c}`, `p95 c=${c}`, `max c=${c}`].map((k) => k.padStart(10))), 'doel p95'.padStart(10), 'fouten'.padStart(7)].join(' '));
for (const [naam, pad, accept] of views) {
  const uitkomsten = [];
  for (const c of [1, 4]) uitkomsten.push(await belast(c, () => verzoek(token, pad, accept), { duurMs }));
  const f = (w) => (w === undefined || !Number.isFinite(w) ? '-' : w.toFixed(0));
  const gehaald = uitkomsten.every((u) => u.p95 < doelMs) ? 'gehaald' : 'niet';
  console.log([
    naam.padEnd(34),
    ...uitkomsten.flatMap((u) => [f(u.p50), f(u.p95), f(u.max)].map((w) => w.padStart(10))),
    gehaald.padStart(10), String(uitkomsten.reduce((s, u) => s + u.fouten, 0)).padStart(7),
  ].join(' '));
  for (const u of uitkomsten) if (u.eersteFout) console.log(`   eerste fout: ${u.eersteFout}`);
}
