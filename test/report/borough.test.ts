/**
 * `--kind borough --all-boroughs` and `--kind mase`: 33 self-contained packs and an index from one run;
 * every figure equals the query layer's (or its suppression mark); nothing from 1 to N−1 is published in
 * any HTML or figures.json; every pack publishes exactly the cells of the one London-wide plan, and that
 * plan survives the exact margin attack.
 */
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbClient } from '../../src/data/client';
import { loadExtract } from '../../src/data/ingest';
import { openNodeClient } from '../../src/data/nodeClient';
import { BOROUGHS } from '../../src/data/reference/boroughs';
import { feasibleInterval, protectionWidth } from '../../src/disclosure/network';
import { linkedNetwork } from '../../src/disclosure/linked';
import { flowTable, HOME_PLACES, OFFENCE_PLACES, placeCategoryTable, placeMonthTable } from '../../src/queries/flows';
import { runReport } from './run';
import { publicationPlan } from '../../src/report/plan';
import { Publisher } from '../../src/report/publish';
import { packFolder } from '../../src/report/batch';

let dir: string;
let db: DbClient;
const NEWHAM = 'E09000025';

const run = runReport;

const read = (path: string) => readFile(join(dir, path), 'utf8');
const unescape = (text: string) => text.replace(/<[^>]*>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').trim();
const isPublishable = (text: string, n: number) => text === `<${n}` || text === '[c]' || text === '–'
  || (/^\d[\d,]*$/.test(text) && (Number(text.replace(/,/g, '')) === 0 || Number(text.replace(/,/g, '')) >= n));

/** Every count an HTML pack publishes: table cells, counts in text, bar labels and tooltips. */
function htmlCounts(html: string): string[] {
  const cells = [...html.matchAll(/<td>([^<]*)<\/td>/g)].map((m) => unescape(m[1])).filter((c) => !/%$|–\d|^\d+\.\d$/.test(c));
  const counts = [...html.matchAll(/<span class="count">([^<]*)<\/span>/g)].map((m) => unescape(m[1]));
  const labels = [...html.matchAll(/<g [^>]*aria-label="text"[^>]*>([\s\S]*?)<\/g>/g)]
    .flatMap((m) => [...m[1].matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((t) => t[1])).filter((l) => /^\d[\d,]*$/.test(l));
  return [...cells, ...counts, ...labels];
}

/** Numbers under count keys of figures.json (disclosure settings excluded). */
function jsonCounts(value: unknown): number[] {
  if (typeof value === 'number') return [value];
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, v]) => (key === 'disclosure' ? [] : jsonCounts(v)));
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cse-borough-'));
  expect((await run(['--input', 'data/demo-extract.csv', '--kind', 'borough', '--all-boroughs', '--fy', '2014/15', '--out', dir])).code).toBe(0);
  db = await openNodeClient();
  await loadExtract(db, { name: 'demo-extract.csv', bytes: new Uint8Array(await readFile('data/demo-extract.csv')) });
}, 180_000);
afterAll(() => db?.close());

