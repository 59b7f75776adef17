/**
 * Where victims live and where offences happen. Offence places are dealt from an exact per-year quota, and each
 * record prefers its victim's home borough, then neighbouring boroughs, the same sub-region, and the East/Central
 * hotspots: the quota fixes the published ranking while the preferences give realistic flows.
 */
import { BOROUGHS } from '../../src/data/reference/boroughs';
import type { Rng } from './prng';
import { largestRemainder } from './urn';

/** Home places: the 33 boroughs (in ONS code order), then `Outside London`, then not recorded. */
export const HOME_PLACES: readonly (string | null)[] = [...BOROUGHS.map((b) => b.name), 'Outside London', null];
/** Offence places: the 33 boroughs (in ONS code order), then `Unknown`. */
export const OFFENCE_PLACES: readonly string[] = [...BOROUGHS.map((b) => b.name), 'Unknown'];
export const UNKNOWN_PLACE = BOROUGHS.length;

const byName = (table: Record<string, number>, rest: number[]): number[] => {
  const weights = BOROUGHS.map((b) => table[b.name]);
  if (weights.some((w) => w === undefined)) throw new Error('demo generator: a borough has no weight');
  return [...weights, ...rest];
};

// Victims per home place in FY 2014/15 (scaled to the actual victim count): Newham, Southwark, Barking and Dagenham
// lead; Ealing is the only West borough above 80; 5% live outside London.
export const HOME_WEIGHTS: readonly number[] = byName(
  {
    Newham: 106, Southwark: 97, 'Barking and Dagenham': 90, Ealing: 84, Lambeth: 70, Croydon: 68, 'Tower Hamlets': 66,
    'Waltham Forest': 64, Lewisham: 56, Hackney: 54, Brent: 52, Haringey: 50, Enfield: 48, Greenwich: 46,
    Hillingdon: 38, Islington: 36, Redbridge: 36, Hounslow: 36, Barnet: 34, Camden: 30, Wandsworth: 30, Havering: 30,
    Bromley: 30, Westminster: 28, Bexley: 26, Harrow: 22, Merton: 22, 'Hammersmith and Fulham': 20, Sutton: 20,
    'Kensington and Chelsea': 14, 'Kingston upon Thames': 11, 'Richmond upon Thames': 9, 'City of London': 1,
  },
  [75, 5],
);

// Records per offence place in FY 2014/15 (exact at the default scale, 1,852 in all): Barking and Dagenham, Newham,
// Lambeth lead; East and Central hotspots draw offences from elsewhere; 3% of locations unknown.
export const OFFENCE_WEIGHTS: readonly number[] = byName(
  {
    'Barking and Dagenham': 131, Newham: 120, Lambeth: 110, Southwark: 97, 'Tower Hamlets': 91, 'Waltham Forest': 86,
    Ealing: 74, Croydon: 72, Hackney: 68, Westminster: 62, Lewisham: 60, Greenwich: 58, Haringey: 58, Islington: 54,
    Brent: 54, Camden: 52, Enfield: 52, Redbridge: 48, Hillingdon: 42, Hounslow: 42, Wandsworth: 40, Havering: 38,
    Bromley: 38, Barnet: 36, Bexley: 34, 'Hammersmith and Fulham': 32, Merton: 30, Harrow: 28, Sutton: 26,
    'Kensington and Chelsea': 24, 'Kingston upon Thames': 18, 'Richmond upon Thames': 17, 'City of London': 4,
  },
  [56],
);

// Borough adjacency by the last two digits of the ONS code (across the Thames too, where bridges join boroughs).
const NEIGHBOURS: Record<number, number[]> = {
  1: [7, 12, 19, 22, 28, 30, 33], 2: [16, 25, 26], 3: [5, 7, 10, 14, 15], 4: [6, 11], 5: [3, 7, 9, 13, 15, 20, 33],
  6: [4, 8, 11, 22, 23, 28], 7: [1, 3, 5, 14, 19, 33], 8: [6, 22, 24, 29], 9: [5, 13, 15, 17, 18], 10: [3, 14, 31],
  11: [4, 6, 23, 25, 30], 12: [1, 14, 19, 25, 30, 31], 13: [5, 9, 18, 20, 27, 32], 14: [3, 7, 10, 12, 19, 31],
  15: [3, 5, 9, 17], 16: [2, 26], 17: [9, 15, 18], 18: [9, 13, 17, 27], 19: [1, 7, 12, 14], 20: [5, 13, 32, 33],
  21: [24, 27, 29, 32], 22: [1, 6, 8, 24, 28, 32, 33], 23: [6, 11, 28, 30], 24: [8, 21, 22, 29, 32],
  25: [2, 11, 12, 26, 30, 31], 26: [2, 16, 25, 31], 27: [13, 18, 21, 32], 28: [1, 6, 22, 23, 30, 33],
  29: [8, 21, 24], 30: [1, 11, 12, 23, 25, 28], 31: [10, 12, 14, 25, 26], 32: [13, 20, 21, 22, 24, 27, 33],
  33: [1, 5, 7, 20, 22, 28, 32],
};

