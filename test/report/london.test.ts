/**
 * `npm run report -- --kind london`: a self-contained pack with no script, a chart on every chart slide,
 * and no published count from 1 to 9 anywhere a count is published (table cells, counts in text, chart
 * value labels drawn from counts, figures.json).
 */
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { BOROUGHS } from '../../src/data/reference/boroughs';
import { SUBREGIONS } from '../../src/queries/boroughs';
import { runReport } from './run';

let dir: string;
let html: string;
let figures: Record<string, unknown>;

const run = runReport;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cse-london-'));
  const { code } = await run(['--input', 'data/demo-extract.csv', '--kind', 'london', '--fy', '2014/15', '--out', dir]);
  expect(code).toBe(0);
  html = await readFile(join(dir, 'index.html'), 'utf8');
  figures = JSON.parse(await readFile(join(dir, 'figures.json'), 'utf8'));
}, 60_000);
afterEach(() => vi.restoreAllMocks());

const unescape = (text: string) => text.replace(/<[^>]*>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').trim();
const slides = () => [...html.matchAll(/<section class="slide" id="([^"]+)"[\s\S]*?<\/section>/g)].map((m) => ({ id: m[1], html: m[0] }));

/** A published count is 0, at least 10, or a suppression mark. */
function isPublishable(text: string): boolean {
  if (text === '<10' || text === '[c]' || text === '–') return true;
  if (!/^\d[\d,]*$/.test(text)) return false;
  const n = Number(text.replace(/,/g, ''));
  return n === 0 || n >= 10;
}

/** Every count in figures.json: numbers under count keys (disclosure settings and source facts excluded). */
function jsonCounts(value: unknown, path = ''): [string, number][] {
  if (typeof value === 'number') return [[path, value]];
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, v]) => (key === 'disclosure' ? [] : jsonCounts(v, `${path}.${key}`)));
}