describe('--kind borough --all-boroughs', () => {
  it('writes one folder per borough, named by ONS code and slug, and an index listing them with the period and rule', async () => {
    const folders = (await readdir(dir)).filter((name) => name.startsWith('E09')).sort();
    expect(folders).toEqual(BOROUGHS.map((b) => packFolder(b.code)).sort());
    expect(folders).toContain('E09000002-barking-and-dagenham');
    for (const folder of folders) expect(folder).toMatch(/^E09\d{6}-[a-z0-9-]+$/);
    const index = await read('index.html');
    expect(index.match(/<li><a href="E09\d{6}-[a-z-]+\/index.html">/g)).toHaveLength(33);
    expect(unescape(index)).toContain('Period: financial year 2014/15');
    expect(unescape(index)).toContain('counts from 1 to 9 shown as <10');
    expect(index).not.toMatch(/<script/i);
  });

  it('publishes no count from 1 to 9 in any pack, HTML or JSON, and no script', async () => {
    for (const b of BOROUGHS) {
      const html = await read(join(packFolder(b.code), 'index.html'));
      expect(html).not.toMatch(/<script|\b(src|href)=/i);
      expect(htmlCounts(html).filter((c) => !isPublishable(c, 10)), b.name).toEqual([]);
      const figures = JSON.parse(await read(join(packFolder(b.code), 'figures.json')));
      expect(jsonCounts(figures).filter((n) => n > 0 && n < 10), b.name).toEqual([]);
    }
  });

  it("Newham's pack: figures equal the query layer, a funnel plot, and flows with their totals", async () => {
    const html = await read(join(packFolder(NEWHAM), 'index.html'));
    const figures = JSON.parse(await read(join(packFolder(NEWHAM), 'figures.json')));
    const flows = await flowTable(db, { fy: '2014/15' });
    const categories = await placeCategoryTable(db, { fy: '2014/15' });
    const o = OFFENCE_PLACES.indexOf(NEWHAM);
    expect(figures.records).toBe(categories.counts[o].reduce((a, b) => a + b, 0));
    expect(figures.flows_out.total).toBe(flows.counts[HOME_PLACES.indexOf(NEWHAM)].reduce((a, b) => a + b, 0));
    expect(figures.flows_in.total).toBe(flows.counts.reduce((sum, row) => sum + row[o], 0));
    for (const [place, cell] of Object.entries<unknown>(figures.flows_out.counts)) {
      if (typeof cell === 'number') expect(cell).toBe(flows.counts[HOME_PLACES.indexOf(NEWHAM)][OFFENCE_PLACES.indexOf(place)]);
    }
    expect(html).toContain('<title>Child sexual exploitation in Newham, financial year 2014/15</title>');
    expect(html).toMatch(/aria-label="Funnel plot/);
    expect([...html.matchAll(/<section class="slide" id="([^"]+)"/g)].map((m) => m[1]))
      .toEqual(['cover', 'compare', 'rates', 'trend', 'flows-out', 'flows-in', 'victims', 'caveats', 'method']);
  });

  it('every pack publishes the cells of one plan, and the plan survives the exact margin attack', async () => {
    const plan = await publicationPlan(db, { fy: '2014/15' }, new Publisher({ minCell: 10, roundToFive: false }));
    for (const b of BOROUGHS) {
      const figures = JSON.parse(await read(join(packFolder(b.code), 'figures.json')));
      const row = plan.flows![HOME_PLACES.indexOf(b.code)];
      OFFENCE_PLACES.forEach((place, i) => expect(figures.flows_out.counts[place]).toEqual(row[i].value ?? { value: null, suppressed: row[i].suppressed }));
    }
    const counts = { layers: [HOME_PLACES, OFFENCE_PLACES, ['1', '2', '3']], tables: [(await flowTable(db, { fy: '2014/15' })).counts, (await placeCategoryTable(db, { fy: '2014/15' })).counts] };
    const published = { tables: [plan.flows!, plan.categories], margins: [plan.homeRecords!, OFFENCE_PLACES.map((p) => plan.offence.cells[p]), Object.values(plan.londonCategories.cells)], total: plan.offence.total };
    const { net, mask } = linkedNetwork(counts, published);
    const primaries = mask.flatMap((hidden, i) => (hidden === 'primary' ? [i] : []));
    expect(primaries.length).toBeGreaterThan(100);
    for (const i of primaries) {
      const { low, high } = feasibleInterval(net, mask, 10, i);
      expect(high - low).toBeGreaterThanOrEqual(protectionWidth(10));
    }
  }, 120_000);
});

describe('--kind mase', () => {
  it("writes Newham's monthly pack for a month: new records equal the query layer's, restricted threshold 3", async () => {
    const out = join(dir, 'mase');
    expect((await run(['--input', 'data/demo-extract.csv', '--kind', 'mase', '--borough', 'Newham', '--month', '2015-03', '--min-cell', '3', '--out', out])).code).toBe(0);
    const figures = JSON.parse(await readFile(join(out, 'figures.json'), 'utf8'));
    const months = await placeMonthTable(db, {});
    const count = months.counts[OFFENCE_PLACES.indexOf(NEWHAM)][months.columns.indexOf('2015-03-01')];
    expect(figures.new_records).toEqual(count >= 3 ? count : { value: null, suppressed: 'primary' });
    expect(figures.period).toBe('12 months to 2015-03');
    expect(figures.disclosure).toEqual({ min_cell: 3, round_to_5: false });
    const html = await readFile(join(out, 'index.html'), 'utf8');
    expect(htmlCounts(html).filter((c) => !isPublishable(c, 3))).toEqual([]);
    expect(unescape(html)).toContain('Repeat victims');
  }, 60_000);

  it('refuses options where they do not apply, with one sentence', async () => {
    const cases: [string[], RegExp][] = [
      [['--round5'], /^--min-cell and --round5 apply to report packs only/],
      [['--kind', 'london', '--all-boroughs'], /^--all-boroughs applies to --kind borough or mase only\.$/],
      [['--kind', 'borough'], /^--kind borough needs --borough/],
      [['--kind', 'borough', '--borough', 'Newham', '--month', '2015-03'], /^--month applies to --kind mase only\.$/],
      [['--kind', 'mase', '--borough', 'Newham', '--fy', '2014/15'], /^--kind mase covers the last month/],
    ];
    for (const [args, message] of cases) {
      const { code, errors } = await run(['--input', 'data/demo-extract.csv', '--out', join(dir, 'refused'), ...args]);
      expect(code).toBe(1);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(message);
    }
  });
});