const isEast = (place: number): boolean => place < BOROUGHS.length && BOROUGHS[place].subregion === 'East';
const isHotspot = (place: number): boolean => isEast(place) || BOROUGHS[place]?.subregion === 'Central';

/** How strongly a victim from `home` is drawn to offence place `place` (0 for home itself: that is a stay). */
function affinity(home: number, place: number): number {
  if (place === home) return 0;
  if (place === UNKNOWN_PLACE) return 1;
  const hot = isHotspot(place) ? 1.6 : 1;
  if (home >= BOROUGHS.length) return hot; // Outside London or not recorded: no local ties.
  if (NEIGHBOURS[home + 1].includes(place + 1)) return 6 * hot;
  return (BOROUGHS[home].subregion === BOROUGHS[place].subregion ? 2 : 1) * hot;
}

const PLACE_INDEX: readonly number[] = OFFENCE_PLACES.map((_, p) => p);
const AFFINITY: readonly (readonly number[])[] = HOME_PLACES.map((_, h) =>
  OFFENCE_PLACES.map((_, p) => affinity(h, p)),
);

/** Chance an offence happens in the victim's home borough (kept above 70%: quotas force some moves away). */
const STAY_SHARE = 0.76;
/** Online offences are placed by where the child was; they stay home somewhat less often. */
const ONLINE_STAY_SHARE = 0.55;

/**
 * A year's offence-place quotas, split into online and other records. Online records get their own quota with the
 * published East share, so that share cannot be spoilt by East boroughs running out of quota late in the year.
 */
export function offenceQuotas(
  records: number,
  online: number,
  eastShare: number,
  weights: readonly number[],
): { online: number[]; other: number[] } {
  const total = largestRemainder(records, weights);
  const east = isEast;
  const eastTotal = total.reduce((s, n, p) => s + (east(p) ? n : 0), 0);
  const onlineEast = Math.min(eastTotal, Math.round(online * eastShare));
  const onlineRest = Math.min(records - eastTotal, online - onlineEast);
  // Within each group, proportional to the year's totals: never above a place's total while the group has room.
  const eastPart = largestRemainder(onlineEast, total.map((n, p) => (east(p) ? n : 0)));
  const restPart = largestRemainder(onlineRest, total.map((n, p) => (east(p) ? 0 : n)));
  const onlineQuota = total.map((_, p) => eastPart[p] + restPart[p]);
  return { online: onlineQuota, other: total.map((n, p) => n - onlineQuota[p]) };
}

/** Deals offence places out of one quota (one financial year's online or other records). */
export class OffencePlaces {
  private readonly left: number[];
  /** Scratch space for one draw's weights (reused: this runs for every away-from-home record). */
  private readonly weights: number[] = OFFENCE_PLACES.map(() => 0);

  constructor(
    quota: readonly number[],
    private readonly online: boolean,
  ) {
    this.left = [...quota];
  }

  /** The offence place (index into OFFENCE_PLACES) of a record whose victim lives at `home` (HOME_PLACES index). */
  pick(home: number, rng: Rng): number {
    const stay = this.online ? ONLINE_STAY_SHARE : STAY_SHARE;
    if (home < BOROUGHS.length && this.left[home] > 0 && rng.chance(stay)) return this.take(home);
    const affinity = AFFINITY[home];
    for (let p = 0; p < this.weights.length; p++) this.weights[p] = this.left[p] * affinity[p];
    // When only home has quota left, the quota wins over the preference for going elsewhere.
    const pool = this.weights.some((w) => w > 0) ? this.weights : this.left;
    if (!pool.some((w) => w > 0)) throw new Error('demo generator: offence quota exhausted');
    return this.take(rng.pick(PLACE_INDEX, pool));
  }

  private take(place: number): number {
    this.left[place]--;
    return place;
  }
}
