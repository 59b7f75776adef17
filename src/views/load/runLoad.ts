/**
 * One load as the dashboard does it: the file through `loadExtract` (with a remembered column mapping
 * when these headers have one), then what is loaded now, and the link's period moved onto the new data
 * when it misses it. Kept apart from the React state so the steps read in order.
 */
import type { DbClient } from '../../data/client';
import { loadExtract, type LoadProgress } from '../../data/ingest';
import type { LoadReport } from '../../data/loadReport';
import type { KeptFile } from './keptData';
import { describeLoaded, type LoadedData } from './loadedData';
import { periodAfterLoad } from './periodAfterLoad';
import { rememberedMapping, rememberMapping } from './rememberedMappings';

/** How a file joins the data: `replace` starts over, `append` adds it to what is loaded. */
export type LoadMode = 'replace' | 'append';

/** A file to load, with the mapping chosen in the mapping step and the sheet chosen, if any. */
export interface LoadRequest extends KeptFile {
  mode: LoadMode;
  /** Stop at the mapping step even when the headers match ("change the column mapping"). */
  reviewMapping?: boolean;
}

/** What a load did, for the panel and the header. */
export interface LoadOutcome {
  report: LoadReport;
  loaded: LoadedData;
  /** The file as it was loaded, with the mapping actually applied (for keeping and for reloads). */
  file: KeptFile;
  /** True when a mapping remembered from an earlier file was applied without asking. */
  rememberedApplied: boolean;
  /** The financial year the period moved to because the link's period missed the new data. */
  periodMovedTo: string | null;
}

/** Loads `request` on top of `files` (the names loaded before); `signal` cancels between stages. */
export async function runLoad(
  db: DbClient, request: LoadRequest, files: string[], signal: AbortSignal, onProgress: (progress: LoadProgress) => void,
): Promise<LoadOutcome> {
  let remembered: Record<string, string> | undefined;
  const report = await loadExtract(db, { name: request.name, bytes: request.bytes }, {
    mode: request.mode, sheet: request.sheet, mapping: request.mapping, reviewMapping: request.reviewMapping, signal, onProgress,
    mappingFor: (headers) => (remembered = rememberedMapping(headers)),
  });
  // Remembered only once it loaded: a mapping that does not make an extract is not worth keeping.
  if (request.mapping) rememberMapping(report.headers, request.mapping);
  const loaded = await describeLoaded(db, request.mode === 'append' ? [...files, request.name] : [request.name]);
  const period = periodAfterLoad(window.location.search, loaded.extent);
  // Replaced, not pushed: loading is not a navigation, and Back should not lead to an empty period.
  if (period.movedTo) window.history.replaceState(null, '', period.search + window.location.hash);
  return {
    report, loaded,
    file: { name: request.name, bytes: request.bytes, mapping: request.mapping ?? remembered, sheet: report.sheet ?? request.sheet },
    rememberedApplied: remembered !== undefined && !request.mapping,
    periodMovedTo: period.movedTo,
  };
}
