/**
 * How big a workbook really is, before the reader (src/data/xlsx/) opens it. An .xlsx is a zip: its
 * central directory declares what each part unpacks to, and each sheet's XML names its last row and
 * column. A few bytes can declare a gigabyte (a zip bomb) or a cell at row 1,048,576 column XFD (a sparse
 * sheet that a reader would expand into billions of empty cells): both are refused before any of that is
 * built.
 */
import { unpack, zipEntries, ZipError } from './xlsx/zip';

/** What a workbook declares: total unpacked bytes, and the largest sheet's last row and column. */
export interface SheetExtent {
  unpackedBytes: number;
  rows: number;
  columns: number;
}

/** Column letters (A, Z, AA, XFD) as a number (1, 26, 27, 16384). */
const columnNumber = (letters: string) => [...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);

/** The last row and column a sheet's XML mentions (cell references and row numbers). */
function sheetGrid(xml: string): { rows: number; columns: number } {
  let rows = 0;
  let columns = 0;
  for (const match of xml.matchAll(/<(?:\w+:)?(?:c|row)\b[^>]*?\br="([A-Z]*)(\d+)"/g)) {
    rows = Math.max(rows, Number(match[2]));
    if (match[1]) columns = Math.max(columns, columnNumber(match[1]));
  }
  return { rows, columns };
}

/**
 * The workbook's declared unpacked size and its largest sheet's grid, or null when it is not a zip the
 * probe can read (the reader then says what is wrong with it). `limit` caps what is ever unpacked: the
 * result's `unpackedBytes` is then above `limit` and the sheets are not looked at.
 */
export async function probeWorkbook(bytes: Uint8Array, limit: number): Promise<SheetExtent | null> {
  // Offsets in a damaged zip can point anywhere, and its parts may not inflate: "cannot tell", not a crash.
  return measure(bytes, limit).catch((error: unknown) => {
    if (error instanceof RangeError || error instanceof ZipError) return null;
    throw error;
  });
}

async function measure(bytes: Uint8Array, limit: number): Promise<SheetExtent | null> {
  const entries = zipEntries(bytes);
  if (!entries) return null;
  const unpackedBytes = entries.reduce((sum, entry) => sum + entry.uncompressed, 0);
  const extent = { unpackedBytes, rows: 0, columns: 0 };
  if (unpackedBytes > limit) return extent;
  for (const entry of entries.filter((e) => /^xl\/worksheets\/[^/]+\.xml$/.test(e.name))) {
    const xml = await unpack(bytes, entry, limit);
    if (!xml) return { ...extent, unpackedBytes: Math.max(unpackedBytes, limit + 1) };
    const grid = sheetGrid(new TextDecoder().decode(xml));
    if (grid.rows * grid.columns > extent.rows * extent.columns) Object.assign(extent, grid);
  }
  return extent;
}
