// Measures "Wat past?" (GET /leerlingen/{id}/passende-settingen) at national size (scripts/benchmark-matching.sh): as the
// medewerker of PO2001, over many different pupils whose onderwijsbehoeften have levels (taken from the pupil list, in
// an order shuffled with a fixed seed, so every run asks the same pupils in the same order), at 1, 4 and 8 connections
// (closed loop) for DUUR seconds after a warm-up: p50, p99, max and requests/s, side by side with the target
// (p99 < 100 ms). Also prints what the answers held (settings, options with ambulante begeleiding), so a run shows the
// register gave the pupils a realistic choice. Asserts nothing.
// Usage: node matching.mjs BASE_URL DUUR_S EMAIL [LEERLINGEN]   (LEERLINGEN: how many different pupils, default 500)
import { accessToken } from './aanmelden.mjs';
import { belast, percentiel } from './meten.mjs';

const [basis, duurTekst, email, aantalTekst = '500'] = process.argv.slice(2);
const duurMs = Number(duurTekst) * 1000;
const gewenst = Number(aantalTekst);
const doelMs = 100;

async function verzoek(token, pad) {
  const antwoord = await fetch(basis + pad, { headers: { Authorization: `Bearer ${token}`, Accept: 'application/json', 'Accept-Encoding': 'identity' } });
  const tekst = await antwoord.text();
  if (antwoord.status >= 300) throw new Error(`GET ${pad}: ${antwoord.status} ${tekst.slice(0, 300)}`);
  return { antwoord, tekst };
}

/** mulberry32: a small seeded generator, so the sample and its order are the same every run. */
function willekeurig(zaad) {
  let a = zaad >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const token = await accessToken(basis, email);

// Pupils with at least one level, from the list in registration order (PO2001's pupils spread over all its schools),
// until four times the sample is seen or the list ends; then a seeded shuffle picks the sample.
const metNiveaus = [];
let pad = '/api/v1/leerlingen?pageSize=100';
let gezien = 0;
let totaal = 0;
while (pad && metNiveaus.length < gewenst * 4) {
  const { antwoord, tekst } = await verzoek(token, pad);
  const pagina = JSON.parse(tekst);
  totaal = pagina.totaal;
  gezien += pagina.leerlingen.length;
  for (const l of pagina.leerlingen) {
    const niveaus = l.ondersteuningsbehoeften?.onderwijsbehoeften?.niveaus ?? {};
    if (Object.values(niveaus).some((n) => n !== null && n !== undefined)) metNiveaus.push(l.id);
  }
  pad = antwoord.headers.get('link')?.match(/<([^>]+)>;\s*rel="next"/)?.[1]?.replace(basis, '');
}
const kans = willekeurig(2022);
for (let i = metNiveaus.length - 1; i > 0; i--) {
  const j = Math.floor(kans() * (i + 1));
  [metNiveaus[i], metNiveaus[j]] = [metNiveaus[j], metNiveaus[i]];
}
const leerlingen = metNiveaus.slice(0, gewenst);
if (leerlingen.length === 0) throw new Error(`Geen leerling met niveaus gevonden bij ${email}.`);

// What the answers hold, once per pupil of the sample (also warms the pupils' rows).
const settingen = [];
const begeleiding = [];
for (const id of leerlingen) {
  const advies = JSON.parse((await verzoek(token, `/api/v1/leerlingen/${id}/passende-settingen`)).tekst);
  settingen.push(advies.settingen.length);
  begeleiding.push(advies.settingen.filter((s) => s.begeleiding).length);
}
const verdeling = (w) => `mediaan ${percentiel(w, 50)}, p90 ${percentiel(w, 90)}, max ${Math.max(...w)}`;
console.log(`\nLezen als ${email}: ${totaal} leerlingen, ${gezien} bekeken, ${metNiveaus.length} met niveaus; ` +
  `gemeten over ${leerlingen.length} verschillende leerlingen (vaste volgorde, zaad 2022)`);
console.log(`Settingen per advies: ${verdeling(settingen)}; met ambulante begeleiding: ${verdeling(begeleiding)} ` +
  `(${begeleiding.filter((n) => n > 0).length} van de ${leerlingen.length} adviezen noemen een aanbieder)`);
console.log(`${duurMs / 1000} s per meting na 2 s opwarmen; tijden in ms; doel: p99 < ${doelMs} ms`);
console.log(['connecties'.padEnd(12), ...['p50', 'p99', 'max', 'verzoeken/s'].map((k) => k.padStart(12)), 'doel p99'.padStart(10), 'fouten'.padStart(7)].join(' '));
let volgende = 0;
for (const c of [1, 4, 8]) {
  const u = await belast(c, () => verzoek(token, `/api/v1/leerlingen/${leerlingen[volgende++ % leerlingen.length]}/passende-settingen`), { duurMs });
  const f = (w) => (w === undefined || !Number.isFinite(w) ? '-' : w.toFixed(0));
  console.log([
    `c=${c}`.padEnd(12), ...[f(u.p50), f(u.p99), f(u.max), u.perSeconde.toFixed(1)].map((w) => w.padStart(12)),
    (u.p99 < doelMs ? 'gehaald' : 'niet').padStart(10), String(u.fouten).padStart(7),
  ].join(' '));
  if (u.eersteFout) console.log(`   eerste fout: ${u.eersteFout}`);
}
