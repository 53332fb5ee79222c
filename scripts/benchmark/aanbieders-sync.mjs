// A LAS-style sync client that prints figures: full sync through the pages (JSON, identity and br) and in one
// request (ndjson: identity, gzip, br), then (after the caller changed aanbieders) the delta through the change
// feed, and the cost of a 304 revalidation against a full 200 of the same page. Asserts nothing.
// Bytes are counted as they come over the wire (compressed when compressed), then decompressed to parse.
// Usage: node aanbieders-sync.mjs BASE_URL TOKEN volledig|delta STATE_FILE
import { readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import zlib from 'node:zlib';
import { percentiel } from './meten.mjs';

const [basis, token, stap, staat] = process.argv.slice(2);
const lijst = '/api/v1/onderwijsbegeleidingsaanbieders';

function haal(pad, extra = {}) {
  const start = performance.now();
  return new Promise((klaar, mislukt) => {
    const verzoek = http.get(basis + pad, { headers: { Authorization: `Bearer ${token}`, 'Accept-Encoding': 'identity', ...extra } }, (antwoord) => {
      let bytes = 0;
      antwoord.on('data', (stuk) => { bytes += stuk.length; });
      const codering = antwoord.headers['content-encoding'];
      const bron = codering === 'br' ? antwoord.pipe(zlib.createBrotliDecompress())
        : codering === 'gzip' ? antwoord.pipe(zlib.createGunzip()) : antwoord;
      const delen = [];
      bron.on('data', (stuk) => delen.push(stuk));
      bron.on('error', mislukt);
      bron.on('end', () => {
        const tekst = Buffer.concat(delen).toString('utf8');
        if (antwoord.statusCode !== 200 && antwoord.statusCode !== 304) {
          mislukt(new Error(`${pad}: ${antwoord.statusCode} ${tekst}`));
          return;
        }
        klaar({ antwoord, status: antwoord.statusCode, tekst, bytes, ms: performance.now() - start });
      });
    });
    verzoek.on('error', mislukt);
  });
}

const mib = (bytes) => (bytes / 1048576).toFixed(2);

async function gepagineerd(codering) {
  const start = performance.now();
  let pad = `${lijst}?pageSize=100`, bytes = 0, paginas = 0, aanbieders = 0, wijzigingenToken;
  while (pad) {
    const { antwoord, tekst, bytes: b } = await haal(pad, { 'Accept-Encoding': codering });
    bytes += b; paginas++;
    const pagina = JSON.parse(tekst);
    aanbieders += pagina.onderwijsbegeleidingsaanbieders.length;
    wijzigingenToken = pagina.wijzigingenToken;
    const link = antwoord.headers.link;
    pad = link ? link.slice(1, link.indexOf('>')) : null;
  }
  return { aanbieders, aanroepen: paginas, seconden: (performance.now() - start) / 1000, bytes, wijzigingenToken };
}

let laatsteNdjson = '';

// CompressionLevel.Fastest and Optimal as .NET maps them: Brotli quality 1 and 4, gzip (zlib) level 1 and 6.
function niveaus(tekst) {
  const invoer = Buffer.from(tekst, 'utf8');
  const meet = (naam, comprimeer) => {
    const start = performance.now();
    const uit = comprimeer();
    return `${naam.padEnd(36)} ${(performance.now() - start).toFixed(0).padStart(8)} ms ${mib(uit.length).padStart(8)} MiB`;
  };
  return [
    meet('br Fastest (kwaliteit 1)', () => zlib.brotliCompressSync(invoer, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 1 } })),
    meet('br Optimal (kwaliteit 4)', () => zlib.brotliCompressSync(invoer, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } })),
    meet('gzip Fastest (niveau 1)', () => zlib.gzipSync(invoer, { level: 1 })),
    meet('gzip Optimal (niveau 6)', () => zlib.gzipSync(invoer, { level: 6 })),
  ];
}

async function ndjson(codering) {
  const start = performance.now();
  const { tekst, bytes } = await haal(lijst, { Accept: 'application/x-ndjson', 'Accept-Encoding': codering });
  laatsteNdjson = tekst;
  const regels = tekst.trimEnd().split('\n').map((r) => JSON.parse(r));
  const einde = regels.at(-1);
  if (einde.aantal !== regels.length - 1) throw new Error(`ndjson: ${regels.length - 1} regels, einde zegt ${einde.aantal}`);
  return { aanbieders: einde.aantal, aanroepen: 1, seconden: (performance.now() - start) / 1000, bytes, wijzigingenToken: einde.wijzigingenToken };
}

