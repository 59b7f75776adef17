/**
 * The small parts of an .xlsx that say how to read its sheets: the workbook (sheet names, their order,
 * the date system), its relationships (which part holds which sheet), the shared strings and the styles
 * (which cells are dates).
 */
import { isDateFormat } from './dates';
import { attributesOf, decodeExcelEscapes, scanXml, type XmlHandler } from './xml';

/** A sheet as the workbook lists it: its name and the id of the relationship naming its part. */
export interface SheetEntry {
  name: string;
  relationship: string;
}

/** A relationship's type (a URI ending in `/worksheet`, `/styles`, …) and the zip path it points to. */
export interface Relationship {
  type: string;
  target: string;
}

/** Calls `open` for each tag; nothing else in these parts matters. */
function eachTag(xml: string, open: XmlHandler['open'], close: XmlHandler['close'] = () => undefined): void {
  scanXml(xml, { open, close, text: () => undefined });
}

/** xl/workbook.xml: its sheets in tab order, and whether dates count from 1904 (old Mac workbooks). */
export function workbookPart(xml: string): { sheets: SheetEntry[]; date1904: boolean } {
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  eachTag(xml, (name, text) => {
    if (name === 'sheet') {
      const attributes = attributesOf(text);
      sheets.push({ name: attributes.get('name') ?? '', relationship: attributes.get('id') ?? '' });
    } else if (name === 'workbookPr') {
      date1904 = ['1', 'true'].includes(attributesOf(text).get('date1904') ?? '');
    }
  });
  return { sheets, date1904 };
}

/** A relationships part by Id; targets are resolved against `folder` (`xl/` for the workbook's). */
export function relationshipsPart(xml: string, folder: string): Map<string, Relationship> {
  const relationships = new Map<string, Relationship>();
  eachTag(xml, (name, text) => {
    if (name !== 'Relationship') return;
    const attributes = attributesOf(text);
    const target = attributes.get('Target') ?? '';
    relationships.set(attributes.get('Id') ?? '', { type: attributes.get('Type') ?? '', target: resolvePath(folder, target) });
  });
  return relationships;
}

/** A relationship target as a zip path: `/xl/x.xml` is from the root, `worksheets/a.xml` and `../x` from `folder`. */
function resolvePath(folder: string, target: string): string {
  const parts = target.startsWith('/') ? [] : folder.split('/').filter(Boolean);
  for (const part of target.split('/')) {
    if (part === '..') parts.pop();
    else if (part && part !== '.') parts.push(part);
  }
  return parts.join('/');
}

/**
 * Collects the text of one string item (`<si>` or `<is>`): a plain `<t>` or the `<t>` of each rich-text
 * run, but not phonetic guides (`<rPh>`), which Excel shows only as a reading aid and never exports.
 */
export class StringItem {
  private inText = false;
  private phonetic = 0;
  private parts: string[] = [];

  open(name: string): void {
    if (name === 't') this.inText = true;
    else if (name === 'rPh') this.phonetic++;
  }

  close(name: string): void {
    if (name === 't') this.inText = false;
    else if (name === 'rPh') this.phonetic--;
  }

  text(text: string): void {
    if (this.inText && !this.phonetic) this.parts.push(text);
  }

  /** The item's text (whitespace kept as written), and a fresh start for the next item. */
  take(): string {
    const text = decodeExcelEscapes(this.parts.join(''));
    this.parts = [];
    return text;
  }
}

/** xl/sharedStrings.xml: the strings that cells of type `s` refer to by index. */
export function sharedStringsPart(xml: string): string[] {
  const strings: string[] = [];
  const item = new StringItem();
  let inItem = false;
  scanXml(xml, {
    open(name) {
      if (name === 'si') inItem = true;
      else if (inItem) item.open(name);
    },
    close(name) {
      if (name === 'si') strings.push(item.take());
      else if (inItem) item.close(name);
      if (name === 'si') inItem = false;
    },
    text(text) {
      if (inItem) item.text(text);
    },
  });
  return strings;
}

/** xl/styles.xml: for each cell style (a cell's `s`), whether its number format shows a date. */
export function dateStylesPart(xml: string): boolean[] {
  const codes = new Map<number, string>();
  const styles: boolean[] = [];
  let inCellStyles = false;
  eachTag(xml, (name, text) => {
    if (name === 'cellXfs') inCellStyles = true;
    if (name !== 'numFmt' && !(name === 'xf' && inCellStyles)) return;
    const attributes = attributesOf(text);
    const id = Number(attributes.get('numFmtId') ?? 0);
    if (name === 'numFmt') codes.set(id, attributes.get('formatCode') ?? '');
    else styles.push(isDateFormat(id, codes.get(id)));
  }, (name) => {
    if (name === 'cellXfs') inCellStyles = false;
  });
  return styles;
}
