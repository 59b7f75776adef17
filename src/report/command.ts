/**
 * `npm run report -- --input FILE --out DIR [--fy 2014/15] [--from D --to D] [--borough NAME|CODE]
 * [--kind london|borough|mase [--all-boroughs] [--month YYYY-MM] [--min-cell N] [--round5]]`:
 * reads an extract with the reading rules and writes figures.json, rejected.csv and index.html, or a
 * report pack (or all 33 borough packs and an index). Nothing is written unless everything was computed,
 * so a failed run never leaves a partial figures.json.
 */
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import type { DbClient } from '../data/client';
import { loadExtract } from '../data/ingest';
import { ExtractError, type LoadReport } from '../data/loadReport';
import { openNodeClient } from '../data/nodeClient';
import { rejectedRowsCsv } from '../data/rejectedRows';
import { BOROUGHS } from '../data/reference/boroughs';
import { resolveBorough } from '../queries/boroughs';
import { latestCompleteMonth } from '../queries/flows';
import { financialYearRange, type Filters } from '../queries/filters';
import { computeFigures } from './figures';
import { figuresPage } from './figuresPage';
import { londonPack } from './london/index';
import { boroughPack, londonShared, type BuiltPack } from './borough/index';
import { masePack, rollingYear } from './borough/mase';
import { indexPage, packFolder, writePack, writeWhole } from './batch';
import { nodeEnv } from './node';
import { LOWEST_MIN_CELL, DEFAULT_MIN_CELL } from '../disclosure/smallNumbers';
import type { SuppressionRule } from '../disclosure/suppress';
const USAGE = 'Usage: npm run report -- --input FILE --out DIR [--fy 2014/15] [--from YYYY-MM-DD --to YYYY-MM-DD] [--borough NAME|CODE] '
  + '[--kind london|borough|mase [--all-boroughs] [--month YYYY-MM] [--min-cell N] [--round5]]';
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const KINDS = ['london', 'borough', 'mase'] as const;

/** A problem with how the command was called or what it was given: printed as one sentence. */
class UsageError extends Error {}

type Args = ReturnType<typeof parseArgs<{ options: typeof OPTIONS }>>['values'] & { input: string; out: string };
const OPTIONS = {
  input: { type: 'string' }, out: { type: 'string' }, fy: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' },
  borough: { type: 'string' }, kind: { type: 'string' }, 'min-cell': { type: 'string' }, round5: { type: 'boolean' },
  'all-boroughs': { type: 'boolean' }, month: { type: 'string' },
} as const;

/** Options that only make sense with some kinds: each refused with a sentence saying where it applies. */
function checkCombinations(v: Args): void {
  const kind = v.kind as (typeof KINDS)[number] | undefined;
  if (kind !== undefined && !KINDS.includes(kind)) throw new UsageError('--kind must be london, borough or mase (or left out for the figures page).');
  if ((v['min-cell'] !== undefined || v.round5) && !kind) {
    throw new UsageError('--min-cell and --round5 apply to report packs only: add --kind london, borough or mase (the figures page is for analysts and is not suppressed).');
  }
  if (v['all-boroughs'] && kind !== 'borough' && kind !== 'mase') throw new UsageError('--all-boroughs applies to --kind borough or mase only.');
  if (v['all-boroughs'] && v.borough) throw new UsageError('--all-boroughs writes every borough: leave out --borough.');
  if ((kind === 'borough' || kind === 'mase') && !v.borough && !v['all-boroughs']) throw new UsageError(`--kind ${kind} needs --borough NAME|CODE or --all-boroughs.`);
  if (v.month !== undefined && kind !== 'mase') throw new UsageError('--month applies to --kind mase only.');
  if (v.month !== undefined && !/^\d{4}-(0[1-9]|1[0-2])$/.test(v.month)) throw new UsageError('--month must be a month written YYYY-MM.');
  if (kind === 'mase' && (v.fy || v.from || v.to)) throw new UsageError('--kind mase covers the last month and the 12 months to it: use --month instead of --fy, --from or --to.');
}

function parse(argv: string[]): Args {
  const { values } = parseArgs({ args: argv, options: OPTIONS });
  if (!values.input || !values.out) throw new UsageError(`--input and --out are required. ${USAGE}`);
  for (const key of ['from', 'to'] as const) {
    if (values[key] && !ISO_DATE.test(values[key]!)) throw new UsageError(`--${key} must be a date written YYYY-MM-DD.`);
  }
  if (values.fy) financialYearRange(values.fy);
  checkCombinations(values as Args);
  rule(values['min-cell'], values.round5);
  return values as Args;
}

/** The disclosure rule from --min-cell and --round5: a threshold below 3 is refused. */
function rule(minCell: string | undefined, round5: boolean | undefined): SuppressionRule {
  const n = minCell === undefined ? DEFAULT_MIN_CELL : Number(minCell);
  if (!Number.isInteger(n) || n < LOWEST_MIN_CELL) {
    throw new UsageError(`--min-cell must be a whole number of at least ${LOWEST_MIN_CELL}, so that no count small enough to identify a child is published.`);
  }
  return { minCell: n, roundToFive: round5 ?? false };
}

