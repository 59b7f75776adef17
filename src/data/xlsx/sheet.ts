/**
 * One worksheet's XML as the text of its cells. Only cells with a value are kept (a sheet is often
 * sparse); the grid's height is its last `<row>` and its width the last column used in a row that holds a
 * value, counting formatted empty cells there, as exceljs (the reader this replaces) measured a sheet.
 */
import { isoText, serialText } from './dates';
import { StringItem } from './parts';
import { attributesOf, scanXml, XmlError, type XmlHandler } from './xml';

/** What a sheet's cells are read against: the shared strings, the date styles, the date system. */
export interface SheetContext {
  shared: string[];
  dateStyles: boolean[];
  date1904: boolean;
}

/** A sheet's cells: `rows[r][c]` is the text of row r + 1, column c + 1 (sparse: absent means empty). */
export interface SheetCells {
  rows: string[][];
  height: number;
  width: number;
}

/** A cell being read: `r`'s column, its type (`t`) and style (`s`), and the text of its `<v>` or `<is>`. */
interface Cell {
  column: number;
  type: string;
  style: number;
  formula: boolean;
  value: string;
  inline: StringItem | null;
}

/** Column letters (A, Z, AA, XFD) as a number (1, 26, 27, 16384); 0 when `ref` has none. */
function columnOf(ref: string): number {
  let column = 0;
  for (let i = 0; i < ref.length && ref.charCodeAt(i) >= 65 && ref.charCodeAt(i) <= 90; i++) column = column * 26 + ref.charCodeAt(i) - 64;
  return column;
}

/** Reads worksheet XML into its cells. Throws XmlError when it is not a readable sheet. */
export function readSheet(xml: string, context: SheetContext): SheetCells {
  const reader = new SheetReader(context);
  scanXml(xml, reader);
  return { rows: reader.rows, height: reader.height, width: reader.width };
}

class SheetReader implements XmlHandler {
  rows: string[][] = [];
  height = 0;
  width = 0;
  private row = 0;
  private column = 0;
  private rowWidth = 0;
  private rowHasValue = false;
  private cell: Cell | null = null;
  private inValue = false;

  constructor(private readonly context: SheetContext) {}

  open(name: string, attributes: string): void {
    if (this.cell) this.openInCell(name);
    else if (name === 'row') this.startRow(attributesOf(attributes).get('r'));
    else if (name === 'c') this.startCell(attributesOf(attributes));
  }

  close(name: string): void {
    if (name === 'c') this.endCell();
    else if (name === 'row') this.width = Math.max(this.width, this.rowHasValue ? this.rowWidth : 0);
    else if (name === 'v') this.inValue = false;
    else this.cell?.inline?.close(name);
  }

  text(text: string): void {
    if (this.inValue && this.cell) this.cell.value += text;
    else this.cell?.inline?.text(text);
  }

  /** Rows may skip numbers (empty rows are left out) or, rarely, leave `r` out and follow on. */
  private startRow(r: string | undefined): void {
    const number = Number(r);
    this.row = r && Number.isInteger(number) && number > 0 ? number : this.row + 1;
    this.height = Math.max(this.height, this.row);
    this.column = 0;
    this.rowWidth = 0;
    this.rowHasValue = false;
  }

  /** A cell without a reference follows the one before it. */
  private startCell(attributes: Map<string, string>): void {
    this.column = columnOf(attributes.get('r') ?? '') || this.column + 1;
    const style = Number(attributes.get('s') ?? 0);
    this.cell = { column: this.column, type: attributes.get('t') ?? 'n', style: Number.isInteger(style) ? style : 0, formula: false, value: '', inline: null };
  }

  private openInCell(name: string): void {
    const cell = this.cell!;
    if (name === 'v') this.inValue = true;
    else if (name === 'f') cell.formula = true;
    else if (name === 'is') cell.inline = new StringItem();
    else cell.inline?.open(name);
  }

  /** A formula's cached result is its value; a formula never calculated, or a formatted empty cell, is blank. */
  private endCell(): void {
    const cell = this.cell;
    this.cell = null;
    this.inValue = false;
    if (!cell || this.row === 0) return;
    const raw = cell.inline?.take() || cell.value;
    if (raw !== '') (this.rows[this.row - 1] ??= [])[cell.column - 1] = this.valueText(cell.type, raw, cell.style);
    if (raw !== '' || cell.formula) this.rowHasValue = true;
    if (raw !== '' || cell.formula || cell.style) this.rowWidth = Math.max(this.rowWidth, cell.column);
  }

  /** A cell's text as a CSV export holds it: booleans as exceljs gave them (true/false), errors as shown. */
  private valueText(type: string, raw: string, style: number): string {
    switch (type) {
      case 's': {
        const text = this.context.shared[Number(raw)];
        if (text === undefined) throw new XmlError('a cell refers to a shared string that is not there');
        return text;
      }
      case 'str': case 'inlineStr': case 'e': return raw;
      case 'b': return String(parseInt(raw, 10) !== 0);
      case 'd': return isoText(raw);
      default: {
        const number = parseFloat(raw);
        return this.context.dateStyles[style] && Number.isFinite(number) ? serialText(number, this.context.date1904) : String(number);
      }
    }
  }
}
