/**
 * mulberry32: a tiny seeded generator (public domain, Tommy Ettinger), good
 * enough for synthetic data and identical on every platform. Hand-written
 * because it is ten lines and a dependency would add nothing.
 */
export type Random = () => number;

export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A whole number in [0, n). */
export function randomInt(random: Random, n: number): number {
  return Math.floor(random() * n);
}

const HEX = Array.from("0123456789abcdef", (c) => c.charCodeAt(0));
const idCodes: number[] = new Array(64).fill(0);

/** 64 hex digits, like a police.uk Crime ID (a SHA-256 there). Built in one go: a flat string, little garbage. */
export function randomHex64(random: Random): string {
  for (let i = 0; i < 64; i += 8) {
    let word = Math.floor(random() * 4294967296);
    for (let k = 7; k >= 0; k--) {
      idCodes[i + k] = HEX[word & 15];
      word = Math.floor(word / 16);
    }
  }
  return String.fromCharCode.apply(null, idCodes);
}

/** Index drawn in proportion to cumulative weights (ascending, last = total). */
export function pickCumulative(random: Random, cumulative: Float64Array): number {
  const target = random() * cumulative[cumulative.length - 1];
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cumulative[mid] > target) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * A Poisson draw with mean `lambda`: counts of crimes in a month or quarter vary as
 * real counts do. Knuth's product of uniforms for small means; for larger ones
 * (where e^-lambda would lose precision and the loop grow long) the normal
 * approximation, rounded, which is close at these sizes and enough for demo data.
 */
export function poisson(random: Random, lambda: number): number {
  if (lambda <= 0) return 0;
  if (lambda < 60) {
    const limit = Math.exp(-lambda);
    let k = 0;
    let product = random();
    while (product > limit) {
      k++;
      product *= random();
    }
    return k;
  }
  // Box-Muller: one standard normal from two uniforms (1 - u keeps the log finite).
  const normal = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  return Math.max(0, Math.round(lambda + Math.sqrt(lambda) * normal));
}
