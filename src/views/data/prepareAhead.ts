/**
 * Prepares, while the page is idle, the statements of the selections one click away
 * (nextSelections.ts), so that the next click runs statements already planned: planning a new
 * statement is a large part of a small refresh's engine time (docs/performance.md). The SQL is found by
 * running the query layer (`loadViewData`, the code a refresh runs) against a client that notes each
 * statement's text and answers with no rows; then each statement is prepared, one at a time, so a click
 * that comes meanwhile waits for one preparation at most. Nothing is run and no figure is computed.
 */
import type { DbClient, SqlParam } from '../../data/client';
import { DATA_EXTENT_SQL } from '../../queries/extent';
import type { Filters } from '../../queries/filters';
import { figureCache } from './figureCache';
import { nextSelections } from './nextSelections';
import { loadViewData } from './viewData';

/**
 * `db`, noting the text of every statement with parameters and answering it with no rows. The data's
 * extent, which the period's statements are built from, is asked of `db` (the dashboard's client
 * remembers that answer); any other statement without parameters is never kept prepared.
 */
function sqlRecorder(db: DbClient, texts: Set<string>): DbClient {
  return {
    ...db,
    async query<T>(sql: string, params: readonly SqlParam[] = []): Promise<T[]> {
      if (sql === DATA_EXTENT_SQL) return db.query<T>(sql);
      if (params.length > 0) texts.add(sql);
      return [];
    },
  };
}

/** The statements with parameters (the ones kept prepared) a refresh of `filters` would run. */
async function statementsOf(db: DbClient, filters: Filters): Promise<Set<string>> {
  const texts = new Set<string>();
  // With no rows to read, some figures may stop early (an error here): the statements noted until then stand.
  await loadViewData(sqlRecorder(db, texts), filters, figureCache()).catch(() => undefined);
  return texts;
}

/**
 * Prepares in `db` the statements of every selection one click from `filters`, while `wanted()` holds
 * (the page checks it between statements: a new click stops the work). Resolves with how many
 * statements it asked the engine to prepare (those already kept cost nothing).
 */
export async function prepareAhead(db: DbClient, filters: Filters, wanted: () => boolean): Promise<number> {
  let asked = 0;
  for (const next of nextSelections(filters)) {
    if (!wanted()) break;
    for (const sql of await statementsOf(db, next)) {
      if (!wanted()) break;
      // One that cannot be prepared is not kept: its refresh prepares it again and reports any error.
      await db.prepare(sql).catch(() => undefined);
      asked++;
    }
  }
  return asked;
}

/**
 * A click rarely follows another within this long; waiting it out keeps the preparing off the path of
 * quick successive clicks (and of a benchmark that clicks without pause).
 */
const IDLE_AFTER_MS = 250;

/** {@link prepareAhead} once the page has been idle a moment, if `filters` are still wanted then. */
export function prepareWhenIdle(db: DbClient, filters: Filters, wanted: () => boolean): void {
  setTimeout(() => {
    if (wanted()) void prepareAhead(db, filters, wanted);
  }, IDLE_AFTER_MS);
}
