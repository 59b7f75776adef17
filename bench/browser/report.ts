/** The browser half's markdown: a few start-up and size lines, and one table per extract size. */
import type { Result, Summary } from '../report';
import type { MemorySample } from './memory';
import type { BrowserResults, BrowserSizeResult } from './run';

const ms = (value: number | undefined) => (value === undefined || Number.isNaN(value) ? '–' : `${Math.round(value).toLocaleString('en-GB')} ms`);
const MB = (bytes: number | null) => (bytes === null || Number.isNaN(bytes) ? '–' : `${Math.round(bytes / 1e6).toLocaleString('en-GB')} MB`);
const kB = (bytes: number) => `${Math.round(bytes / 1000).toLocaleString('en-GB')} kB`;

/** In-page filter change p50 over native DuckDB's query batch p50 (Node half) at the same size. */
function overNative(row: { records: number; p50?: number }, node: readonly Result[]): string {
  const native = node.find((r) => r.engine === 'native' && r.records === row.records);
  return native && row.p50 !== undefined ? `${(row.p50 / native.p50).toFixed(1)}×` : '';
}

/** Filter change → the screen painted, p50 / p95. */
function screenCell(onScreen: Summary | null): string {
  return onScreen ? `${ms(onScreen.p50)} / ${ms(onScreen.p95)}` : '–';
}

function memoryCells(memory: MemorySample): string {
  return `${MB(memory.pageHeapBytes)} | ${MB(memory.workerHeapBytes)} | ${MB(memory.wasmBytes)}`;
}

function sizeRow(size: BrowserSizeResult, node: readonly Result[]): string {
  if (size.error) return `| ${size.records.toLocaleString('en-GB')} | ${size.format} | failed: ${size.error.replace(/\|/g, '/').slice(0, 160)} | | | | | | | | | ${memoryCells(size.memory)} | |`;
  const i = size.interaction;
  return `| ${size.records.toLocaleString('en-GB')} | ${size.format} | ${ms(size.tableReadyMs)} | ${ms(size.drawnMs)} | ${ms(size.cpuMs)} | ${ms(size.longestTaskMs)} | ${ms(size.coldToDrawnMs)} | ${ms(i?.p50)} | ${ms(i?.p95)} | ${ms(i?.max)} | ${screenCell(size.onScreen)} | ${memoryCells(size.memory)} | ${i ? overNative({ records: size.records, p50: i.p50 }, node) : ''} |`;
}

/** The browser half as markdown; `node` (may be empty) gives the native column. */
export function browserTable(machine: Record<string, unknown>, browser: BrowserResults, node: readonly Result[] = []): string {
  const { coldStart: cold, demo, js } = browser;
  return [
    `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB; headless Chromium ${browser.chromium}; DuckDB-WASM engine ${browser.duckdb}.`,
    '',
    `- Cold start on the demo extract (median of ${cold.runs} page opens): first figures ${ms(cold.firstFiguresMs)}, every view drawn ${ms(cold.viewsDrawnMs)}${cold.prerendered ? ' (prerendered page, the map as its static drawing)' : ''}; interactive map ${ms(cold.mapDrawnMs)}; live dashboard (engine ready, figures computed in the page, filters working) ${ms(cold.liveMs)}.`,
    `- App JavaScript (DuckDB's wasm and worker scripts excluded): ${kB(js.totalGzipBytes)} gzip in all, ${kB(js.onOpenGzipBytes)} requested on opening; of these, the engine client's chunk ${kB(js.engineClientGzipBytes)}, so ${kB(js.totalGzipBytes - js.engineClientGzipBytes)} without that chunk; DuckDB wasm files per page load: ${browser.duckdbWasmPerPage}.`,
    '',
    `("filter change": the link pushed → every chart drawn; "screen painted": → every view's figures and the charts on screen or near it painted, the rest drawn after; ${browser.thinkMs > 0 ? `a pause of ${browser.thinkMs} ms after each step` : 'each step starts as soon as the one before is drawn'}; "drawing only": each change between two of the script's selections timed once both selections' figures are already in the page, so the engine is not asked: the page's own part; "CPU time": what every process and thread of the browser used over the load, a floor for its time: no load doing this work finishes sooner than this divided by the ${machine.cores} cores; "longest task": the longest the page's main thread went without painting or answering a click during the load.)`,
    '',
    '| records | format | load: file → table ready | file → redrawn | CPU time, file → redrawn | longest task | page open → drawn | filter change p50 | p95 | max | screen painted p50 / p95 | tab JS heap | worker JS heap | DuckDB wasm memory | p50 / native batch |',
    '|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    `| demo | bundled | – | – | – | – | ${ms(cold.viewsDrawnMs)} | ${ms(demo.interaction.p50)} | ${ms(demo.interaction.p95)} | ${ms(demo.interaction.max)} | ${screenCell(demo.onScreen)} | ${memoryCells(demo.memory)} | |`,
    `| demo, figures already computed (drawing only) | bundled | – | – | – | – | – | ${ms(demo.drawingOnly.interaction.p50)} | ${ms(demo.drawingOnly.interaction.p95)} | ${ms(demo.drawingOnly.interaction.max)} | ${screenCell(demo.drawingOnly.onScreen)} | | | | |`,
    ...browser.sizes.map((size) => sizeRow(size, node)),
  ].join('\n');
}
