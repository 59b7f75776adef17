/**
 * The funnel plot: each borough's rate against its child population, inside control limits around
 * London's rate. A map or league table ranks small boroughs on noise; the funnel shows which boroughs
 * differ from London by more than chance (Poisson) would explain.
 */
import type { DbClient } from '../data/client';
import { BOROUGHS } from '../data/reference/boroughs';
import { boroughFigures, per10k, type BoroughFigure, type PlaceBasis } from './boroughs';
import type { Filters } from './filters';
import { poissonControlLimit } from './poisson';

/** One borough's dot: its figure without the interval and rank the funnel does not need. */
export type FunnelBorough = Pick<BoroughFigure, 'code' | 'name' | 'subregion' | 'count' | 'children' | 'ratePer10k'>;

/** Control limits (rates per 10,000 children) at one population size. */
export interface FunnelLimit {
  children: number;
  /** Count expected at London's rate. */
  expected: number;
  lower95: number;
  upper95: number;
  lower998: number;
  upper998: number;
}

/** Everything a funnel plot draws: the dots, the centre line and the four limit lines. */
export interface FunnelData {
  basis: PlaceBasis;
  /** The centre line: London's rate per 10,000 children (see `boroughFigures`). */
  londonRate: number;
  boroughs: FunnelBorough[];
  /** Limits at `points` populations, ascending, spanning the smallest to the largest borough. */
  limits: FunnelLimit[];
}

/** Two-sided limits: 95% (about 2 standard deviations) and 99.8% (about 3), as Spiegelhalter recommends. */
const LEVELS = { lower95: 0.025, upper95: 0.975, lower998: 0.001, upper998: 0.999 } as const;

/**
 * Populations spaced evenly on a log scale from just below the smallest borough to just above the largest:
 * the funnel bends most at small populations (the City has 642 children), where even spacing would miss it.
 */
export function funnelPopulations(points: number): number[] {
  const sizes = BOROUGHS.map((b) => b.children);
  const first = Math.min(...sizes) * 0.9;
  const last = Math.max(...sizes) * 1.1;
  const step = Math.log(last / first) / (points - 1);
  return Array.from({ length: points }, (_, i) => Math.round(first * Math.exp(step * i)));
}

/** Control limits at London's rate for one population. */
export function funnelLimit(londonRate: number, children: number): FunnelLimit {
  const expected = (londonRate / 10_000) * children;
  const limit = (p: number) => per10k(poissonControlLimit(p, expected), children);
  return {
    children, expected,
    lower95: limit(LEVELS.lower95), upper95: limit(LEVELS.upper95),
    lower998: limit(LEVELS.lower998), upper998: limit(LEVELS.upper998),
  };
}

/** Funnel plot data for records by offence borough or victims by home borough (`points` ≥ 2 limit rows). */
export async function funnelPlotData(db: DbClient, filters: Filters, basis: PlaceBasis, points = 60): Promise<FunnelData> {
  if (!Number.isInteger(points) || points < 2) throw new Error(`A funnel needs at least 2 points, not ${points}.`);
  const figures = await boroughFigures(db, filters, basis);
  return {
    basis,
    londonRate: figures.londonRate,
    boroughs: figures.boroughs.map(({ code, name, subregion, count, children, ratePer10k }) =>
      ({ code, name, subregion, count, children, ratePer10k })),
    limits: funnelPopulations(points).map((children) => funnelLimit(figures.londonRate, children)),
  };
}
