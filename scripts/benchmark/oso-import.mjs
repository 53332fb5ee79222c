// Imports the official OSO example dossiers through POST /api/v1/dossiers, each N times as a different pupil (its LAS
// key and name changed, so every delivery is a real import, not the idempotent answer), and prints the time per
// import (median, p99) and the API's memory while importing the largest. Asserts nothing.
// Usage: node oso-import.mjs BASE_URL API_PID N TOKEN_PO TOKEN_VO DOSSIER_FOLDER
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { percentiel } from './meten.mjs';

const [basis, apiPid, n, tokenPo, tokenVo, map] = process.argv.slice(2);
const aantal = Number(n);
const run = Date.now().toString(36);

// The VO examples come from the OSO test school, which the demo has in the PO samenwerkingsverband only: for the VO
// one they are delivered as dossiers of its VO school (78GH00) by its own LAS.
const voorbeelden = [
  { naam: 'Voorbeelddossier_PaO_POSWV_full.xml', token: tokenPo },
  { naam: 'Voorbeelddossier_PaO_POSWV_opt_out.xml', token: tokenPo },
  { naam: 'Voorbeelddossier_PaO_VOSWV_full.xml', token: tokenVo, school: '78GH' },
  { naam: 'Voorbeelddossier_PaO_VOSWV_opt_out.xml', token: tokenVo, school: '78GH' },
];

function geheugen() {
  const status = readFileSync(`/proc/${apiPid}/status`, 'utf8');
  const kib = (veld) => Number(new RegExp(`^${veld}:\\s+(\\d+) kB`, 'm').exec(status)[1]);
  return { rss: kib('VmRSS') / 1024, piek: kib('VmHWM') / 1024 };
}

function variant(xml, school, i) {
  let tekst = xml.replace('<leerlingid>LN094837</leerlingid>', `<leerlingid>B${run}-${i}</leerlingid>`)
    .replace('<roepnaam>Daan</roepnaam>', `<roepnaam>Daan ${run} ${i}</roepnaam>`)
    .replace('<achternaam>Berg</achternaam>', `<achternaam>Berg ${run} ${i}</achternaam>`);
  if (school) tekst = tekst.replace('<brincode>00YY</brincode>', `<brincode>${school}</brincode>`);
  return tekst;
}

async function importeer(body, token) {
  const start = performance.now();
  const antwoord = await fetch(`${basis}/api/v1/dossiers`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/xml' },
    body,
  });
  const tekst = await antwoord.text();
  if (antwoord.status !== 201) throw new Error(`${antwoord.status}: ${tekst.slice(0, 400)}`);
  return performance.now() - start;
}

const grootste = voorbeelden.map((v) => statSync(join(map, v.naam)).size).reduce((a, b, i, all) => (b > all[a] ? i : a), 0);
console.log(`${aantal} imports per voorbeeld (na 5 om op te warmen), elk als een andere leerling\n`);
console.log(`${'voorbeeld'.padEnd(42)} ${'grootte'.padStart(9)} ${'mediaan'.padStart(9)} ${'p99'.padStart(9)} ${'doel'.padStart(9)}`);
const regels = [];
for (const [index, v] of voorbeelden.entries()) {
  const xml = readFileSync(join(map, v.naam), 'utf8');
  for (let i = 0; i < 5; i++) await importeer(variant(xml, v.school, `w${i}`), v.token);
  const voor = geheugen();
  const tijden = [];
  for (let i = 0; i < aantal; i++) tijden.push(await importeer(variant(xml, v.school, i), v.token));
  const na = geheugen();
  const kib = (statSync(join(map, v.naam)).size / 1024).toFixed(0) + ' KiB';
  console.log(`${v.naam.padEnd(42)} ${kib.padStart(9)} ${(percentiel(tijden, 50).toFixed(1) + ' ms').padStart(9)} ${(percentiel(tijden, 99).toFixed(1) + ' ms').padStart(9)} ${(index === grootste ? '< 500 ms' : '').padStart(9)}`);
  if (index === grootste) regels.push(`Geheugen API tijdens de imports van het grootste voorbeeld: ${voor.rss.toFixed(0)} MiB → ${na.rss.toFixed(0)} MiB (VmRSS), piek ${na.piek.toFixed(0)} MiB (VmHWM)`);
}
console.log(`\n${regels.join('\n')}`);
