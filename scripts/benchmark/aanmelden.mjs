// The SPA's sign-in as a browser does it, for the benchmark scripts (the werkvoorraad and the pupil lists are per
// person, so a machine client's token would not do). DEMO_WACHTWOORD overrides the demo password.
import { createHash, randomBytes } from 'node:crypto';

const wachtwoord = process.env.DEMO_WACHTWOORD ?? 'Demo-wachtwoord-2026!';

const base64url = (buffer) => buffer.toString('base64').replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
const htmlDecode = (tekst) =>
  tekst.replace(/&(#x[0-9a-f]+|#[0-9]+|amp|lt|gt|quot|apos);/gi, (_, e) =>
    e[0] === '#' ? String.fromCodePoint(e[1].toLowerCase() === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1)))
      : { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[e.toLowerCase()]);

/** The SPA's sign-in as a browser does it, with its own cookie jar: authorize → sign-in form → authorize → code → token. */
export async function accessToken(basis, email) {
  const terug = `${basis}/aangemeld`;
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

