import { describe, expect, it } from 'vitest';
import { barChart, chartMarkup, rollingPoints, stackShares } from '../../src/charts';
import { all } from './snapshot';
import { CASES, document } from './cases';
import { categoryShares, SCRIPT_LABEL, trendRows } from './fixtures';

const texts = (root: Element, selector = 'text') => all(root, selector).map((t) => t.textContent);
const fills = (root: Element, selector: string) => all(root, selector).map((el) => el.getAttribute('fill'));

describe('barChart', () => {
  const chart = CASES['bar-boroughs']();
  it('draws one bar per row, largest first, the highlight in vermillion and bold', () => {
    expect(all(chart, 'g[aria-label="bar"] rect')).toHaveLength(5);
    expect(texts(chart, 'g[aria-label="y-axis tick label"] text')).toEqual(['Barking and Dagenham', 'Newham', 'Lambeth', 'Southwark', SCRIPT_LABEL]);
    expect(fills(chart, 'g[aria-label="bar"] rect').filter((f) => f === '#D55E00')).toHaveLength(1);
    expect(all(chart, 'text[font-weight="bold"]').map((t) => t.textContent)).toEqual(['Newham']);
    expect(texts(chart)).toContain('Borough average: 102');
  });

  it('keeps a label with markup in it as text', () => {
    const markup = chartMarkup(chart);
    expect(markup).not.toContain('<script');
    expect(markup).toContain('&lt;script&gt;');
    expect(texts(chart)).toContain(SCRIPT_LABEL);
  });

  it('takes its size from options and needs a document in Node', () => {
    const svg = barChart([{ label: 'a', value: 1 }], { document, ariaLabel: 'x', width: 300, height: 120 });
    expect([svg.getAttribute('width'), svg.getAttribute('height')]).toEqual(['300', '120']);
    expect(() => barChart([], { ariaLabel: 'x' })).toThrow(/nodeDocument/);
  });
});

describe('stackedProportionChart', () => {
  it('stacks shares to 100% in the fixed series order', () => {
    const segments = stackShares(categoryShares, ['Category 1', 'Category 2', 'Category 3'], ['a', 'b', 'c']);
    expect(segments.filter((s) => s.key === '2014/15').map((s) => s.series)).toEqual(['Category 1', 'Category 2', 'Category 3']);
    expect(segments.find((s) => s.key === '2014/15' && s.series === 'Category 1')?.y1).toBe(0);
    expect(segments.filter((s) => s.key === '2014/15').at(-1)?.y2).toBeCloseTo(1, 10);
  });

  it('draws six segments in category colours with shares written in, and the flag marker', () => {
    const chart = CASES['stacked-financial-year']();
    expect(fills(chart, 'g[aria-label="bar"] rect')).toEqual(['#0072B2', '#E69F00', '#D55E00', '#0072B2', '#E69F00', '#D55E00']);
    expect(texts(chart)).toContain('70%');
    expect(texts(chart, 'g[aria-label="marker"] text')).toEqual(['Flags introduced Oct 2013 (part year)']);
    expect(texts(chart, 'g.legend text')).toEqual(['Category 1', 'Category 2', 'Category 3']);
  });

  it('orders months by date and writes them as "Oct 2013"', () => {
    expect(texts(CASES['stacked-months'](), 'g[aria-label="x-axis tick label"] text')).toEqual(['Sep 2013', 'Oct 2013', 'Nov 2013', 'Dec 2013']);
  });
});

describe('multiLineChart and trendChart', () => {
  it('draws one line per series, each with its own dash, and a legend of four', () => {
    const chart = CASES['multi-line-outcomes']();
    const lines = all(chart, 'g[aria-label="line"]');
    expect(lines).toHaveLength(4);
    expect(new Set(lines.map((g) => g.getAttribute('stroke'))).size).toBe(4);
    expect(texts(chart, 'g.legend text')).toEqual(['Suspicion', 'Crime', 'Detections', 'Intelligence/disruption']);
  });

  it('draws a bar per month and the rolling line on the same axis, with the latest 12-month total written', () => {
    const chart = CASES['trend-monthly']();
    expect(all(chart, 'g[aria-label="rect"] rect')).toHaveLength(18);
    expect(all(chart, 'g[aria-label="line"][stroke="#D55E00"] path')).toHaveLength(1);
    expect(texts(chart)).toContain('12 months to Mar 2015: 1,904');
    expect(rollingPoints(trendRows).map((p) => p.mean)).toHaveLength(7);
    expect(rollingPoints(trendRows)[0].mean).toBeCloseTo((1700 + 11 * 12) / 12, 10);
  });
});

describe('pyramidChart and histogramChart', () => {
  it('puts females left of the centre line and males right, for every age 0–17', () => {
    const chart = CASES['pyramid-victims']();
    const centre = Number(all(chart, 'g[aria-label="rule"] line')[0].getAttribute('x1'));
    const bars = all(chart, 'g[aria-label="bar"] rect');
    expect(bars).toHaveLength(16);
    for (const bar of bars) {
      const x = Number(bar.getAttribute('x'));
      if (bar.getAttribute('fill') === '#D55E00') expect(x).toBeLessThan(centre);
      else expect(x).toBeGreaterThanOrEqual(centre);
    }
    expect(texts(chart, 'g[aria-label="y-axis tick label"] text')).toHaveLength(18);
  });

  it('emphasises the last bin only', () => {
    const chart = CASES['histogram-missing']();
    const barFills = fills(chart, 'g[aria-label="bar"] rect');
    expect(barFills).toHaveLength(16);
    expect(barFills.indexOf('#D55E00')).toBe(15);
    expect(barFills.filter((f) => f === '#D55E00')).toHaveLength(1);
  });
});

describe('funnelPlot and dotRangeChart', () => {
  it('marks points beyond the limits by shape and colour and names those beyond 99.8%', () => {
    const chart = CASES['funnel-rates']();
    const groups = all(chart, 'g[aria-label="dot"]');
    const points = groups.flatMap((g) => all(g, 'title').map(() => g.getAttribute('fill')));
    expect(points).toEqual(['white', 'white', '#D55E00', '#D55E00', '#0072B2']);
    expect(all(chart, 'g[aria-label="dot"] path')).toHaveLength(3);
    expect(texts(chart)).toEqual(expect.arrayContaining(['Barking and Dagenham', 'Barnet', 'Camden', 'London 14.0']));
    expect(texts(chart)).not.toContain('Bexley');
  });

  it('draws an interval and a dot per row', () => {
    const chart = CASES['dot-range-rates']();
    expect(all(chart, 'g[aria-label="dot"] circle')).toHaveLength(4);
    expect(all(chart, 'g[aria-label="rule"] line').length).toBeGreaterThanOrEqual(4);
    expect(all(chart, 'title').map((t) => t.textContent)).toContain(`${SCRIPT_LABEL}: 8.1 (95% CI 6.4 to 10.1)`);
  });
});
