/**
 * Seeded pseudo-randomness for reproducible work: training shuffles its sentences and the
 * benchmark draws its synthetic pages the same way in every run, process and worker thread.
 */

/**
 * A seeded generator of numbers in [0, 1) (mulberry32: one 32-bit state, fast, well spread for
 * shuffling and sampling, not for cryptography): `seededRandom(7)()` is the same on every run.
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Shuffles `a` in place with `rand` (Fisher–Yates): `shuffle([1, 2, 3], seededRandom(1))`. */
export function shuffle<T>(a: T[], rand: () => number): T[] {
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    const t = a[i]!;
    a[i] = a[j]!;
    a[j] = t;
  }
  return a;
}
