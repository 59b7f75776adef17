/** The load state's transitions: appends accumulate files, a failure keeps what is loaded, a new load clears the last report. */
import { describe, expect, it } from 'vitest';
import { ColumnMappingNeeded } from '../../src/data/columnMapping';
import type { LoadReport } from '../../src/data/loadReport';
import { INITIAL_LOADER_STATE, loaderReducer, type LoaderAction, type LoaderState } from '../../src/views/load/loaderState';
import type { LoadOutcome } from '../../src/views/load/runLoad';

const bytes = new Uint8Array([1]);
/** A successful load of `name` (only the fields the state keeps matter here). */
function outcome(name: string, files: string[]): LoadOutcome {
  return {
    report: { file: name } as LoadReport,
    loaded: { files, rows: files.length, extent: { from: null, to: null, financialYears: [] } },
    file: { name, bytes }, rememberedApplied: false, periodMovedTo: null,
  };
}
const run = (actions: LoaderAction[], from: LoaderState = INITIAL_LOADER_STATE) => actions.reduce(loaderReducer, from);

describe('loaderReducer', () => {
  it('replaces the file list on replace, adds to it on append, and bumps the version each time', () => {
    const state = run([
      { type: 'start', label: 'a.csv' }, { type: 'loaded', outcome: outcome('a.csv', ['a.csv']), mode: 'replace' }, { type: 'idle' },
      { type: 'start', label: 'b.csv' }, { type: 'loaded', outcome: outcome('b.csv', ['a.csv', 'b.csv']), mode: 'append' }, { type: 'idle' },
    ]);
    expect(state.files.map((f) => f.name)).toEqual(['a.csv', 'b.csv']);
    expect(state.loaded?.files).toEqual(['a.csv', 'b.csv']);
    expect([state.version, state.busy, state.outcome?.report.file]).toEqual([2, null, 'b.csv']);
    const replaced = run([{ type: 'start', label: 'c.csv' }, { type: 'loaded', outcome: outcome('c.csv', ['c.csv']), mode: 'replace' }], state);
    expect(replaced.files.map((f) => f.name)).toEqual(['c.csv']);
  });

  it('keeps what is loaded when a load fails or needs the mapping step, and shows only the latest report', () => {
    const loaded = run([{ type: 'loaded', outcome: outcome('a.csv', ['a.csv']), mode: 'replace' }]);
    const starting = run([{ type: 'start', label: 'b.csv' }, { type: 'progress', progress: { stage: 'checking', rows: 9 } }], loaded);
    expect([starting.outcome, starting.busy, starting.progress]).toEqual([null, 'b.csv', { stage: 'checking', rows: 9 }]);
    const failed = run([{ type: 'failed', error: 'b.csv is empty.' }, { type: 'idle' }], starting);
    expect([failed.error, failed.loaded, failed.files, failed.version, failed.progress]).toEqual(['b.csv is empty.', loaded.loaded, loaded.files, 1, null]);
    const needed = new ColumnMappingNeeded('no record_id', ['a'], [], undefined);
    const step = run([{ type: 'start', label: 'c.csv' }, { type: 'mapping', step: { request: { name: 'c.csv', bytes, mode: 'replace' }, needed } }], failed);
    expect([step.error, step.mapping?.needed, step.loaded]).toEqual([null, needed, loaded.loaded]);
    expect(run([{ type: 'dismiss' }], step).mapping).toBeNull();
  });
});
