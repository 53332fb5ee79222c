// Measures the werkvoorraad and the first page of the arrangementen list and overview per person, the way the SPA calls them:
// each person signs in through the authorization-code flow with PKCE (the werkvoorraad is per role, so a machine
// client's token would not do), then per endpoint a warm-up and sequential requests. Prints p50/p95/max latency,
// response bytes, item counts and the API process's peak memory during each series (VmHWM, reset before each series
// through /proc/PID/clear_refs). Asserts nothing.
// Usage: node arrangementen-lijsten.mjs BASE_URL API_PID AANTAL_METINGEN EMAIL…   (DEMO_WACHTWOORD overrides the password)
import { readFileSync, writeFileSync } from 'node:fs';
import { accessToken } from './aanmelden.mjs';
import { percentiel } from './meten.mjs';

const [basis, apiPid, aantalTekst, ...emails] = process.argv.slice(2);
const metingen = Number(aantalTekst);
const opwarmen = 5;

const geheugenKiB = (veld) => Number(readFileSync(`/proc/${apiPid}/status`, 'utf8').match(new RegExp(`${veld}:\\s+(\\d+) kB`))[1]);

async function meet(token, pad, tel) {
  const haal = async () => {
    const start = performance.now();
    const antwoord = await fetch(basis + pad, { headers: { Authorization: `Bearer ${token}`, 'Accept-Encoding': 'identity' } });
    const tekst = await antwoord.text();
    const ms = performance.now() - start;
    if (antwoord.status !== 200) throw new Error(`${pad}: ${antwoord.status} ${tekst.slice(0, 300)}`);
    return { ms, tekst };
  };
  // Peak memory of this series only: writing 5 to clear_refs resets the process's VmHWM to its current RSS.
  writeFileSync(`/proc/${apiPid}/clear_refs`, '5');
  for (let i = 0; i < opwarmen; i++) await haal();
  const tijden = [];
  let laatste;
  for (let i = 0; i < metingen; i++) {
    laatste = await haal();
    tijden.push(laatste.ms);
  }
  const lichaam = JSON.parse(laatste.tekst);
  return {
    p50: percentiel(tijden, 50), p95: percentiel(tijden, 95), max: Math.max(...tijden),
    bytes: Buffer.byteLength(laatste.tekst), items: tel(lichaam), piekMiB: geheugenKiB('VmHWM') / 1024,
  };
}

const reeksen = [
  ['werkvoorraad, 1e pagina (25)', '/api/v1/arrangementen/werkvoorraad', (b) => b.items.length],
  ['lijst, 1e pagina van 100', '/api/v1/arrangementen?pageSize=100', (b) => b.arrangementen.length],
  ['overzicht, 1e pagina 100', '/api/v1/arrangementen/overzicht?pageSize=100', (b) => b.arrangementen.length],
];

const vooraf = { rss: geheugenKiB('VmRSS') / 1024, piek: geheugenKiB('VmHWM') / 1024 };
const regels = [];
for (const email of emails) {
  const token = await accessToken(basis, email);
  for (const [naam, pad, tel] of reeksen) {
    regels.push({ wie: email.split('@')[0], naam, ...(await meet(token, pad, tel)) });
  }
}

const ms = (w) => w.toFixed(1);
console.log(`\nAPI-proces voor de eerste reeks: ${vooraf.rss.toFixed(0)} MiB in gebruik (VmRSS), piek sinds de start ${vooraf.piek.toFixed(0)} MiB (VmHWM)`);
console.log(`${metingen} sequentiële verzoeken per regel na ${opwarmen} om op te warmen; tijden in ms; piek = VmHWM van het API-proces tijdens die reeks`);
console.log(`${'wie'.padEnd(11)} ${'verzoek'.padEnd(26)} ${'p50'.padStart(9)} ${'p95'.padStart(9)} ${'max'.padStart(9)} ${'bytes'.padStart(10)} ${'items'.padStart(6)} ${'piek MiB'.padStart(9)}`);
for (const r of regels) {
  console.log(`${r.wie.padEnd(11)} ${r.naam.padEnd(26)} ${ms(r.p50).padStart(9)} ${ms(r.p95).padStart(9)} ${ms(r.max).padStart(9)} ${String(r.bytes).padStart(10)} ${String(r.items).padStart(6)} ${r.piekMiB.toFixed(0).padStart(9)}`);
}