describe('the London pack on the demo extract, FY 2014/15', () => {
  it('is one self-contained page: no script, the CSP, print slides with footers', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\b(src|href)=/i);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
    expect(html).toContain('@page { size: A4 landscape');
    expect(html).toContain('break-after: page');
    const list = slides();
    expect(list.map((s) => s.id)).toEqual(['cover', 'categories', 'online', 'boroughs-offence', 'boroughs-home', 'rates-offence', 'subregions',
      'referral', 'units', 'missing', 'victims', 'suspects', 'safeguard', 'trend', 'caveats', 'method']);
    for (const slide of list) {
      expect(slide.html).toMatch(/<footer><span class="page"><\/span><span>financial year 2014\/15<\/span><span>Source: demo-extract.csv<\/span>/);
      expect(slide.html).toContain('Made 2026-11-24');
      expect(slide.html).toContain('Synthetic demo data');
    }
  });

  it('draws at least one SVG on every chart slide, the maps included', () => {
    for (const slide of slides().filter((s) => !['cover', 'caveats', 'method'].includes(s.id))) {
      expect((slide.html.match(/<svg/g) ?? []).length, slide.id).toBeGreaterThanOrEqual(1);
    }
    expect((html.match(/<svg/g) ?? []).length).toBeGreaterThanOrEqual(16);
    expect((html.match(/<path[^>]*data-code="E09/g) ?? []).length).toBe(66);
  });

  it('leads with the published records, equal to figures.json', () => {
    expect(figures.records).toBe(1852);
    expect(figures.disclosure).toEqual({ min_cell: 10, round_to_5: false });
    const cover = slides()[0].html;
    expect(unescape(cover.match(/<div class="big">([\s\S]*?)<\/div>/)![1])).toBe('1,852');
    expect(slides()[1].html).toMatch(/7 in 10 flagged records in London were Category 1/);
  });

  it('publishes no count from 1 to 9: table cells, counts in text, bar value labels, figures.json', () => {
    const cells = [...html.matchAll(/<td>([^<]*)<\/td>/g)].map((m) => unescape(m[1]));
    const counts = [...html.matchAll(/<span class="count">([^<]*)<\/span>/g)].map((m) => unescape(m[1]));
    expect(cells.length).toBeGreaterThan(50);
    expect(counts.length).toBeGreaterThan(30);
    // Rates per 10,000 children and their intervals are decimals ("21.1", "17.3–25.4"), never counts.
    expect(cells.filter((c) => !/%$/.test(c) && !/^\d+\.\d(–\d+\.\d)?$/.test(c) && !isPublishable(c))).toEqual([]);
    expect(counts.filter((c) => !isPublishable(c))).toEqual([]);
    // Value labels of the count bar charts (Plot text marks after the bars), and every map tooltip.
    const labels = [...html.matchAll(/<g [^>]*aria-label="text"[^>]*>([\s\S]*?)<\/g>/g)].flatMap((m) => [...m[1].matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((t) => t[1]));
    expect(labels.filter((l) => /^\d[\d,]*$/.test(l) && !isPublishable(l))).toEqual([]);
    expect(labels.filter((l) => /^\d[\d,]*$/.test(l)).length).toBeGreaterThan(80);
    const tips = [...html.matchAll(/<title>[^<:]*: ([^<]*)<\/title>/g)].map((m) => m[1]);
    // Funnel dots' tooltips give a rate and a population, and are drawn only for boroughs whose count is published.
    expect(tips.filter((t) => t !== 'suppressed or no data' && !/%$/.test(t) && !/^[\d.]+ per 10,000 \([\d,]+ children\)$/.test(t) && !isPublishable(t))).toEqual([]);
    expect(tips.filter((t) => /^\d/.test(t)).length).toBeGreaterThan(50);
    const all = jsonCounts(figures);
    expect(all.length).toBeGreaterThan(150);
    expect(all.filter(([, n]) => n > 0 && n < 10)).toEqual([]);
  });

  it('shows small cells as <10 and the cells hiding them as [c]', () => {
    const byOffence = (figures.by_offence_borough as { counts: Record<string, unknown> }).counts;
    expect(byOffence.E09000001).toEqual({ value: null, suppressed: 'primary' });
    const boroughs = slides().find((s) => s.id === 'boroughs-offence')!.html;
    expect(unescape(boroughs)).toContain('City of London (<10)');
    expect(html).toMatch(/<td>&lt;10<\/td>/);
    expect(html).toMatch(/<td>\[c\]<\/td>/);
    expect(html).toContain('City of London: suppressed or no data');
  });

  it('publishes a sub-region total only where every borough in it is published, so no hidden borough can be solved from it', () => {
    const pairs = [['by_offence_subregion', 'by_offence_borough'], ['by_home_subregion', 'by_home_borough']] as const;
    for (const [subregions, boroughs] of pairs) {
      const sums = (figures[subregions] as { counts: Record<string, unknown> }).counts;
      const cells = (figures[boroughs] as { counts: Record<string, unknown> }).counts;
      for (const subregion of SUBREGIONS) {
        const members = BOROUGHS.filter((b) => b.subregion === subregion).map((b) => cells[b.code]);
        if (typeof sums[subregion] === 'number') expect(sums[subregion]).toBe(members.reduce((a: number, n) => a + (n as number), 0));
        else expect(members.some((n) => typeof n !== 'number'), `${subregions} ${subregion}`).toBe(true);
      }
    }
  });

  it('states the caveats, the method and the attributions', () => {
    const text = unescape(html);
    expect(text).toMatch(/Only \d+% of records \([\d,]+ of 1,852\) record the suspect's relationship/);
    expect(text).toContain('counts from 1 to 9 are shown as <10; [c] marks a count hidden so that a small count cannot be worked out from a total');
    expect(text).toContain('Threshold used: 10');
    expect(text).toContain('Contains National Statistics data © Crown copyright and database right 2025. Contains OS data © Crown copyright and database right 2025.');
    expect(text).toContain('Greater London Authority (GLA)');
  });
});

describe('disclosure options', () => {
  it('refuses --min-cell below 3 with one sentence', async () => {
    const { code, errors } = await run(['--input', 'data/demo-extract.csv', '--kind', 'london', '--min-cell', '2', '--out', join(dir, 'two')]);
    expect(code).toBe(1);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^--min-cell must be a whole number of at least 3[^.]*\.$/);
  });

  it('rounds to 5 and records the rule in figures.json', async () => {
    const out = join(dir, 'round');
    expect((await run(['--input', 'data/demo-extract.csv', '--kind', 'london', '--fy', '2014/15', '--round5', '--min-cell', '5', '--out', out])).code).toBe(0);
    const rounded = JSON.parse(await readFile(join(out, 'figures.json'), 'utf8'));
    expect(rounded.disclosure).toEqual({ min_cell: 5, round_to_5: true });
    expect(rounded.records).toBe(1850);
    expect(jsonCounts(rounded).every(([, n]) => n % 5 === 0)).toBe(true);
    expect(await readFile(join(out, 'index.html'), 'utf8')).toContain('shown as &lt;5');
  }, 60_000);
});
