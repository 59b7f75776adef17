/**
 * Exact disclosure audit of linked tables published with their margins. A set of counts that must add up
 * (a cross-table with row, column and grand totals; or a chain such as home × offence × category, whose
 * tables share a margin) is a circulation in a network: every count is the flow on one edge and every node
 * balances. An attacker who knows the published cells and the rule (a "<N" cell is 0…N−1, a "[c]" cell
 * is at least N) can narrow a hidden cell exactly as far as the network lets its flow move:
 * its largest and smallest feasible values are found with a max-flow in the residual network around the
 * true table (Gusfield's audit of 2-D tables; the network is totally unimodular, so the integer and the
 * linear-programming bounds coincide). Because the true table is itself feasible, no solver is needed.
 */

/** Why a count is hidden, as in PublishedCell. */
export type Hidden = false | 'primary' | 'secondary';

/** One count: the flow on an edge from node `from` to node `to`. */
export interface FlowEdge {
  from: number;
  to: number;
  value: number;
}

/** A network of counts: `nodes` nodes (0…nodes−1), each balanced by the true values. */
export interface FlowNetwork {
  nodes: number;
  edges: readonly FlowEdge[];
}

/**
 * What an attacker can know about a cell: its published value, or bounds from the rule. In linked tables
 * every count below N is hidden as "<N", zero included, so "<N" means 0…N−1: were zeros shown, two hidden
 * 1s under a hidden total of 2 (N = 3) would be pinned by their lower bounds alone.
 */
export function bounds(value: number, hidden: Hidden, minCell: number): [number, number] {
  if (hidden === 'primary') return [0, minCell - 1];
  if (hidden === 'secondary') return [minCell, Infinity];
  return [value, value];
}

/** Residual capacities (a dense matrix: tables here have at most a few hundred nodes). */
export function residual(net: FlowNetwork, mask: readonly Hidden[], minCell: number, skip: number): Float64Array {
  const n = net.nodes;
  const cap = new Float64Array(n * n);
  net.edges.forEach((edge, i) => {
    if (i === skip || !mask[i]) return;
    const [low, high] = bounds(edge.value, mask[i], minCell);
    cap[edge.from * n + edge.to] += high - edge.value;
    cap[edge.to * n + edge.from] += edge.value - low;
  });
  return cap;
}

/** Max-flow from `source` to `sink` (Edmonds–Karp), stopping once `limit` is reached. */
export function maxFlow(cap: Float64Array, n: number, source: number, sink: number, limit: number): number {
  let flow = 0;
  const parent = new Int32Array(n);
  while (flow < limit) {
    parent.fill(-1);
    parent[source] = source;
    const queue = [source];
    for (let head = 0; head < queue.length && parent[sink] < 0; head++) {
      const u = queue[head];
      for (let v = 0; v < n; v++) if (parent[v] < 0 && cap[u * n + v] > 0) (parent[v] = u), queue.push(v);
    }
    if (parent[sink] < 0) break;
    let push = limit - flow;
    for (let v = sink; v !== source; v = parent[v]) push = Math.min(push, cap[parent[v] * n + v]);
    for (let v = sink; v !== source; v = parent[v]) (cap[parent[v] * n + v] -= push), (cap[v * n + parent[v]] += push);
    flow += push;
  }
  return flow;
}

/**
 * The feasible interval of hidden edge `index`: every value it can take in some table that agrees with
 * everything published. `limit` caps the search (an interval wider than needed is reported as reaching it).
 */
export function feasibleInterval(net: FlowNetwork, mask: readonly Hidden[], minCell: number, index: number,
  limit = Number.MAX_SAFE_INTEGER): { low: number; high: number } {
  const edge = net.edges[index];
  const [low, high] = bounds(edge.value, mask[index], minCell);
  const up = Math.min(high - edge.value, maxFlow(residual(net, mask, minCell, index), net.nodes, edge.to, edge.from, limit));
  const down = Math.min(edge.value - low, maxFlow(residual(net, mask, minCell, index), net.nodes, edge.from, edge.to, limit));
  return { low: edge.value - down, high: up >= limit ? Infinity : edge.value + up };
}

/**
 * How far apart the values a hidden small count could take must be: at least half the "<N" range
 * (⌊(N−1)/2⌋, at least 1). With N = 10 an attacker solving the margins is left with at least 5 possible
 * values; with N = 3 with at least 2. "Not exactly recoverable" alone would let margins narrow a
 * count to "1 or 2", which is nearly as disclosive.
 */
export function protectionWidth(minCell: number): number {
  return Math.max(1, Math.floor((minCell - 1) / 2));
}

/** Whether hidden edge `index` is protected: its feasible interval is at least `protectionWidth` wide. */
export function isProtected(net: FlowNetwork, mask: readonly Hidden[], minCell: number, index: number): boolean {
  const width = protectionWidth(minCell);
  const { low, high } = feasibleInterval(net, mask, minCell, index, width);
  return high - low >= width;
}
