// A LAS-style sync client that prints figures: full sync through the pages, then (after the caller changed
// aanbieders) the delta through the change feed, and the cost of a 304 revalidation. Asserts nothing.
// Usage: node aanbieders-sync.mjs BASE_URL TOKEN volledig|delta STATE_FILE
import { readFileSync, writeFileSync } from 'node:fs';

const [basis, token, stap, staat] = process.argv.slice(2);
const kop = { Authorization: `Bearer ${token}`, 'Accept-Encoding': 'identity' };

async function haal(pad, extra = {}) {
  const start = performance.now();
  const antwoord = await fetch(basis + pad, { headers: { ...kop, ...extra } });
  const tekst = antwoord.status === 304 ? '' : await antwoord.text();
  if (antwoord.status !== 200 && antwoord.status !== 304) throw new Error(`${pad}: ${antwoord.status} ${tekst}`);
  return { antwoord, tekst, ms: performance.now() - start, bytes: Buffer.byteLength(tekst) };
}

function percentiel(waarden, p) {
  const gesorteerd = [...waarden].sort((a, b) => a - b);
  return gesorteerd[Math.min(gesorteerd.length - 1, Math.floor((p / 100) * gesorteerd.length))];
}

if (stap === 'volledig') {
  const start = performance.now();
  let pad = '/api/v1/onderwijsbegeleidingsaanbieders?pageSize=100';
  let bytes = 0, paginas = 0, aanbieders = 0, wijzigingenToken;
  while (pad) {
    const { antwoord, tekst, bytes: b } = await haal(pad);
    bytes += b; paginas++;
    const pagina = JSON.parse(tekst);
    aanbieders += pagina.onderwijsbegeleidingsaanbieders.length;
    wijzigingenToken = pagina.wijzigingenToken;
    const link = antwoord.headers.get('link');
    pad = link ? link.slice(1, link.indexOf('>')) : null;
  }
  const seconden = (performance.now() - start) / 1000;
  console.log(`Volledige synchronisatie: ${aanbieders} aanbieders in ${paginas} pagina's, ${seconden.toFixed(2)} s, ${(bytes / 1048576).toFixed(2)} MiB`);

  const eerste = await haal('/api/v1/onderwijsbegeleidingsaanbieders?pageSize=100');
  const etag = eerste.antwoord.headers.get('etag');
  const tijden = [];
  for (let i = 0; i < 500; i++) {
    const { antwoord, ms } = await haal('/api/v1/onderwijsbegeleidingsaanbieders?pageSize=100', { 'If-None-Match': etag });
    if (antwoord.status !== 304) throw new Error(`verwacht 304, kreeg ${antwoord.status}`);
    tijden.push(ms);
  }
  console.log(`304-hervalidatie van een pagina van 100 (500x, sequentieel): p50 ${percentiel(tijden, 50).toFixed(2)} ms, p99 ${percentiel(tijden, 99).toFixed(2)} ms, 0 bytes inhoud (volle pagina: ${eerste.bytes} bytes in ${eerste.ms.toFixed(1)} ms)`);
  writeFileSync(staat, JSON.stringify({ wijzigingenToken, bytes }));
} else {
  const { wijzigingenToken, bytes: volledig } = JSON.parse(readFileSync(staat, 'utf8'));
  const start = performance.now();
  let token = wijzigingenToken, bytes = 0, gewijzigd = 0, verwijderd = 0, meer = true, aanroepen = 0;
  while (meer) {
    const { tekst, bytes: b } = await haal(`/api/v1/onderwijsbegeleidingsaanbieders/wijzigingen?pageSize=100&token=${token}`);
    bytes += b; aanroepen++;
    const pagina = JSON.parse(tekst);
    for (const w of pagina.wijzigingen) w.soort === 'gewijzigd' ? gewijzigd++ : verwijderd++;
    token = pagina.wijzigingenToken; meer = pagina.meerWijzigingen;
  }
  const ms = performance.now() - start;
  console.log(`Delta-synchronisatie: ${gewijzigd} gewijzigd, ${verwijderd} verwijderd in ${aanroepen} aanroep(en), ${ms.toFixed(1)} ms, ${bytes} bytes = ${((100 * bytes) / volledig).toFixed(3)}% van de volledige synchronisatie`);
}
