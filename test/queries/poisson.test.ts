/** The Poisson arithmetic against values worked out independently (by summing the Poisson series). */
import { describe, expect, it } from 'vitest';
import { gammaP, gammaQuantile, logGamma, poissonCdf, poissonControlLimit, poissonInterval } from '../../src/queries/poisson';

describe('exact Poisson interval', () => {
  it.each([
    [0, 0, 3.688879],
    [1, 0.025318, 5.571643],
    [2, 0.242209, 7.224688],
    [3, 0.618672, 8.767273],
    [10, 4.795389, 18.390356],
  ])('count %d: 95%% interval %f–%f', (count, low, high) => {
    const ci = poissonInterval(count);
    expect(ci.low).toBeCloseTo(low, 5);
    expect(ci.high).toBeCloseTo(high, 5);
  });

  it('count 0 has upper limit −ln(α/2) at any level', () => {
    expect(poissonInterval(0).high).toBeCloseTo(-Math.log(0.025), 10);
    expect(poissonInterval(0, 0.998).high).toBeCloseTo(-Math.log(0.001), 10);
  });

  it('count 10 at 99.8%: 2.960520–24.133971', () => {
    const ci = poissonInterval(10, 0.998);
    expect(ci.low).toBeCloseTo(2.960520, 5);
    expect(ci.high).toBeCloseTo(24.133971, 5);
  });

  it('large counts: 100 → 81.364–121.627, 1000 → 938.97–1063.95', () => {
    expect(poissonInterval(100).low).toBeCloseTo(81.364, 3);
    expect(poissonInterval(100).high).toBeCloseTo(121.627, 3);
    expect(poissonInterval(1000).low).toBeCloseTo(938.973, 3);
    expect(poissonInterval(1000).high).toBeCloseTo(1063.952, 3);
  });
});

describe('gamma functions', () => {
  it('ln Γ of whole and half numbers', () => {
    expect(logGamma(1)).toBeCloseTo(0, 14);
    expect(logGamma(3)).toBeCloseTo(Math.log(2), 14);
    expect(logGamma(10)).toBeCloseTo(Math.log(362880), 12);
    expect(logGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 14);
  });

  it('P(a, x) equals the Poisson tail for whole a, on both sides of x = a + 1', () => {
    expect(gammaP(1, 2)).toBeCloseTo(1 - Math.exp(-2), 14);
    expect(gammaP(3, 2)).toBeCloseTo(1 - 5 * Math.exp(-2), 14);
    expect(gammaP(3, 5)).toBeCloseTo(1 - 18.5 * Math.exp(-5), 14);
    expect(gammaP(2, 0)).toBe(0);
  });

  it('the quantile inverts P', () => {
    expect(gammaP(10, gammaQuantile(0.025, 10))).toBeCloseTo(0.025, 12);
    expect(gammaQuantile(0.5, 1)).toBeCloseTo(Math.log(2), 12);
  });

  it('Poisson CDF', () => {
    expect(poissonCdf(-1, 10)).toBe(0);
    expect(poissonCdf(4, 10)).toBeCloseTo(0.029252688, 9);
    expect(poissonCdf(17, 10)).toBeCloseTo(0.985722386, 9);
    expect(poissonCdf(3, 0)).toBe(1);
  });
});

describe('funnel control limits (Spiegelhalter interpolation)', () => {
  it.each([
    [0.025, 10, 3.775188], [0.975, 10, 16.159951], [0.001, 10, 1.220529], [0.999, 10, 20.662001],
    [0.975, 0.5, 1.860026], [0.999, 0.5, 3.475859],
  ])('p = %f, λ = %f → %f', (p, lambda, limit) => {
    expect(poissonControlLimit(p, lambda)).toBeCloseTo(limit, 5);
  });

  it('never goes below zero', () => {
    expect(poissonControlLimit(0.025, 0.5)).toBe(0);
    expect(poissonControlLimit(0.001, 0)).toBe(0);
  });
});
