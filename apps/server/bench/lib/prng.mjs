// Seeded randomness for the bench data set: the same seed gives the same rows (ids included) on every run.

/** mulberry32: tiny, fast and good enough to make the data set reproducible from a seed. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A v4-shaped uuid drawn from the seeded generator (so ids, too, are reproducible). */
export function uuidFrom(rand) {
  const hex = [];
  for (let i = 0; i < 4; i++)
    hex.push(
      Math.floor(rand() * 2 ** 32)
        .toString(16)
        .padStart(8, '0'),
    );
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${'89ab'[parseInt(h[16], 16) & 3]}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export const pick = (rand, list) => list[Math.floor(rand() * list.length)];
export const round1 = (x) => Math.round(x * 10) / 10;
export const round2 = (x) => Math.round(x * 100) / 100;
/** The timestamp text both databases accept and TypeORM reads back (UTC, milliseconds). */
export const ts = (ms) => new Date(ms).toISOString().replace('T', ' ').replace('Z', '');
