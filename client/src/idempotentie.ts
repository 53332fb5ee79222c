/**
 * A fresh Idempotency-Key: a random UUID. crypto.randomUUID needs a secure context, so outside one (plain http on
 * another host than localhost) the same kind of UUID (version 4) is made from crypto.getRandomValues.
 */
export function nieuweIdempotencyKey(bron: Pick<Crypto, 'getRandomValues'> & Partial<Pick<Crypto, 'randomUUID'>> = crypto): string {
  if (typeof bron.randomUUID === 'function') return bron.randomUUID();
  const bytes = bron.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
