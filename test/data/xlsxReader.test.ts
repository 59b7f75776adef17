/**
 * The .xlsx reader (src/data/xlsx/, through sheetAsCsv): workbooks written as XML and zipped here, so
 * each case holds exactly the markup Excel and other writers produce, plus one written by exceljs.
 */
import ExcelJS from 'exceljs';
import { deflateSync, strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { sheetAsCsv } from '../../src/data/excel';
import { ExtractError } from '../../src/data/loadReport';
import { isDateCode, serialText } from '../../src/data/xlsx/dates';
import { zipOf } from '../fixtures/zip';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

type Extra = { shared?: string; styles?: string; date1904?: boolean };

/** A workbook of `sheets` (name → sheetData rows XML), with optional shared strings, styles and 1904 dates. */
function workbook(sheets: Record<string, string>, extra: Extra = {}): Uint8Array {
  return zipSync(partsOf(sheets, extra));
}

/** The parts of `workbook`, by zip path. */
function partsOf(sheets: Record<string, string>, extra: Extra): Record<string, Uint8Array> {
  const names = Object.keys(sheets);
  const files: Record<string, Uint8Array> = {
    'xl/workbook.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}">` +
      `<workbookPr${extra.date1904 ? ' date1904="1"' : ''}/><sheets>` +
      names.map((name, i) => `<sheet name="${name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') + '</sheets></workbook>'),
    'xl/_rels/workbook.xml.rels': strToU8(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      names.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('') +
      `<Relationship Id="rS" Type="${REL}/sharedStrings" Target="/xl/sharedStrings.xml"/><Relationship Id="rT" Type="${REL}/styles" Target="styles.xml"/></Relationships>`),
  };
  names.forEach((name, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(`<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${sheets[name]}</sheetData></worksheet>`);
  });
  if (extra.shared) files['xl/sharedStrings.xml'] = strToU8(`<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${extra.shared}</sst>`);
  if (extra.styles) files['xl/styles.xml'] = strToU8(`<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${extra.styles}</styleSheet>`);
  return files;
}

const csv = async (bytes: Uint8Array, sheet?: string) => (await sheetAsCsv('book.xlsx', bytes, sheet)).csv.split('\r\n').slice(0, -1);

/** Cell styles 1–6: built-in date 14, date-time 22, custom dd/mm/yyyy, a bracketed locale date, and two numbers that are not dates. */
const STYLES = '<numFmts count="4"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="[$-409]d\\-mmm\\-yy;@"/>' +
  '<numFmt numFmtId="166" formatCode="&quot;Day &quot;0"/><numFmt numFmtId="167" formatCode="[Red][&gt;=100]#,##0.00"/></numFmts>' +
  '<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>' +
  '<cellXfs count="7"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="22"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="166"/><xf numFmtId="167"/></cellXfs>';

describe('the .xlsx reader', () => {
  it('reads shared strings (plain, rich-text runs, not phonetic guides) and inline strings, decoding entities and _xHHHH_', async () => {
    const shared = '<si><t>Record ID</t></si><si><r><rPr><b/></rPr><t xml:space="preserve">Cat </t></r><r><t>1 &amp; 2</t></r><rPh><t>かな</t></rPh></si>' +
      '<si><t>&lt;a&gt; &quot;q&quot; &apos;s&apos; &#233;&#x1F600;</t></si><si><t>a_x000D_b _x005F_x0041_</t></si>';
    const rows = '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>' +
      '<row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" t="s"><v>3</v></c></row>' +
      '<row r="3"><c r="A3" t="inlineStr"><is><t xml:space="preserve">  inline  </t></is></c><c r="B3" t="inlineStr"><is><r><t>run</t></r><r><t>s</t></r></is></c></row>';
    expect(await csv(workbook({ Data: rows }, { shared }))).toEqual([
      'Record ID,Cat 1 & 2', '"<a> ""q"" \'s\' é😀","a\rb _x0041_"', '  inline  ,runs',
    ]);
  });

  it('reads dates by their number format, in the 1900 system (with its 29 February 1900) and the 1904 system', async () => {
    const cells = [[1, 42094], [2, 42093.5868055556], [3, 42094], [4, 42094], [5, 42094], [6, 1234.5], [0, 42094]];
    const row = (r: number, values: number[]) => `<row r="${r}">${values.map((v, i) => `<c r="${String.fromCharCode(65 + i)}${r}" s="${cells[i][0]}"><v>${v}</v></c>`).join('')}</row>`;
    const rows = row(1, cells.map(([, v]) => v)) + row(2, [59, 60, 61, 1, 7, 7, 7]) + '<row r="3"><c r="A3" s="2"><v>0.5</v></c></row>';
    expect(await csv(workbook({ Data: rows }, { styles: STYLES }))).toEqual([
      '2015-03-31,2015-03-30 14:05:00,2015-03-31,2015-03-31,42094,1234.5,42094',
      '1900-02-28,1900-02-29,1900-03-01,1900-01-01,7,7,7',
      '1899-12-30 12:00:00,,,,,,',
    ]);
    expect(await csv(workbook({ Data: '<row r="1"><c r="A1" s="1"><v>0</v></c><c r="B1" s="2"><v>40633.25</v></c></row>' }, { styles: STYLES, date1904: true })))
      .toEqual(['1904-01-01,2015-04-01 06:00:00']);
  });

  it('tells date formats from number formats by what is outside quotes, brackets and escapes', () => {
    expect(['yyyy-mm-dd', 'DD/MM/YYYY', '[h]:mm:ss', 'mmm-yy', '[$-F800]dddd\\,\\ mmmm\\ dd\\,\\ yyyy'].map(isDateCode)).toEqual([true, true, true, true, true]);
    expect(['General', '0.00E+00', '"days "0', '[Red]#,##0;[Blue]-#,##0', '_-* #,##0_-', '0\\h', '[$£-809]#,##0.00', '@'].map(isDateCode))
      .toEqual([false, false, false, false, false, false, false, false]);
    expect(serialText(42094.999999, false)).toBe('2015-04-01');
  });

  it('gives a formula its cached result, and reads booleans, errors and numbers as exceljs did', async () => {
    const rows = '<row r="1"><c r="A1"><f>1+1</f><v>2</v></c><c r="B1" t="str"><f>"a"&amp;"b"</f><v>ab</v></c><c r="C1"><f t="shared" si="0"/><v>3.5</v></c>' +
      '<c r="D1"><f>NOW()</f></c><c r="E1" t="b"><v>1</v></c><c r="F1" t="b"><f>FALSE()</f><v>0</v></c><c r="G1" t="e"><v>#N/A</v></c><c r="H1"><v>1.5E-7</v></c><c r="I1" t="n"><v>0.1</v></c></row>';
    expect(await csv(workbook({ Data: rows }))).toEqual(['2,ab,3.5,,true,false,#N/A,1.5e-7,0.1']);
  });

  it('keeps sparse cells and skipped rows in place, follows cells and rows without a reference, and sizes the grid as before', async () => {
    const rows = '<row r="1"><c r="A1"><v>1</v></c><c r="C1"><v>3</v></c></row><row r="4"><c r="B4"><v>5</v></c><c><v>6</v></c><c s="1"/></row>' +
      '<row><c r="A5"><v>7</v></c></row><row r="7" customHeight="1"><c r="J7" s="1"/></row><row r="8" ht="20"/>';
    expect(await csv(workbook({ Data: rows }, { styles: STYLES }))).toEqual(['1,,3,', ',,,', ',,,', ',5,6,', '7,,,', ',,,', ',,,', ',,,']);
  });

  it('lists the sheets in tab order and names them when the one asked for is missing', async () => {
    const bytes = workbook({ Notes: '<row r="1"><c r="A1" t="inlineStr"><is><t>n</t></is></c></row>', 'A &amp; B': '<row r="1"><c r="A1"><v>1</v></c></row>' });
    expect(await sheetAsCsv('book.xlsx', bytes, 'A & B')).toEqual({ csv: '1\r\n', sheet: 'A & B', sheets: ['Notes', 'A & B'] });
    await expect(sheetAsCsv('book.xlsx', bytes, 'April')).rejects.toThrowError('book.xlsx has no sheet called "April": its sheets are Notes, A & B.');
    await expect(sheetAsCsv('empty.xlsx', workbook({ Blank: '' }))).rejects.toThrowError('empty.xlsx: the sheet "Blank" is empty.');
  });

  it('refuses corrupt bytes, broken parts and a grid too large to build in one sentence naming the file', async () => {
    const good = workbook({ Data: '<row r="1"><c r="A1"><v>1</v></c></row>' });
    const cases: [string, Uint8Array][] = [
      ['noise.xlsx', new Uint8Array(Array.from({ length: 500 }, (_, i) => (i * 7919) % 251))],
      ['cut.xlsx', good.subarray(0, good.length - 40)],
      ['no-book.xlsx', zipSync({ 'xl/other.xml': strToU8('<x/>') })],
      ['bad-xml.xlsx', workbook({ Data: '<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2' })],
      ['understated.xlsx', zipOf(Object.entries(partsOf({ Data: '<row r="1"><c r="A1"><v>1</v></c></row>' }, {})).map(([name, data]) =>
        ({ name, data: deflateSync(data), deflated: true, declaredSize: name.includes('worksheets') ? 10 : data.length })))],
      ['bad-shared.xlsx', workbook({ Data: '<row r="1"><c r="A1" t="s"><v>9</v></c></row>' }, { shared: '<si><t>a</t></si>' })],
    ];
    for (const [name, bytes] of cases) {
      const error = await sheetAsCsv(name, bytes).catch((e: unknown) => e);
      expect(error, name).toBeInstanceOf(ExtractError);
      expect((error as Error).message, name).toMatch(new RegExp(`^${name} could not be read as an Excel workbook: [^\\n]+\\.$`));
    }
    const wide = workbook({ Data: `<row r="1"><c r="A1"><v>1</v></c>${'<c s="1"/>'.repeat(400)}<c><v>2</v></c></row><row r="9000"/>` });
    await expect(sheetAsCsv('wide.xlsx', wide)).rejects.toThrowError(/^wide.xlsx: the sheet "Data" spans 9,000 rows by 402 columns, too large/);
  });

  it('reads a workbook exceljs wrote as the exceljs-based reader did', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('March');
    sheet.addRow(['id', 'at', 'n', 'ok', 'rich']);
    sheet.addRow(['R1', new Date(Date.UTC(2015, 2, 30, 14, 5)), { formula: '10+4', result: 14 }, true, { richText: [{ text: 'a ' }, { text: 'b' }] }]);
    sheet.addRow([]);
    sheet.addRow(['R3', new Date(Date.UTC(2015, 2, 31)), 0.1, false, '']);
    expect(await csv(new Uint8Array(await book.xlsx.writeBuffer()))).toEqual(['id,at,n,ok,rich', 'R1,2015-03-30 14:05:00,14,true,a b', ',,,,', 'R3,2015-03-31,0.1,false,']);
  });
});
