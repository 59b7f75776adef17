/**
 * `npm run report -- --input FILE --out DIR [--fy 2014/15] [--from D --to D] [--borough NAME|CODE]`:
 * reads an extract with the reading rules and writes figures.json, rejected.csv and index.html.
 * Nothing is written unless everything was computed, so a failed run never leaves a partial figures.json.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import type { DbClient } from '../data/client';
import { loadExtract } from '../data/ingest';
import { ExtractError } from '../data/loadReport';
import { openNodeClient } from '../data/nodeClient';
import { rejectedRowsCsv } from '../data/rejectedRows';
import { resolveBorough } from '../queries/boroughs';
import { financialYearRange, type Filters } from '../queries/filters';
import { computeFigures } from './figures';
import { figuresPage } from './figuresPage';
import { londonPack } from './london/index';
import { LOWEST_MIN_CELL, DEFAULT_MIN_CELL } from '../disclosure/smallNumbers';
import type { SuppressionRule } from '../disclosure/suppress';

const USAGE = 'Usage: npm run report -- --input FILE --out DIR [--fy 2014/15] [--from YYYY-MM-DD --to YYYY-MM-DD] [--borough NAME|CODE] [--kind london [--min-cell N] [--round5]]';
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A problem with how the command was called or what it was given: printed as one sentence. */
class UsageError extends Error {}

function parse(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: { input: { type: 'string' }, out: { type: 'string' }, fy: { type: 'string' }, from: { type: 'string' },
      to: { type: 'string' }, borough: { type: 'string' }, kind: { type: 'string' }, 'min-cell': { type: 'string' },
      round5: { type: 'boolean' } },
  });
  if (!values.input || !values.out) throw new UsageError(`--input and --out are required. ${USAGE}`);
  for (const key of ['from', 'to'] as const) {
    if (values[key] && !ISO_DATE.test(values[key]!)) throw new UsageError(`--${key} must be a date written YYYY-MM-DD.`);
  }
  if (values.fy) financialYearRange(values.fy);
  if (values.kind !== undefined && values.kind !== 'london') throw new UsageError(`--kind must be london (or left out for the figures page).`);
  rule(values['min-cell'], values.round5);
  return values as typeof values & { input: string; out: string };
}

/** The disclosure rule from --min-cell and --round5: a threshold below 3 is refused. */
function rule(minCell: string | undefined, round5: boolean | undefined): SuppressionRule {
  const n = minCell === undefined ? DEFAULT_MIN_CELL : Number(minCell);
  if (!Number.isInteger(n) || n < LOWEST_MIN_CELL) {
    throw new UsageError(`--min-cell must be a whole number of at least ${LOWEST_MIN_CELL}, so that no count small enough to identify a child is published.`);
  }
  return { minCell: n, roundToFive: round5 ?? false };
}

async function selection(db: DbClient, args: ReturnType<typeof parse>): Promise<Filters> {
  const filters: Filters = { fy: args.fy, from: args.from, to: args.to };
  if (args.borough) {
    const code = await resolveBorough(db, args.borough);
    if (!code) throw new UsageError(`--borough "${args.borough}" is not a London borough name or ONS code.`);
    filters.offenceBorough = code;
  }
  return Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined)) as Filters;
}

/** Writes a file whole or not at all. */
async function writeWhole(path: string, text: string): Promise<void> {
  await writeFile(`${path}.partial`, text);
  await rename(`${path}.partial`, path);
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
    const filters = await selection(db, args);
    const figures = await computeFigures(db, filters, load);
    const period = args.fy ? `financial year ${args.fy}` : [args.from ?? 'start', args.to ?? 'end'].join(' to ');
    const rejected = await rejectedRowsCsv(db, load);
    if (args.kind === 'london') {
      const pack = await londonPack(db, { filters, rule: rule(args['min-cell'], args.round5), period, source: load.file, made: today });
      await mkdir(args.out, { recursive: true });
      await writeWhole(join(args.out, 'rejected.csv'), rejected);
      await writeWhole(join(args.out, 'index.html'), pack.html);
      await writeWhole(join(args.out, 'figures.json'), JSON.stringify(pack.figures, null, 2) + '\n');
      console.log(`${load.file}: ${load.rowsRead} rows read, ${load.rowsAccepted} accepted, ${load.rowsRejected} rejected.`);
      console.log(`Wrote the London pack (${pack.slides} slides), figures.json and rejected.csv to ${args.out}.`);
      return 0;
    }
    await mkdir(args.out, { recursive: true });
    await writeWhole(join(args.out, 'rejected.csv'), rejected);
    await writeWhole(join(args.out, 'index.html'), figuresPage(figures, period, today));
    await writeWhole(join(args.out, 'figures.json'), JSON.stringify(figures, null, 2) + '\n');
    console.log(`${load.file}: ${load.rowsRead} rows read, ${load.rowsAccepted} accepted, ${load.rowsRejected} rejected.`);
    for (const warning of load.warnings) console.log(`Warning: ${warning}`);
    console.log(`Wrote figures.json, rejected.csv and index.html to ${args.out}.`);
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
