/**
 * Counts by a column or a tuple of columns, batched. Nearly every figure counts records or victims by a
 * key or two; a refresh asks for some thirty such breakdowns, and each GROUP BY costs its own statement
 * (1–4 ms in DuckDB-WASM even over a few thousand rows). Requests for the same selection made together
 * (in one turn of the event loop, as `allFigures` starts its figures) run as one statement of grouping
 * sets, keys with few values sharing a set (groupingPlan.ts); a lone request runs as a batch of one,
 * through the same SQL builder.
 */
import type { DbClient } from '../data/client';
import type { Filters, SqlFragment } from './filters';
import { planGroupingSets } from './groupingPlan';
import { KEY_SQL, type KeyName } from './keys';
import { selectedRecords, selectedVictims } from './selection';

/** One group: its key values as text (`null` for not recorded), its rows, and how many of them are flagged online. */
export interface TupleCount {
  keys: (string | null)[];
  count: number;
  online: number;
}

/** What is counted: records, or victims (each by their latest record in the selection). */
export type Unit = 'records' | 'victims';
interface Batch {
  tuples: string[];
  answer: Promise<Map<string, TupleCount[]>>;
}

/** Open batches per client, by unit and selection: the next microtask runs and closes each. */
const open = new WeakMap<DbClient, Map<string, Batch>>();

type GroupRow = Record<string, string | number | boolean | null>;

/** Text keys: by value, nulls last (the order DuckDB gives VARCHAR ascending). */
function compareKeys(a: (string | null)[], b: (string | null)[]): number {
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (a[i] === null) return 1;
    if (b[i] === null) return -1;
    return a[i]! < b[i]! ? -1 : 1;
  }
  return 0;
}

/** A key's value as text, as `CAST(… AS VARCHAR)` would give it (`null` for not recorded). */
const keyText = (value: unknown) => (value === null || value === undefined ? null : String(value));

/** The groups of `members`, summed from a grouping set's rows that hold them (see groupingPlan.ts). */
function summedGroups(rows: readonly GroupRow[], members: readonly string[], names: readonly string[]): TupleCount[] {
  const sums = new Map<string, TupleCount>();
  const columns = members.map((name) => `k${names.indexOf(name)}`);
  for (const row of rows) {
    const keys = columns.map((column) => keyText(row[column]));
    const id = keys.join('\u0001');
    let sum = sums.get(id);
    if (!sum) sums.set(id, (sum = { keys, count: 0, online: 0 }));
    sum.count += row.n as number;
    sum.online += row.n_online as number;
  }
  return [...sums.values()].sort((a, b) => b.count - a.count || compareKeys(a.keys, b.keys));
}

/**
 * One statement for every tuple asked: grouping sets planned so that keys with few values share one
 * (planGroupingSets), each tuple's groups then summed from its set, largest first, then by key text
 * (nulls last). Keys come back as stored (ENUM text, numbers, booleans) and are turned into text here:
 * a cast per group row in SQL cost more than the grouping.
 */
async function runBatch(db: DbClient, unit: Unit, cte: SqlFragment, tuples: readonly string[]): Promise<Map<string, TupleCount[]>> {
  const plan = planGroupingSets(tuples.map((tuple) => tuple.split(',')));
  const names = [...new Set(plan.sets.flat())];
  const keys = names.map((name, i) => `${name} AS k${i}`).join(', ');
  const online = names.includes('online') ? '' : ', online'; // the online count reads it
  const source = `SELECT ${names.map((name) => `${KEY_SQL[name]} AS ${name}`).join(', ')}${online} FROM ${unit === 'records' ? 'selected' : 'victims'}`;
  const rows = await db.query<GroupRow>(
    `${cte.sql} SELECT grouping_id(${names.join(', ')})::INTEGER AS g, ${keys}, count(*)::INTEGER AS n,
       count(*) FILTER (WHERE online)::INTEGER AS n_online
     FROM (${source}) AS t GROUP BY GROUPING SETS (${plan.sets.map((set) => `(${set.join(', ')})`).join(', ')})`,
    cte.params,
  );
  // grouping_id sets a bit for each name left out of the row's set; the first name is the highest bit.
  const bit = (name: string) => 2 ** (names.length - 1 - names.indexOf(name));
  const groupingOf = (set: readonly string[]) => names.filter((name) => !set.includes(name)).reduce((sum, name) => sum + bit(name), 0);
  return new Map(tuples.map((tuple) => {
    const g = groupingOf(plan.sets[plan.setOf.get(tuple)!]);
    return [tuple, summedGroups(rows.filter((row) => row.g === g), tuple.split(','), names)];
  }));
}

/** Records or victims counted by a tuple of keys, largest group first, then by the keys' text. */
export function tupleCounts(db: DbClient, filters: Filters, unit: Unit, keys: readonly KeyName[]): Promise<TupleCount[]> {
  if (keys.length === 0 || keys.some((key) => !Object.hasOwn(KEY_SQL, key))) {
    return Promise.reject(new Error(`Cannot group by ${keys.join(', ')}.`));
  }
  if (unit !== 'records' && unit !== 'victims') return Promise.reject(new Error(`Cannot count ${String(unit)}.`));
  const cte = unit === 'records' ? selectedRecords(filters) : selectedVictims(filters);
  const id = JSON.stringify([unit, cte.sql, cte.params]);
  const batches = open.get(db) ?? new Map<string, Batch>();
  open.set(db, batches);
  let batch = batches.get(id);
  if (!batch) {
    const tuples: string[] = [];
    const answer = Promise.resolve().then(() => {
      batches.delete(id);
      return runBatch(db, unit, cte, tuples);
    });
    batch = { tuples, answer };
    batches.set(id, batch);
  }
  const tuple = keys.join(',');
  if (!batch.tuples.includes(tuple)) batch.tuples.push(tuple);
  return batch.answer.then((byTuple) => byTuple.get(tuple) ?? []);
}

/** One group of a single key: its value as text, its rows and its online rows. */
export interface KeyCount {
  key: string | null;
  count: number;
  online: number;
}

/** Records or victims counted by one key, largest group first, then by value (see `tupleCounts`). */
export async function keyCounts(db: DbClient, filters: Filters, unit: Unit, key: KeyName): Promise<KeyCount[]> {
  return (await tupleCounts(db, filters, unit, [key])).map(({ keys, count, online }) => ({ key: keys[0], count, online }));
}
