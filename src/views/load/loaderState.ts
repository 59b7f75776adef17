/**
 * The state of user loads as one reducer, so every transition (start, progress, loaded, failed, the
 * mapping step, dismiss) is a pure function that can be tested without a browser.
 */
import type { ColumnMappingNeeded } from '../../data/columnMapping';
import type { LoadProgress } from '../../data/ingest';
import type { KeptFile } from './keptData';
import type { LoadedData } from './loadedData';
import type { LoadMode, LoadOutcome, LoadRequest } from './runLoad';

/** The column-mapping step, open: the file waiting to be loaded and what its headers lack. */
export interface MappingStep {
  request: LoadRequest;
  needed: ColumnMappingNeeded;
}

/** Everything the load controls and panel show. */
export interface LoaderState {
  /** What is loaded after the latest successful user load; null while the start-up demo is all there is. */
  loaded: LoadedData | null;
  /** The latest successful load (report and notes); null before any, once dismissed, or while loading. */
  outcome: LoadOutcome | null;
  /** The one sentence saying why the latest load failed or was cancelled (the previous data stays). */
  error: string | null;
  /** The name of the file being read, or null when idle. */
  busy: string | null;
  /** The stage of the load under way. */
  progress: LoadProgress | null;
  /** The mapping step, when a file's headers need the user (nothing is loaded until they choose). */
  mapping: MappingStep | null;
  /** The files loaded by the user, in order, as loaded (for keeping them and for reloads). */
  files: KeptFile[];
  /** Bumped after every successful load: the dashboard re-queries when it changes. */
  version: number;
}

/** What can happen to the state. */
export type LoaderAction =
  | { type: 'start'; label: string }
  | { type: 'progress'; progress: LoadProgress }
  | { type: 'loaded'; outcome: LoadOutcome; mode: LoadMode }
  | { type: 'failed'; error: string }
  | { type: 'mapping'; step: MappingStep }
  | { type: 'idle' }
  | { type: 'dismiss' };

/** Before any user load. */
export const INITIAL_LOADER_STATE: LoaderState = {
  loaded: null, outcome: null, error: null, busy: null, progress: null, mapping: null, files: [], version: 0,
};

/** The next state after `action`. */
export function loaderReducer(state: LoaderState, action: LoaderAction): LoaderState {
  switch (action.type) {
    case 'start': // the report shown is always the latest load's, so the last one goes
      return { ...state, busy: action.label, progress: null, error: null, mapping: null, outcome: null };
    case 'progress':
      return { ...state, progress: action.progress };
    case 'loaded': {
      const files = action.mode === 'append' ? [...state.files, action.outcome.file] : [action.outcome.file];
      return { ...state, outcome: action.outcome, loaded: action.outcome.loaded, files, version: state.version + 1 };
    }
    case 'failed':
      return { ...state, outcome: null, error: action.error };
    case 'mapping':
      return { ...state, outcome: null, mapping: action.step };
    case 'idle':
      return { ...state, busy: null, progress: null };
    case 'dismiss':
      return { ...state, outcome: null, error: null, mapping: null };
  }
}