if (stap === 'volledig') {
  const uitkomsten = [
    ['JSON-pagina\'s van 100, identity', await gepagineerd('identity')],
    ['JSON-pagina\'s van 100, br', await gepagineerd('br')],
    ['ndjson in één verzoek, identity', await ndjson('identity')],
    ['ndjson in één verzoek, gzip', await ndjson('gzip')],
    ['ndjson in één verzoek, br', await ndjson('br')],
  ];
  console.log(`\n${'Volledige synchronisatie'.padEnd(36)} ${'aanbieders'.padStart(10)} ${'verzoeken'.padStart(9)} ${'tijd (s)'.padStart(9)} ${'MiB op de lijn'.padStart(15)}`);
  for (const [naam, u] of uitkomsten) {
    console.log(`${naam.padEnd(36)} ${String(u.aanbieders).padStart(10)} ${String(u.aanroepen).padStart(9)} ${u.seconden.toFixed(2).padStart(9)} ${mib(u.bytes).padStart(15)}`);
  }
  console.log('(doel: ≤ 2 s en ≤ 4 MiB voor 10k aanbieders)');
  console.log(`\nCompressieniveau, hele ndjson-kopie (${mib(Buffer.byteLength(laatsteNdjson))} MiB) in één keer, CPU-tijd en grootte:`);
  for (const regel of niveaus(laatsteNdjson)) console.log(regel);

  const pagina = `${lijst}?pageSize=100`;
  const eerste = await haal(pagina);
  const etag = eerste.antwoord.headers.etag;
  const vol = [], nietGewijzigd = [];
  for (let i = 0; i < 100; i++) {
    vol.push((await haal(pagina)).ms);
  }
  for (let i = 0; i < 500; i++) {
    const { status, ms } = await haal(pagina, { 'If-None-Match': etag });
    if (status !== 304) throw new Error(`verwacht 304, kreeg ${status}`);
    nietGewijzigd.push(ms);
  }
  const p50Vol = percentiel(vol, 50), p50Niet = percentiel(nietGewijzigd, 50);
  console.log(`\nPagina van 100 (sequentieel)          ${'p50 (ms)'.padStart(9)} ${'p99 (ms)'.padStart(9)} ${'bytes'.padStart(8)}`);
  console.log(`200, volle pagina (100x)              ${p50Vol.toFixed(2).padStart(9)} ${percentiel(vol, 99).toFixed(2).padStart(9)} ${String(eerste.bytes).padStart(8)}`);
  console.log(`304, If-None-Match (500x)             ${p50Niet.toFixed(2).padStart(9)} ${percentiel(nietGewijzigd, 99).toFixed(2).padStart(9)} ${'0'.padStart(8)}`);
  console.log(`Een 304 is ${(p50Vol / p50Niet).toFixed(1)}x goedkoper dan een 200 (p50; doel ≥ 5x)`);
  writeFileSync(staat, JSON.stringify({ wijzigingenToken: uitkomsten[0][1].wijzigingenToken, bytes: uitkomsten[0][1].bytes }));
} else {
  const { wijzigingenToken, bytes: volledig } = JSON.parse(readFileSync(staat, 'utf8'));
  const start = performance.now();
  let feedToken = wijzigingenToken, bytes = 0, gewijzigd = 0, verwijderd = 0, meer = true, aanroepen = 0;
  while (meer) {
    const { tekst, bytes: b } = await haal(`${lijst}/wijzigingen?pageSize=100&token=${feedToken}`);
    bytes += b; aanroepen++;
    const pagina = JSON.parse(tekst);
    for (const w of pagina.wijzigingen) w.soort === 'gewijzigd' ? gewijzigd++ : verwijderd++;
    feedToken = pagina.wijzigingenToken; meer = pagina.meerWijzigingen;
  }
  const ms = performance.now() - start;
  console.log(`Delta-synchronisatie: ${gewijzigd} gewijzigd, ${verwijderd} verwijderd in ${aanroepen} aanroep(en), ${ms.toFixed(1)} ms, ${bytes} bytes = ${((100 * bytes) / volledig).toFixed(3)}% van de volledige synchronisatie`);
}
