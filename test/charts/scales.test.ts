import { describe, expect, it } from 'vitest';
import { classedScale, NO_DATA, sequentialColours } from '../../src/charts/scales';
import { classLegendItems } from '../../src/charts/legend';
import { contrastRatio, textColourOn } from '../../src/charts/colour';

const oneToTen = [10, 3, 1, 7, 5, 2, 9, 4, 8, 6];

describe('classedScale', () => {
  it('puts equal numbers of values in each quantile class, with data values as breaks', () => {
    const scale = classedScale(oneToTen);
    expect(scale.thresholds).toEqual([3, 5, 7, 9]);
    expect(scale.labels).toEqual(['1–2', '3–4', '5–6', '7–8', '9–10']);
    expect(scale.colours).toEqual(['#c6dbef', '#9ecae1', '#6baed6', '#3182bd', '#08519c']);
    expect(oneToTen.map((v) => scale.classOf(v)).sort()).toEqual([0, 0, 1, 1, 2, 2, 3, 3, 4, 4]);
  });

  it('splits 33 boroughs into classes of 6 or 7', () => {
    const scale = classedScale(Array.from({ length: 33 }, (_, i) => i * 10));
    const sizes = [0, 1, 2, 3, 4].map((c) => Array.from({ length: 33 }, (_, i) => scale.classOf(i * 10)).filter((k) => k === c).length);
    expect(sizes).toEqual([7, 7, 6, 7, 6]);
  });

  it('gives ties one class and merges classes when there are too few distinct values', () => {
    const scale = classedScale([0, 0, 0, 0, 0, 0, 0, 1, 2, 3]);
    expect(scale.thresholds).toEqual([2]);
    expect(scale.labels).toEqual(['0–1', '2–3']);
    expect(scale.colours).toEqual(['#9ecae1', '#3182bd']);
  });

  it('labels empty equal-interval classes by their bounds', () => {
    const scale = classedScale([0, 1, 2, 100], { method: 'equal' });
    expect(scale.thresholds).toEqual([20, 40, 60, 80]);
    expect(scale.labels).toEqual(['0–2', '20–40', '40–60', '60–80', '100']);
  });

  it('finds natural breaks between clusters', () => {
    const scale = classedScale([1, 2, 3, 10, 11, 12, 30, 31], { method: 'natural', classes: 3 });
    expect(scale.thresholds).toEqual([10, 30]);
    expect(scale.labels).toEqual(['1–3', '10–12', '30–31']);
  });

  it('formats rates with one decimal, en-GB', () => {
    const scale = classedScale([12.43, 18, 2000.5, 7.25], { classes: 2 });
    expect(scale.labels).toEqual(['7.3–12.4', '18.0–2,000.5']);
  });

  it('sends null, undefined and NaN to the no-data grey and ignores them for breaks', () => {
    const scale = classedScale([null, 1, 2, undefined, Number.NaN, 3, 4, 5]);
    expect(scale.classOf(null)).toBe(-1);
    expect(scale.colour(null)).toBe(NO_DATA.colour);
    expect(scale.colour(undefined)).toBe('#d9d9d9');
    expect(scale.labels).toEqual(['1', '2', '3', '4', '5']);
  });

  it('has a legend with a hatched no-data entry last', () => {
    const items = classLegendItems(classedScale(oneToTen), 'h');
    expect(items.map((item) => item.label)).toEqual(['1–2', '3–4', '5–6', '7–8', '9–10', 'Suppressed or no data']);
    expect(items[5].colour).toBe('url(#h)');
  });

  it('copes with no values and with one value', () => {
    expect(classedScale([]).labels).toEqual([]);
    const one = classedScale([4, 4]);
    expect(one.labels).toEqual(['4']);
    expect(one.colour(4)).toBe('#6baed6');
  });
});

describe('sequential palettes', () => {
  it('keeps the lightest class visibly off-white and every class legible under black or white text', () => {
    for (const k of [2, 3, 4, 5, 6, 7, 8]) {
      for (const palette of ['blues', 'viridis'] as const) {
        const colours = sequentialColours(k, palette);
        expect(colours).toHaveLength(k);
        for (const colour of colours) expect(contrastRatio(colour, textColourOn(colour))).toBeGreaterThanOrEqual(4.5);
      }
    }
    // Against white borders the lightest blue is 1.42:1 (ColorBrewer's own first step, #eff3ff, is 1.11:1).
    expect(contrastRatio(sequentialColours(5)[0], '#ffffff')).toBeCloseTo(1.42, 2);
  });

  it('goes light to dark', () => {
    const viridis = sequentialColours(5, 'viridis');
    expect(viridis[0]).toBe('#fde725');
    expect(viridis[4]).toBe('#440154');
  });
});
