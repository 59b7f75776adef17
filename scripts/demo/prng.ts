/**
 * Seeded randomness for the demo generator. Written here (not Math.random) so that the same seed gives the same
 * bytes on every machine and Node version: only 32-bit integer arithmetic and exact float divisions are used.
 */

/** murmur3's 32-bit finaliser: a bijection on uint32, so distinct inputs give distinct outputs (used for ids). */
export function mix32(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A 32-bit key for any safe-integer seed: the low 32 bits, with the high bits mixed in (so 2^32 differs from 0). */
export function seedKey(seed: number): number {
  return ((seed >>> 0) ^ mix32(Math.floor(seed / 4294967296) >>> 0)) >>> 0;
}

/**
 * A small fast generator (sfc32, 128-bit state) seeded through splitmix-style mixing. Each `stream` of a seed is an
 * independent sequence, so one financial year's draws never shift another's.
 */
export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number, stream = 0) {
    let s = (seedKey(seed) ^ Math.imul(stream + 1, 0x9e3779b9)) >>> 0;
    const next = (): number => {
      s = (s + 0x9e3779b9) >>> 0;
      return mix32(s);
    };
    this.a = next();
    this.b = next();
    this.c = next();
    this.d = next() | 1;
    // sfc32's first outputs still resemble the seed: discard them.
    for (let i = 0; i < 12; i++) this.uint32();
  }

  /** Next uniformly distributed unsigned 32-bit integer. */
  uint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform float in [0, 1). */
  next(): number {
    return this.uint32() / 4294967296;
  }

  /** Uniform integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** Uniform integer in [min, max], both included. */
  between(min: number, max: number): number {
    return min + this.int(max - min + 1);
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One of `values`, chosen with probability proportional to `weights` (same length). */
  pick<T>(values: readonly T[], weights: readonly number[]): T {
    let total = 0;
    for (const w of weights) total += w;
    let r = this.next() * total;
    for (let i = 0; i < values.length - 1; i++) {
      r -= weights[i];
      if (r < 0) return values[i];
    }
    return values[values.length - 1];
  }
}

const BASE36 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** `value` (a whole number below 2^53) as exactly `width` upper-case base-36 digits (Number#toString(36) is slow). */
function base36(value: number, width: number): string {
  let out = '';
  for (let i = 0; i < width; i++) {
    const digit = value % 36;
    out = BASE36[digit] + out;
    value = (value - digit) / 36;
  }
  return out;
}

/**
 * Pseudonymous identifiers: a keyed bijection of a running counter, so they are unique by construction (up to 2^32
 * of each kind) yet carry no order or meaning. The high digits come from a second mix to use the full width.
 */
export class IdMaker {
  private readonly recordKey: number;
  private readonly victimKey: number;
  private records = 0;
  private victims = 0;

  constructor(seed: number) {
    this.recordKey = mix32(seedKey(seed) ^ 0x5bd1e995);
    this.victimKey = mix32(seedKey(seed) ^ 0x27d4eb2f);
  }

  /** `R` + 8 upper-case base-36 characters, unique within one generation run. */
  nextRecordId(): string {
    const low = mix32((this.records++ ^ this.recordKey) >>> 0);
    const high = mix32(low ^ this.victimKey) & 0x1ff; // 41 bits in all: below 36^8.
    return 'R' + base36(high * 4294967296 + low, 8);
  }

  /** `V` + 7 upper-case base-36 characters, unique within one generation run. */
  nextVictimId(): string {
    const low = mix32((this.victims++ ^ this.victimKey) >>> 0);
    const high = mix32(low ^ this.recordKey) & 0xf; // 36 bits in all: below 36^7.
    return 'V' + base36(high * 4294967296 + low, 7);
  }
}
