// What the benchmark scripts share to turn timings into figures.

/** The p-th percentile by nearest rank: the smallest measured value with at least p% of the values at or below it. */
export function percentiel(waarden, p) {
  const gesorteerd = [...waarden].sort((a, b) => a - b);
  return gesorteerd[Math.min(gesorteerd.length - 1, Math.max(0, Math.ceil((p / 100) * gesorteerd.length) - 1))];
}

/**
 * c loops, each starting its next request when the last one is answered (closed loop), for opwarmMs + duurMs; the
 * first opwarmMs is not counted. Returns p50, p95, p99, max (ms), requests/s and the errors with the first message.
 */
export async function belast(c, stap, { duurMs, opwarmMs = 2000 }) {
  const tijden = [];
  let fouten = 0;
  let eersteFout;
  const start = performance.now();
  const einde = start + opwarmMs + duurMs;
  await Promise.all(Array.from({ length: c }, async (_, lus) => {
    for (let n = 0; performance.now() < einde; n++) {
      const t0 = performance.now();
      try {
        await stap(lus, n);
        if (t0 >= start + opwarmMs) tijden.push(performance.now() - t0);
      } catch (fout) {
        fouten++;
        eersteFout ??= fout.message;
      }
    }
  }));
  return {
    p50: percentiel(tijden, 50), p95: percentiel(tijden, 95), p99: percentiel(tijden, 99), max: Math.max(...tijden),
    aantal: tijden.length, perSeconde: tijden.length / (duurMs / 1000), fouten, eersteFout,
  };
}
