// Measures the werkvoorraad and the first page of the arrangementen list and overview per person, the way the SPA calls them:
// each person signs in through the authorization-code flow with PKCE (the werkvoorraad is per role, so a machine
// client's token would not do), then per endpoint a warm-up and sequential requests. Prints p50/p95/max latency,
// response bytes, item counts and the API process's peak memory during each series (VmHWM, reset before each series
// through /proc/PID/clear_refs). Asserts nothing.
// Usage: node arrangementen-lijsten.mjs BASE_URL API_PID AANTAL_METINGEN EMAIL…   (DEMO_WACHTWOORD overrides the password)
import { readFileSync, writeFileSync } from 'node:fs';
import { createHash, randomBytes } from 'node:crypto';

const [basis, apiPid, aantalTekst, ...emails] = process.argv.slice(2);
const metingen = Number(aantalTekst);
const opwarmen = 5;
const wachtwoord = process.env.DEMO_WACHTWOORD ?? 'Demo-wachtwoord-2026!';
const terug = `${basis}/aangemeld`;

const base64url = (buffer) => buffer.toString('base64').replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
const htmlDecode = (tekst) =>
  tekst.replace(/&(#x[0-9a-f]+|#[0-9]+|amp|lt|gt|quot|apos);/gi, (_, e) =>
    e[0] === '#' ? String.fromCodePoint(e[1].toLowerCase() === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1)))
      : { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[e.toLowerCase()]);

/** The SPA's sign-in as a browser does it, with its own cookie jar: authorize → sign-in form → authorize → code → token. */
async function accessToken(email) {
  const koekjes = new Map();
  const stuur = async (pad, opties = {}) => {
    const antwoord = await fetch(new URL(pad, basis), {
      ...opties,
      redirect: 'manual',
      headers: { ...opties.headers, Cookie: [...koekjes].map(([k, v]) => `${k}=${v}`).join('; ') },
    });
    for (const regel of antwoord.headers.getSetCookie()) {
      const [paar] = regel.split(';');
      const is = paar.indexOf('=');
      koekjes.set(paar.slice(0, is), paar.slice(is + 1));
    }
    return antwoord;
  };
  const verifier = base64url(randomBytes(32));
  const challenge = base64url(createHash('sha256').update(verifier).digest());
  const autorisatie = '/connect/authorize?client_id=passendonderwijs-spa&response_type=code&scope=openid%20profile%20roles'
    + `&redirect_uri=${encodeURIComponent(terug)}&state=benchmark&code_challenge=${challenge}&code_challenge_method=S256`;
  const naarInloggen = await stuur(autorisatie);
  const pagina = await (await stuur(naarInloggen.headers.get('location'))).text();
  const veld = (naam) => htmlDecode(pagina.match(new RegExp(`name="${naam}" value="([^"]*)"`))[1]);
  const ingelogd = await stuur('/inloggen', {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ __RequestVerificationToken: veld('__RequestVerificationToken'), returnUrl: veld('returnUrl'), email, wachtwoord }),
  });
  if (ingelogd.status !== 302) throw new Error(`aanmelden als ${email}: ${ingelogd.status}`);
  const metCode = await stuur(ingelogd.headers.get('location'));
  const code = new URL(metCode.headers.get('location'), basis).searchParams.get('code');
  if (!code) throw new Error(`geen code voor ${email}: ${metCode.status} ${metCode.headers.get('location')}`);
  const token = await stuur('/connect/token', {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'authorization_code', client_id: 'passendonderwijs-spa', code, code_verifier: verifier, redirect_uri: terug }),
  });
  return (await token.json()).access_token;
}

const geheugenKiB = (veld) => Number(readFileSync(`/proc/${apiPid}/status`, 'utf8').match(new RegExp(`${veld}:\\s+(\\d+) kB`))[1]);

function percentiel(waarden, p) {
  const gesorteerd = [...waarden].sort((a, b) => a - b);
  return gesorteerd[Math.min(gesorteerd.length - 1, Math.ceil((p / 100) * gesorteerd.length) - 1)];
}

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
  ['werkvoorraad', '/api/v1/arrangementen/werkvoorraad', (b) => b.items.length],
  ['lijst, 1e pagina van 100', '/api/v1/arrangementen?pageSize=100', (b) => b.arrangementen.length],
  ['overzicht, 1e pagina 100', '/api/v1/arrangementen/overzicht?pageSize=100', (b) => b.arrangementen.length],
];

const vooraf = { rss: geheugenKiB('VmRSS') / 1024, piek: geheugenKiB('VmHWM') / 1024 };
const regels = [];
for (const email of emails) {
  const token = await accessToken(email);
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
