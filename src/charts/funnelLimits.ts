/** Reading a point against funnel-plot control limits. */

export interface FunnelPoint {
  label: string;
  /** Children in the area: the denominator. */
  population: number;
  /** Rate per 10,000 children. */
  rate: number;
}

export interface FunnelLimit {
  population: number;
  lower95: number;
  upper95: number;
  lower998: number;
  upper998: number;
}

/** Where a point lies: beyond the 99.8% limits, beyond 95% only, or within. */
export type FunnelStatus = 'above998' | 'above95' | 'within' | 'below95' | 'below998';

/** The limits at `population`, linearly interpolated between the two nearest given populations. */
export function limitsAt(limits: readonly FunnelLimit[], population: number): FunnelLimit {
  if (limits.length === 0) throw new Error('A funnel plot needs control limits.');
  const sorted = [...limits].sort((a, b) => a.population - b.population);
  const after = sorted.findIndex((limit) => limit.population >= population);
  if (after === 0) return sorted[0];
  if (after === -1) return sorted[sorted.length - 1];
  const [a, b] = [sorted[after - 1], sorted[after]];
  const t = (population - a.population) / (b.population - a.population);
  const mix = (key: Exclude<keyof FunnelLimit, 'population'>) => a[key] + t * (b[key] - a[key]);
  return { population, lower95: mix('lower95'), upper95: mix('upper95'), lower998: mix('lower998'), upper998: mix('upper998') };
}

/** The status of `point` against `limits`; a point exactly on a limit counts as within it. */
export function funnelStatus(point: FunnelPoint, limits: readonly FunnelLimit[]): FunnelStatus {
  const at = limitsAt(limits, point.population);
  if (point.rate > at.upper998) return 'above998';
  if (point.rate > at.upper95) return 'above95';
  if (point.rate < at.lower998) return 'below998';
  if (point.rate < at.lower95) return 'below95';
  return 'within';
}
