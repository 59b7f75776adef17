/**
 * Linked tables published with every margin: a chain of classifications of the same records, e.g.
 * home borough × offence borough (the cross-border flows) and offence borough × CSE category, which share
 * the offence-borough totals. A plain cross-table is a chain of two. All of it is suppressed together as
 * one network (network.ts), so hiding a cell in one table cannot be undone through another.
 *
 * Network: source → first-layer key (its margin) → … → each intermediate key in → out (its margin) →
 * next-layer key (a table cell) → … → last-layer key → sink (its margin); sink → source (the grand total).
 */
import { type FlowEdge, type FlowNetwork, type Hidden } from './network';
import { protectAll } from './protect';
import { checkRule, PUBLIC_RULE, rounded, type PublishedCell, type SuppressionRule } from './suppress';

/** Counts to publish: `tables[i][a][b]` counts records with key a of layer i and key b of layer i + 1. */
export interface LinkedCounts {
  layers: readonly (readonly string[])[];
  tables: readonly (readonly (readonly number[])[])[];
}

/** The published cells of every table, every layer's margins, and the grand total. */
export interface PublishedLinked {
  tables: PublishedCell[][][];
  margins: PublishedCell[][];
  total: PublishedCell;
}

/** Where each count of the chain sits in the network. */
interface Layout {
  net: FlowNetwork;
  /** Edge index of each table cell and each margin; the grand total is the last edge. */
  cell: number[][][];
  margin: number[][];
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

/** Each layer's margins; throws when two tables disagree about the layer they share. */
export function linkedMargins(counts: LinkedCounts): number[][] {
  const { tables } = counts;
  const margins = [tables[0].map(sum), ...tables.map((t) => t[0].map((_, b) => sum(t.map((row) => row[b]))))];
  tables.slice(1).forEach((table, i) => {
    if (table.some((row, a) => sum(row) !== margins[i + 1][a])) throw new Error(`Linked tables ${i} and ${i + 1} do not add up to the same margins.`);
  });
  return margins;
}

/** Builds the network of a chain: nodes 0 (source) and 1 (sink), then each layer's keys (in, out). */
function layout(counts: LinkedCounts, margins: number[][]): Layout {
  const last = counts.layers.length - 1;
  let next = 2;
  const nodes = counts.layers.map((keys, i) => keys.map(() => {
    const inNode = next++;
    return { in: inNode, out: i > 0 && i < last ? next++ : inNode };
  }));
  const edges: FlowEdge[] = [];
  const add = (from: number, to: number, value: number) => edges.push({ from, to, value }) - 1;
  const margin = margins.map((values, i) => values.map((value, a) =>
    (i === 0 ? add(0, nodes[0][a].in, value) : i === last ? add(nodes[i][a].in, 1, value) : add(nodes[i][a].in, nodes[i][a].out, value))));
  const cell = counts.tables.map((table, i) => table.map((row, a) => row.map((value, b) => add(nodes[i][a].out, nodes[i + 1][b].in, value))));
  add(1, 0, sum(margins[0]));
  return { net: { nodes: next, edges }, cell, margin };
}

/**
 * Suppresses a chain of linked tables: counts 0…N−1 hidden as "<N" anywhere (cells, margins, the total), then
 * further cells hidden until the exact audit finds every small count protected. Cells are hidden before
 * margins, and smaller before larger; the grand total is never hidden unless it is itself small.
 */
export function suppressLinked(counts: LinkedCounts, rule: SuppressionRule = PUBLIC_RULE): PublishedLinked {
  const { minCell } = checkRule(rule);
  const margins = linkedMargins(counts);
  const { net, cell, margin } = layout(counts, margins);
  const mask: Hidden[] = net.edges.map((edge) => (edge.value < minCell ? 'primary' : false));
  const isMargin = new Set(margin.flat());
  const total = net.edges.length - 1;
  // Margins are what readers look for first, so hiding one costs far more than hiding a cell.
  protectAll(net, mask, minCell, (i) => (i === total ? Infinity : net.edges[i].value + (isMargin.has(i) ? 10_000 : 0)));
  const publish = (i: number): PublishedCell =>
    (mask[i] ? { value: null, suppressed: mask[i] } : { value: rounded(net.edges[i].value, rule), suppressed: false });
  return { tables: cell.map((t) => t.map((row) => row.map(publish))), margins: margin.map((m) => m.map(publish)), total: publish(total) };
}

/** The network and mask a published chain stands for: what the audit in the tests attacks. */
export function linkedNetwork(counts: LinkedCounts, published: PublishedLinked): { net: FlowNetwork; mask: Hidden[] } {
  const { net, cell, margin } = layout(counts, linkedMargins(counts));
  const mask: Hidden[] = new Array(net.edges.length).fill(false);
  cell.forEach((t, i) => t.forEach((row, a) => row.forEach((edge, b) => (mask[edge] = published.tables[i][a][b].suppressed))));
  margin.forEach((m, i) => m.forEach((edge, a) => (mask[edge] = published.margins[i][a].suppressed)));
  mask[net.edges.length - 1] = published.total.suppressed;
  return { net, mask };
}