/** The borough named by --borough, as an ONS code. */
function boroughCode(text: string): string {
  const code = resolveBorough(text);
  if (!code) throw new UsageError(`--borough "${text}" is not a London borough name or ONS code.`);
  return code;
}

/** The period filters (no borough): --fy/--from/--to, or for MASE the 12 months to --month or the latest complete month. */
async function periodFilters(db: DbClient, args: Args): Promise<{ filters: Filters; period: string; month?: string }> {
  if (args.kind === 'mase') {
    const month = args.month ?? (await latestCompleteMonth(db));
    if (!month) throw new UsageError(`${args.input} has no records, so there is no month to report.`);
    return { filters: rollingYear(month), period: `12 months to ${month}`, month };
  }
  const filters: Filters = { fy: args.fy, from: args.from, to: args.to };
  const period = args.fy ? `financial year ${args.fy}` : [args.from ?? 'start', args.to ?? 'end'].join(' to ');
  return { filters: Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined)) as Filters, period };
}

/** The pack kinds: builds and writes one pack, or every borough's and the index; returns what to print. */
async function writePacks(db: DbClient, args: Args, load: LoadReport, today: string): Promise<string> {
  const { filters, period, month } = await periodFilters(db, args);
  const input = { filters, rule: rule(args['min-cell'], args.round5), period, source: load.file, made: today };
  const env = await nodeEnv();
  if (args.kind === 'london') {
    const scoped = args.borough ? { ...filters, offenceBorough: boroughCode(args.borough) } : filters;
    const pack = await londonPack(db, { ...input, filters: scoped }, env);
    await writePack(args.out, pack);
    return `Wrote the London pack (${pack.slides} slides), figures.json and rejected.csv to ${args.out}.`;
  }
  const codes = args['all-boroughs'] ? BOROUGHS.map((b) => b.code) : [boroughCode(args.borough!)];
  const started = Date.now();
  const shared = await londonShared(db, filters, input, env);
  const build = (code: string): Promise<BuiltPack> => (args.kind === 'mase' ? masePack(db, input, shared, code, month!) : boroughPack(db, input, shared, code));
  if (!args['all-boroughs']) {
    const pack = await build(codes[0]);
    await writePack(args.out, pack);
    return `Wrote the ${args.kind} pack (${pack.slides} slides), figures.json and rejected.csv to ${args.out}.`;
  }
  for (const code of codes) await writePack(join(args.out, packFolder(code)), await build(code));
  const ruleText = `counts from 1 to ${input.rule.minCell - 1} shown as <${input.rule.minCell}${input.rule.roundToFive ? ', others rounded to 5' : ''}.`;
  await writeWhole(join(args.out, 'index.html'), indexPage({ kind: args.kind!, period, rule: ruleText, made: today, source: load.file }, codes));
  return `Wrote ${codes.length} ${args.kind} packs and index.html to ${args.out} in ${((Date.now() - started) / 1000).toFixed(1)} s.`;
}

/** Runs the command; returns the process exit code. `today` is injectable so tests can fix the date. */
export async function reportCommand(argv: string[], today = new Date().toISOString().slice(0, 10)): Promise<number> {
  let db: DbClient | undefined;
  try {
    const args = parse(argv);
    const bytes = await readFile(args.input).catch(() => {
      throw new UsageError(`${args.input} cannot be read: check the path.`);
    });
    db = await openNodeClient();
    const load = await loadExtract(db, { name: basename(args.input), bytes: new Uint8Array(bytes) });
    const rejected = await rejectedRowsCsv(db, load);
    let done: string;
    if (args.kind) done = await writePacks(db, args, load, today);
    else {
      const { filters, period } = await periodFilters(db, args);
      const selection = args.borough ? { ...filters, offenceBorough: boroughCode(args.borough) } : filters;
      const figures = await computeFigures(db, selection, load);
      await writePack(args.out, { html: figuresPage(figures, period, today), figures, slides: 0 });
      done = `Wrote figures.json, rejected.csv and index.html to ${args.out}.`;
    }
    await writeWhole(join(args.out, 'rejected.csv'), rejected);
    console.log(`${load.file}: ${load.rowsRead} rows read, ${load.rowsAccepted} accepted, ${load.rowsRejected} rejected.`);
    for (const warning of load.warnings) console.log(`Warning: ${warning}`);
    console.log(done);
    return 0;
  } catch (error) {
    if (error instanceof ExtractError || error instanceof UsageError) console.error(error.message);
    else if (error instanceof Error && /financial year|Unknown option|argument/.test(error.message)) console.error(error.message);
    else throw error;
    return 1;
  } finally {
    await db?.close();
  }
}
