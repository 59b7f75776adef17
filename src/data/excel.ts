/**
 * Excel workbooks (.xlsx) are turned into CSV text and then read by the same reading rules as any CSV,
 * so a workbook and its CSV export load identically. exceljs is loaded only when a workbook is opened.
 */
import type ExcelJS from 'exceljs';
import { csvDocument } from './csvText';
import { ExtractError } from './loadReport';

/** A workbook sheet as CSV, with the names of all sheets (for the sheet picker). */
export interface SheetAsCsv {
  csv: string;
  sheet: string;
  sheets: string[];
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Excel stores dates as UTC instants: midnight becomes `YYYY-MM-DD`, other times keep their time. */
function dateText(date: Date): string {
  const day = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  const seconds = date.getUTCHours() * 3600 + date.getUTCMinutes() * 60 + date.getUTCSeconds();
  return seconds === 0 ? day : `${day} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`;
}

/** A cell's value as the text a CSV export would hold (formulas give their result). */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return dateText(value);
  if (typeof value !== 'object') return String(value);
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('result' in value) return cellText((value.result ?? null) as ExcelJS.CellValue);
  if ('text' in value) return String(value.text);
  if ('error' in value) return String(value.error);
  return '';
}

/** Loads exceljs (a large library) on first use only. */
async function excel(): Promise<typeof ExcelJS> {
  const module = await import('exceljs');
  return (module.default ?? module) as typeof ExcelJS;
}

/**
 * Parsed workbooks by their bytes: choosing another sheet, or loading again after the column-mapping
 * step, reuses the parse (the slow part, on the main thread) instead of repeating it.
 */
const parsed = new WeakMap<Uint8Array, Promise<ExcelJS.Workbook>>();

function readWorkbook(file: string, bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  let workbook = parsed.get(bytes);
  if (!workbook) {
    workbook = (async () => {
      const book = new (await excel()).Workbook();
      try {
        await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
      } catch (error) {
        throw new ExtractError(`${file} could not be read as an Excel workbook: ${error instanceof Error ? error.message : error}.`);
      }
      return book;
    })();
    parsed.set(bytes, workbook);
    workbook.catch(() => parsed.delete(bytes));
  }
  return workbook;
}

/**
 * Reads one sheet (the first by default) of an .xlsx file as CSV. Empty rows inside the data are kept,
 * so data-row numbers match the workbook's (data row n is sheet row n + 1).
 */
export async function sheetAsCsv(file: string, bytes: Uint8Array, sheet?: string): Promise<SheetAsCsv> {
  const workbook = await readWorkbook(file, bytes);
  const sheets = workbook.worksheets.map((ws) => ws.name);
  const worksheet = sheet === undefined ? workbook.worksheets[0] : workbook.getWorksheet(sheet);
  if (!worksheet) throw new ExtractError(`${file} has no sheet called "${sheet}": its sheets are ${sheets.join(', ')}.`);
  const width = worksheet.columnCount;
  const rows: string[][] = [];
  for (let r = 1; r <= worksheet.rowCount; r++) {
    const row = worksheet.getRow(r);
    rows.push(Array.from({ length: width }, (_, c) => cellText(row.getCell(c + 1).value)));
  }
  if (!rows.length) throw new ExtractError(`${file}: the sheet "${worksheet.name}" is empty.`);
  // Read back by the app itself, not opened in a spreadsheet: no formula guard, values stay as they are.
  return { csv: csvDocument(rows[0], rows.slice(1), false), sheet: worksheet.name, sheets };
}
