/**
 * An .xlsx workbook opened for reading: its sheets' names, and each sheet's cells on demand. Only the
 * parts needed are unpacked, each no further than its zip entry declares (the declared total is capped),
 * so a workbook cannot unpack to more than the caller allows even when its headers lie.
 */
import { dateStylesPart, relationshipsPart, sharedStringsPart, workbookPart } from './parts';
import { readSheet, type SheetCells, type SheetContext } from './sheet';
import { unpack, zipEntries } from './zip';

/** A workbook that cannot be read, with the reason in a few words. */
export class WorkbookError extends Error {}

/** An opened workbook. */
export interface Workbook {
  /** Worksheet names in tab order (chart sheets are not listed: they hold no cells). */
  sheets: string[];
  /** The named sheet's cells. Rejects when its part is missing or unreadable. */
  cells(sheet: string): Promise<SheetCells>;
}

/** Returns a part's text by zip path (null when absent): each unpacked no further than declared. */
function partReader(bytes: Uint8Array, maxUnpackedBytes: number): (path: string) => Promise<string | null> {
  const entries = zipEntries(bytes);
  if (!entries) throw new WorkbookError('it is not a complete zip file, as an .xlsx workbook is');
  const declared = entries.reduce((sum, entry) => sum + entry.uncompressed, 0);
  if (declared > maxUnpackedBytes) throw new WorkbookError(`it unpacks to more than ${Math.round(maxUnpackedBytes / 2 ** 20)} MB`);
  // Zip names are matched without case: some writers spell a part differently from its relationship.
  const byPath = new Map(entries.map((entry) => [entry.name.replace(/^\//, '').toLowerCase(), entry]));
  return async (path) => {
    const entry = byPath.get(path.toLowerCase());
    if (!entry) return null;
    const data = await unpack(bytes, entry, entry.uncompressed);
    if (!data) throw new WorkbookError(`${path} holds more than the zip declares`);
    return new TextDecoder().decode(data);
  };
}

/**
 * Opens an .xlsx workbook from its bytes. Rejects with WorkbookError, ZipError, XmlError or RangeError (a
 * damaged zip) when it cannot be read; the caller turns any of them into one sentence.
 */
export async function openWorkbook(bytes: Uint8Array, maxUnpackedBytes: number): Promise<Workbook> {
  const part = partReader(bytes, maxUnpackedBytes);
  const book = workbookPart((await part('xl/workbook.xml')) ?? missing('xl/workbook.xml'));
  const relationships = relationshipsPart((await part('xl/_rels/workbook.xml.rels')) ?? missing('xl/_rels/workbook.xml.rels'), 'xl/');
  const targetOf = (kind: string) => [...relationships.values()].find((r) => r.type.endsWith(`/${kind}`))?.target;
  const paths = new Map<string, string>();
  for (const sheet of book.sheets) {
    const relationship = relationships.get(sheet.relationship);
    if (relationship?.type.endsWith('/worksheet') && !paths.has(sheet.name)) paths.set(sheet.name, relationship.target);
  }
  if (!paths.size) throw new WorkbookError('it has no worksheets');
  const context: SheetContext = {
    shared: sharedStringsPart((await part(targetOf('sharedStrings') ?? 'xl/sharedStrings.xml')) ?? ''),
    dateStyles: dateStylesPart((await part(targetOf('styles') ?? 'xl/styles.xml')) ?? ''),
    date1904: book.date1904,
  };
  return {
    sheets: [...paths.keys()],
    async cells(sheet) {
      const path = paths.get(sheet) ?? missing(`the sheet "${sheet}"`);
      return readSheet((await part(path)) ?? missing(path), context);
    },
  };
}

function missing(what: string): never {
  throw new WorkbookError(`${what} is missing`);
}
