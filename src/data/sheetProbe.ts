/**
 * How big a workbook really is, before exceljs opens it. An .xlsx is a zip: its central directory
 * declares what each part unpacks to, and each sheet's XML names its last row and column. A few bytes can
 * declare a gigabyte (a zip bomb) or a cell at row 1,048,576 column XFD (a sparse sheet that exceljs
 * would expand into billions of empty cells): both are refused before any of that is built.
 */

/** One part of the zip, from the central directory. */
interface ZipEntry {
  name: string;
  method: number;
  compressed: number;
  uncompressed: number;
  localHeader: number;
}

/** What a workbook declares: total unpacked bytes, and the largest sheet's last row and column. */
export interface SheetExtent {
  unpackedBytes: number;
  rows: number;
  columns: number;
}

const u16 = (view: DataView, at: number) => view.getUint16(at, true);
const u32 = (view: DataView, at: number) => view.getUint32(at, true);

/** The zip's entries, or null when it has no readable central directory (not a zip, or ZIP64). */
function zipEntries(bytes: Uint8Array): ZipEntry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const earliest = Math.max(0, bytes.length - 22 - 65_535);
  let end = -1;
  for (let at = bytes.length - 22; at >= earliest; at--) {
    if (u32(view, at) === 0x06054b50) { end = at; break; }
  }
  if (end < 0) return null;
  const entries: ZipEntry[] = [];
  let at = u32(view, end + 16);
  for (let i = 0; i < u16(view, end + 10); i++) {
    if (at + 46 > bytes.length || u32(view, at) !== 0x02014b50) return null;
    const nameLength = u16(view, at + 28);
    entries.push({
      name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: u16(view, at + 10), compressed: u32(view, at + 20), uncompressed: u32(view, at + 24), localHeader: u32(view, at + 42),
    });
    at += 46 + nameLength + u16(view, at + 30) + u16(view, at + 32);
  }
  return entries;
}

/** Unpacks one entry, stopping (null) as soon as it passes `limit` bytes, whatever its header says. */
async function unpack(bytes: Uint8Array, entry: ZipEntry, limit: number): Promise<Uint8Array | null> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const start = entry.localHeader + 30 + u16(view, entry.localHeader + 26) + u16(view, entry.localHeader + 28);
  const packed = bytes.subarray(start, start + entry.compressed);
  if (entry.method === 0) return packed.length > limit ? null : packed;
  if (entry.method !== 8) return null;
  const stream = new Blob([packed as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read().catch(() => ({ done: true, value: undefined }));
    if (done || !value) break;
    total += value.length;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  chunks.reduce((offset, chunk) => (out.set(chunk, offset), offset + chunk.length), 0);
  return out;
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
 * probe can read (exceljs then reports it in its own words). `limit` caps what is ever unpacked: the
 * result's `unpackedBytes` is then above `limit` and the sheets are not looked at.
 */
export async function probeWorkbook(bytes: Uint8Array, limit: number): Promise<SheetExtent | null> {
  // Offsets in a damaged zip can point anywhere: reading past the end means "cannot tell", not a crash.
  return measure(bytes, limit).catch((error: unknown) => {
    if (error instanceof RangeError) return null;
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
