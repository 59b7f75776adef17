/**
 * Downloads of a figure: CSV of its numbers and SVG/PNG of its chart. Every export carries its title,
 * subtitle, the selection and the caveats, so a number never travels without what it cannot say.
 */
import { csvDocument } from '../../data/csvText';
import { csvHeader, csvValue, type FigureTable } from './table';

/** What travels with every export of the current view. */
export interface ExportContext {
  /** The selection in words, e.g. "FY 2014/15 · Newham (offence location) · Category 1". */
  selection: string;
  /** The caveats panel's statements, in order. */
  caveats: readonly string[];
  /** Marks such as "Synthetic demo data" and "Not for publication: exact numbers". */
  marks: readonly string[];
}

/** The figure's header lines and notes, as they are printed under a chart or at the end of a CSV. */
export function exportNotes(title: string, subtitle: string, context: ExportContext): string[] {
  return [title, subtitle, `Selection: ${context.selection}`, ...context.marks, ...context.caveats.map((c) => `Caveat: ${c}`)];
}

/** The CSV document: the table, then a blank row and the notes as `#` comment rows (guarded against formulas). */
export function figureCsv(table: FigureTable, title: string, subtitle: string, context: ExportContext): string {
  const header = table.columns.map(csvHeader);
  const rows = table.rows.map((row) => table.columns.map((column) => csvValue(row[column.key] ?? null, column.format)));
  const notes = exportNotes(title, subtitle, context).map((line) => [`# ${line}`]);
  return csvDocument(header, [...rows, [], ...notes]);
}

/** A file name from a figure id and the selection: lower-case, dashes only. */
export function exportFileName(id: string, selection: string, extension: string): string {
  const slug = `${id}-${selection}`.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 80);
  return `cse-${slug}.${extension}`;
}

/** Saves a Blob under a file name (a temporary link, clicked and removed). */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const LINE = 16;
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

/** Splits `text` into lines of at most `max` characters, at spaces (a longer word stays whole). */
export function wrapLines(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Average glyph width as a share of the font size, for wrapping without measuring text. */
const GLYPH = 0.56;

/** Wraps a chart's SVG with its title above and its notes (selection, marks, caveats) below, as one SVG. */
export function exportSvg(chart: SVGSVGElement, title: string, subtitle: string, context: ExportContext): SVGSVGElement {
  const box = chart.getBoundingClientRect();
  const width = Math.max(480, Math.ceil(box.width || Number(chart.getAttribute('width')) || 640));
  const height = Math.ceil(box.height || Number(chart.getAttribute('height')) || 400);
  const fit = (line: string, size: number) => wrapLines(line, Math.floor((width - 16) / (size * GLYPH)));
  const heading = [...fit(title, 17).map((line) => ({ line, size: 16, weight: 'bold' })), ...fit(subtitle, 13).map((line) => ({ line, size: 13, weight: 'normal' }))];
  const notes = exportNotes(title, subtitle, context).slice(2).flatMap((note) => fit(note, 11));
  const top = heading.reduce((y, item) => y + item.size + 6, 8) + 8;
  const total = top + height + 12 + notes.length * LINE + 8;
  const root = document.createElementNS(SVG_NS, 'svg');
  root.setAttribute('xmlns', SVG_NS);
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(total));
  root.setAttribute('viewBox', `0 0 ${width} ${total}`);
  root.setAttribute('font-family', FONT);
  const background = document.createElementNS(SVG_NS, 'rect');
  Object.entries({ width: '100%', height: '100%', fill: '#ffffff' }).forEach(([k, v]) => background.setAttribute(k, v));
  root.append(background);
  let y = 8;
  for (const item of heading) {
    y += item.size + 6;
    root.append(text(item.line, 8, y - 4, item.size, item.weight));
  }
  const inner = chart.cloneNode(true) as SVGSVGElement;
  inner.setAttribute('x', '0');
  inner.setAttribute('y', String(top));
  inner.setAttribute('width', String(width));
  inner.setAttribute('height', String(height));
  root.append(inner);
  notes.forEach((line, index) => root.append(text(line, 8, top + height + 12 + (index + 1) * LINE - 4, 11)));
  return root;
}

function text(content: string, x: number, y: number, size: number, weight = 'normal'): SVGTextElement {
  const element = document.createElementNS(SVG_NS, 'text');
  element.setAttribute('x', String(x));
  element.setAttribute('y', String(y));
  element.setAttribute('font-size', String(size));
  element.setAttribute('font-weight', weight);
  element.setAttribute('fill', '#1b1b1b');
  element.textContent = content; // text, never markup
  return element;
}

/** An SVG element as a standalone file's text. */
export function svgText(svg: SVGSVGElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg)}`;
}

/** Renders an SVG to PNG at twice its size, through an image and a canvas. */
export async function svgToPng(svg: SVGSVGElement): Promise<Blob> {
  const width = Number(svg.getAttribute('width'));
  const height = Number(svg.getAttribute('height'));
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText(svg))}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = width * 2;
  canvas.height = height * 2;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser cannot draw a PNG.');
  context.scale(2, 2);
  context.drawImage(image, 0, 0, width, height);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be made.'))), 'image/png'),
  );
}
