// Webhook delivery measured end to end: a local receiver, an abonnement of the demo LAS on arrangement requests, N
// requests through the API, and per event the time from its commit (the CloudEvent's time) to its arrival. Then the
// same receiver's own limit: the same number of plain POSTs from a loop. Prints figures; asserts nothing.
//   node scripts/benchmark/webhooks.mjs BASIS AANTAL
import { createServer } from 'node:http';
import { accessToken } from './aanmelden.mjs';

const [basis, aantalTekst] = process.argv.slice(2);
const aantal = Number(aantalTekst ?? 500);
const gelijktijdig = 16;

const aankomsten = new Map();
let klaar;
const allesBinnen = new Promise((resolve) => { klaar = resolve; });
const ontvanger = createServer((verzoek, antwoord) => {
  const delen = [];
  verzoek.on('data', (d) => delen.push(d));
  verzoek.on('end', () => {
    const nu = Date.now();
    const id = verzoek.headers['webhook-id'];
    if (id && !aankomsten.has(id)) {
      const gebeurtenis = JSON.parse(Buffer.concat(delen).toString('utf8'));
      aankomsten.set(id, { nu, sinds: Date.parse(gebeurtenis.time) });
      if (aankomsten.size >= aantal) klaar();
    }
    antwoord.writeHead(204).end();
  });
});
await new Promise((resolve) => ontvanger.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${ontvanger.address().port}/webhook`;

const beheerder = await accessToken(basis, 'beheerder@demo.passendonderwijs.nl');
const ib = await accessToken(basis, 'ib@demo.passendonderwijs.nl');
const api = async (methode, pad, token, inhoud) => {
  const antwoord = await fetch(`${basis}/api/v1${pad}`, {
    method: methode,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: inhoud ? JSON.stringify(inhoud) : undefined,
  });
  if (!antwoord.ok) throw new Error(`${methode} ${pad}: ${antwoord.status} ${await antwoord.text()}`);
  return antwoord.status === 204 ? null : antwoord.json();
};

await api('POST', '/koppelingen/demo-las/abonnementen', beheerder, { url, soorten: ['nl.passendonderwijs.arrangement.aangevraagd'] });
const lijst = await api('GET', '/leerlingen?pageSize=100', ib);
const leerlingen = (Object.values(lijst).find(Array.isArray) ?? []).map((l) => l.id);
if (leerlingen.length === 0) throw new Error('Geen leerlingen van de IB\'er in de demogegevens.');

const dag = (n) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
const aanvraag = (i) => ({
  leerlingId: leerlingen[i % leerlingen.length],
  soort: 'onderwijsarrangement',
  inhoud: { aandachtEnTijd: 'Twee keer per week extra instructie.', expertise: 'Leesspecialist.' },
  doelen: ['Leest op AVI E5.'],
  ingangsdatum: dag(7),
  einddatum: dag(180),
  uren: 40,
  uitvoerder: { soort: 'school', naam: 'Basisschool De Regenboog' },
  bekostiger: 'swv',
  toelichting: `Benchmark ${i}.`,
});

const begin = Date.now();
let volgende = 0;
await Promise.all(Array.from({ length: gelijktijdig }, async () => {
  while (volgende < aantal) {
    const i = volgende++;
    await api('POST', '/arrangementen', ib, aanvraag(i));
  }
}));
const aangevraagd = Date.now();
await Promise.race([allesBinnen, new Promise((_, weg) => setTimeout(() => weg(new Error(`na 5 minuten ${aankomsten.size} van ${aantal} binnen`)), 300_000))]);
const binnen = Date.now();

const vertragingen = [...aankomsten.values()].map((a) => a.nu - a.sinds).sort((a, b) => a - b);
const pct = (p) => vertragingen[Math.min(vertragingen.length - 1, Math.floor((p / 100) * vertragingen.length))];
console.log(`webhooks:   ${aantal} aanvragen in ${((aangevraagd - begin) / 1000).toFixed(1)} s, alle afgeleverd na ${((binnen - begin) / 1000).toFixed(1)} s`);
console.log(`            ${(aantal / ((binnen - begin) / 1000)).toFixed(0)} afgeleverd per s; commit tot aflevering p50 ${pct(50)} ms, p99 ${pct(99)} ms`);

// The plain limit: the receiver's own rate for the same POSTs from a loop without signing, database or retries.
const kaal = Date.now();
let n = 0;
await Promise.all(Array.from({ length: gelijktijdig }, async () => {
  while (n < aantal) {
    n++;
    await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/cloudevents+json' }, body: '{"specversion":"1.0"}' });
  }
}));
console.log(`kaal:       ${(aantal / ((Date.now() - kaal) / 1000)).toFixed(0)} POSTs per s naar dezelfde ontvanger (HTTP-lus, ${gelijktijdig} tegelijk)`);
ontvanger.close();
