/**
 * Poisson intervals and funnel-plot limits, in plain arithmetic (no d3, no statistics package), so the
 * dashboard and the reports compute the same numbers in any runtime.
 *
 * Exact ("Garwood") interval for an observed count k at level 1 − α, via the chi-square/gamma relation:
 *   lower = Γ⁻¹(α/2; k)          (0 when k = 0)
 *   upper = Γ⁻¹(1 − α/2; k + 1)
 * where Γ⁻¹(p; a) is the quantile of a gamma distribution with shape a and scale 1 (= χ²(2a)/2).
 */

/**
 * ln Γ(x) for x > 0: Stirling's series to the x⁻⁹ term, after shifting x up to at least 15 with
 * Γ(x) = Γ(x + 1) / x. The first omitted term is below 3e-16 there, so the result is good to double
 * precision (the Lanczos coefficients usually quoted are only good to about 1e-8 in this form).
 */
export function logGamma(x: number): number {
  let shift = 0;
  while (x < 15) {
    shift += Math.log(x);
    x += 1;
  }
  const inv = 1 / x;
  const inv2 = inv * inv;
  // Bernoulli-number coefficients B₂ₖ / (2k(2k − 1)): 1/12, −1/360, 1/1260, −1/1680, 1/1188.
  const series = inv * (1 / 12 + inv2 * (-1 / 360 + inv2 * (1 / 1260 + inv2 * (-1 / 1680 + inv2 / 1188))));
  return (x - 0.5) * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI) + series - shift;
}

/**
 * Regularised lower incomplete gamma P(a, x) (Numerical Recipes §6.2): the series converges fast
 * below x = a + 1, the continued fraction (modified Lentz) above it; both to ~1e-15.
 */
export function gammaP(a: number, x: number): number {
  if (x <= 0) return 0;
  const prefix = Math.exp(-x + a * Math.log(x) - logGamma(a));
  if (x < a + 1) {
    let term = 1 / a;
    let sum = term;
    for (let n = 1; n < 10_000 && Math.abs(term) > Math.abs(sum) * 1e-16; n++) sum += (term *= x / (a + n));
    return Math.min(1, sum * prefix);
  }
  const tiny = 1e-300;
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 10_000; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    d = Math.abs(d) < tiny ? 1 / tiny : 1 / d;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return Math.max(0, 1 - prefix * h);
}

/**
 * Γ⁻¹(p; a): the x with P(a, x) = p, by bisection. P is monotone in x, so bisection cannot fail;
 * 200 halvings of a bracket found by doubling reach the limit of double precision.
 */
export function gammaQuantile(p: number, a: number): number {
  if (p <= 0) return 0;
  if (p >= 1) return Infinity;
  let lo = 0;
  let hi = Math.max(1, a);
  while (gammaP(a, hi) < p) hi *= 2;
  for (let i = 0; i < 200 && hi - lo > 1e-13 * hi; i++) {
    const mid = (lo + hi) / 2;
    if (gammaP(a, mid) < p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

// Intervals by `count|level`: the bisections took most of a borough refresh's JavaScript (66 counts each).
const intervals = new Map<string, { low: number; high: number }>();

/** Exact Poisson confidence interval for an observed count (default 95%). */
export function poissonInterval(count: number, level = 0.95): { low: number; high: number } {
  const key = `${count}|${level}`;
  let interval = intervals.get(key);
  if (!interval) {
    const alpha = 1 - level;
    interval = { low: count === 0 ? 0 : gammaQuantile(alpha / 2, count), high: gammaQuantile(1 - alpha / 2, count + 1) };
    if (intervals.size >= 10_000) intervals.clear();
    intervals.set(key, interval);
  }
  return { ...interval };
}

/** Poisson cumulative probability P(X ≤ r) for mean λ: equals 1 − P(r + 1, λ). */
export function poissonCdf(r: number, lambda: number): number {
  if (r < 0) return 0;
  if (lambda <= 0) return 1;
  return 1 - gammaP(r + 1, lambda);
}

/**
 * The p-quantile of a Poisson(λ) count, interpolated between whole counts as in Spiegelhalter (2005),
 * "Funnel plots for comparing institutional performance", Stat Med 24:1185, appendix A.1: with r the
 * smallest count whose cumulative probability reaches p, the limit is r − (F(r) − p) / (F(r) − F(r − 1)).
 * The interpolation makes the funnel's edges smooth instead of steps. Never below 0.
 *
 * When λ is tiny, P(0) alone can reach p (λ ≤ 0.0253 for p = 0.975): the quantile is then 0, below the
 * mean, and any count of 1 or more lies beyond the limit. That is the true discrete quantile, not a bug;
 * it only shows when a narrow filter leaves London with a very low rate.
 */
export function poissonControlLimit(p: number, lambda: number): number {
  // Start at the mean and walk: the quantile is within a few standard deviations of it.
  let r = Math.floor(lambda);
  while (r > 0 && poissonCdf(r - 1, lambda) >= p) r--;
  while (poissonCdf(r, lambda) < p) r++;
  const upper = poissonCdf(r, lambda);
  const below = poissonCdf(r - 1, lambda);
  return Math.max(0, r - (upper - p) / (upper - below));
}
