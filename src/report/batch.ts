/**
 * Writing packs to disk for the Node command: one pack into a folder, or all 33 borough (or MASE) packs
 * into one folder each (`E09000002-barking-and-dagenham/`) with an index page listing them, the period
 * and the rule. One engine, one load and one London-wide plan serve all 33 packs.
 */
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BOROUGHS } from '../data/reference/boroughs';
import type { BuiltPack } from './borough/index';
import { CSP } from './london/frame';
import { escapeHtml } from './html';

/** Writes a file whole or not at all. */
export async function writeWhole(path: string, text: string): Promise<void> {
  await writeFile(`${path}.partial`, text);
  await rename(`${path}.partial`, path);
}

/** Writes a pack's index.html and figures.json into `dir`. */
export async function writePack(dir: string, pack: BuiltPack): Promise<void> {
  await mkdir(dir, { recursive: true });
  await writeWhole(join(dir, 'index.html'), pack.html);
  await writeWhole(join(dir, 'figures.json'), JSON.stringify(pack.figures, null, 2) + '\n');
}

/** A safe folder name from the ONS code and the name: `E09000002-barking-and-dagenham`. */
export function packFolder(code: string): string {
  const name = BOROUGHS.find((b) => b.code === code)?.name ?? '';
  const slug = name.normalize('NFKD').toLowerCase().replace(/&/g, ' and ').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  if (!/^E09\d{6}$/.test(code)) throw new Error(`${code} is not an ONS borough code.`);
  return `${code}-${slug}`;
}

/** What the index page says about the run. */
export interface IndexFacts {
  kind: string;
  period: string;
  rule: string;
  made: string;
  source: string;
}

/** The index page of an --all-boroughs run: a link to each borough's pack. No script; values escaped. */
export function indexPage(facts: IndexFacts, codes: readonly string[]): string {
  const rows = codes.map((code) => {
    const name = BOROUGHS.find((b) => b.code === code)?.name ?? code;
    return `<li><a href="${escapeHtml(packFolder(code))}/index.html">${escapeHtml(name)}</a> <small>(${escapeHtml(code)})</small></li>`;
  }).join('\n');
  const title = `${facts.kind === 'mase' ? 'MASE monthly packs' : 'Borough packs'}, ${facts.period}`;
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title>
<style>body{font:15px/1.5 system-ui,sans-serif;margin:2em auto;max-width:50em;color:#1a1a1a} h1{color:#0b3c5d} ul{columns:2}</style></head><body>
<h1>${escapeHtml(title)}</h1>
<p>Period: ${escapeHtml(facts.period)}. Source: ${escapeHtml(facts.source)}. Made ${escapeHtml(facts.made)}.</p>
<p>Disclosure control: ${escapeHtml(facts.rule)}</p>
<ul>${rows}</ul></body></html>
`;
}
