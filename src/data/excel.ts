/**
 * Excel workbooks (.xlsx) are turned into CSV text and then read by the same reading rules as any CSV,
 * so a workbook and its CSV export load identically. The reader is the small one in ./xlsx/ (a zip, a
 * few XML parts): a general spreadsheet library weighed more than the rest of the app's JavaScript.
 */
import { csvDocument } from './csvText';
import { isOutOfMemory, MAX_SHEET_CELLS, MAX_UNPACKED_BYTES } from './limits';
import { ExtractError } from './loadReport';
import type { SheetCells } from './xlsx/sheet';
import { openWorkbook, type Workbook } from './xlsx/workbook';

/** A workbook sheet as CSV, with the names of all sheets (for the sheet picker). */
export interface SheetAsCsv {
  csv: string;
  sheet: string;
  sheets: string[];
}

/**
 * Opened workbooks and the CSV of each sheet read, by the workbook's bytes: choosing another sheet, or
 * loading again after the column-mapping step, reuses them instead of parsing again (on the main thread).
 */
const opened = new WeakMap<Uint8Array, { workbook: Promise<Workbook>; csv: Map<string, string> }>();

/**
 * Runs `read`, turning anything a damaged workbook makes it throw into one sentence naming the file
 * (running out of memory is left to withinMemory, which says so).
 */
async function readable<T>(file: string, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof ExtractError || isOutOfMemory(error)) throw error;
    // A damaged zip's offsets point past its end: DataView says so in words meant for programmers.
    const reason = error instanceof RangeError ? 'its zip directory is damaged' : error instanceof Error ? error.message : String(error);
    throw new ExtractError(`${file} could not be read as an Excel workbook: ${reason.replace(/\s+/g, ' ')}.`);
  }
}

function workbookOf(file: string, bytes: Uint8Array) {
  let entry = opened.get(bytes);
  if (!entry) {
    entry = { workbook: readable(file, () => openWorkbook(bytes, MAX_UNPACKED_BYTES)), csv: new Map() };
    opened.set(bytes, entry);
    entry.workbook.catch(() => opened.delete(bytes)); // tried afresh next time (running out of memory may pass)
  }
  return entry;
}

/**
 * The sheet as CSV. The probe (sheetProbe.ts) measured the sheet from its cell references; cells written
 * without one are only counted here, so the grid is checked again before it is built.
 */
function sheetCsv(file: string, sheet: string, { rows, height, width }: SheetCells): string {
  if (!height) throw new ExtractError(`${file}: the sheet "${sheet}" is empty.`);
  if (height * width > MAX_SHEET_CELLS) {
    throw new ExtractError(`${file}: the sheet "${sheet}" spans ${height.toLocaleString('en-GB')} rows by ${width.toLocaleString('en-GB')} columns, ` +
      `too large to open from a workbook: save it as CSV and load that.`);
  }
  const grid = Array.from({ length: height }, (_, r) => Array.from({ length: width }, (_, c) => rows[r]?.[c] ?? ''));
  // Read back by the app itself, not opened in a spreadsheet: no formula guard, values stay as they are.
  return csvDocument(grid[0], grid.slice(1), false);
}

/**
 * Reads one sheet (the first by default) of an .xlsx file as CSV. Empty rows inside the data are kept,
 * so data-row numbers match the workbook's (data row n is sheet row n + 1). Throws ExtractError (one
 * sentence naming the file) when the workbook cannot be read or has no such sheet.
 */
export async function sheetAsCsv(file: string, bytes: Uint8Array, sheet?: string): Promise<SheetAsCsv> {
  const { workbook: opening, csv } = workbookOf(file, bytes);
  const workbook = await opening;
  const { sheets } = workbook;
  const name = sheet ?? sheets[0];
  if (!sheets.includes(name)) throw new ExtractError(`${file} has no sheet called "${sheet}": its sheets are ${sheets.join(', ')}.`);
  let text = csv.get(name);
  if (text === undefined) {
    text = sheetCsv(file, name, await readable(file, () => workbook.cells(name)));
    csv.set(name, text);
  }
  return { csv: text, sheet: name, sheets };
}
