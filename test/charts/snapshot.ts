/**
 * Snapshot testing in the Observable Plot manner: a chart's SVG, normalised (ids renumbered, numbers
 * rounded to two decimals, one element per line), is compared with test/charts/snapshots/<name>.svg.
 * On a difference the new SVG is written beside it as <name>-changed.svg for review, and the test fails;
 * the first run writes the snapshot. To accept a change, replace the snapshot with the -changed file.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { chartMarkup } from '../../src/charts/serialize';

const DIR = fileURLToPath(new URL('./snapshots/', import.meta.url));

/** Renumbers ids (and their url(#…) and href="#…" references) in order of first appearance. */
function renumberIds(markup: string): string {
  const ids = [...new Set(Array.from(markup.matchAll(/\bid="([^"]+)"/g), (match) => match[1]))];
  return ids.reduce((out, id, i) => out
    .replaceAll(`id="${id}"`, `id="id${i + 1}"`)
    .replaceAll(`url(#${id})`, `url(#id${i + 1})`)
    .replaceAll(`href="#${id}"`, `href="#id${i + 1}"`), markup);
}

/** The comparable form of a chart's markup. */
export function normaliseSvg(markup: string): string {
  return renumberIds(markup)
    .replace(/-?\d+\.\d{3,}(e-?\d+)?/g, (number) => String(+(+number).toFixed(2)))
    .replace(/></g, '>\n<')
    .trimEnd() + '\n';
}

/** Compares `element` with the committed snapshot `name`. */
export function expectSnapshot(name: string, element: Element): void {
  const actual = normaliseSvg(chartMarkup(element));
  const file = `${DIR}${name}.svg`;
  const changed = `${DIR}${name}-changed.svg`;
  if (!existsSync(file)) {
    writeFileSync(file, actual);
    return;
  }
  if (readFileSync(file, 'utf8') === actual) {
    rmSync(changed, { force: true });
    return;
  }
  writeFileSync(changed, actual);
  expect.fail(`${name}.svg differs from its snapshot: see test/charts/snapshots/${name}-changed.svg`);
}

/** Elements of `root` matching `selector`, as an array. */
export function all(root: Element, selector: string): Element[] {
  return Array.from(root.querySelectorAll(selector));
}
