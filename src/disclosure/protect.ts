/**
 * Secondary suppression for linked tables that survives margin-solving: for each small (primary) count,
 * while the exact audit (network.ts) can narrow it to fewer values than `protectionWidth` allows, hide
 * the cheapest further counts that open a path for its flow to move. Hiding only ever widens intervals,
 * so one pass over the primary cells protects them all.
 */
import { bounds, isProtected, maxFlow, protectionWidth, residual, type FlowNetwork, type Hidden } from './network';

/** One usable step of a path: to node `to`, at `cost`, by hiding edge `edge` (−1 when already hidden). */
interface Arc {
  to: number;
  cost: number;
  edge: number;
}

/** Arcs a path may use: residual capacity of hidden cells (free), or published cells that could be hidden. */
function arcs(net: FlowNetwork, mask: readonly Hidden[], minCell: number, cap: Float64Array, cost: (i: number) => number): Arc[][] {
  const n = net.nodes;
  const out: Arc[][] = Array.from({ length: n }, () => []);
  for (let a = 0; a < n; a++) for (let b = 0; b < n; b++) if (cap[a * n + b] > 0) out[a].push({ to: b, cost: 0, edge: -1 });
  net.edges.forEach((edge, i) => {
    const price = cost(i);
    if (mask[i] || edge.value <= 0 || !Number.isFinite(price)) return;
    // Hidden as "[c]" it may rise without limit, and fall as far as minCell.
    out[edge.from].push({ to: edge.to, cost: price, edge: i });
    if (edge.value > minCell) out[edge.to].push({ to: edge.from, cost: price, edge: i });
  });
  return out;
}

/** The edges to hide along the cheapest path from `source` to `sink` (Dijkstra), or null when there is none. */
function cheapestPath(out: Arc[][], source: number, sink: number): number[] | null {
  const dist = new Array<number>(out.length).fill(Infinity);
  const via: (readonly [number, number] | null)[] = new Array(out.length).fill(null);
  const done = new Uint8Array(out.length);
  dist[source] = 0;
  for (;;) {
    let u = -1;
    for (let v = 0; v < out.length; v++) if (!done[v] && dist[v] < Infinity && (u < 0 || dist[v] < dist[u])) u = v;
    if (u < 0 || u === sink) break;
    done[u] = 1;
    for (const arc of out[u]) {
      if (dist[u] + arc.cost < dist[arc.to]) (dist[arc.to] = dist[u] + arc.cost), (via[arc.to] = [u, arc.edge]);
    }
  }
  if (dist[sink] === Infinity) return null;
  const edges: number[] = [];
  for (let v = sink; v !== source; v = via[v]![0]) if (via[v]![1] >= 0) edges.push(via[v]![1]);
  return edges;
}

/**
 * Hides the cheapest published cells that let primary edge `target` move further: first in the direction
 * its bounds leave most room for, else the other. Returns false when no such cells exist.
 */
function widen(net: FlowNetwork, mask: Hidden[], minCell: number, target: number, cost: (i: number) => number): boolean {
  const edge = net.edges[target];
  const [low, high] = bounds(edge.value, mask[target], minCell);
  const preferUp = high - edge.value >= edge.value - low;
  for (const up of [preferUp, !preferUp]) {
    if ((up ? high - edge.value : edge.value - low) <= 0) continue;
    const [from, to] = up ? [edge.to, edge.from] : [edge.from, edge.to];
    const cap = residual(net, mask, minCell, target);
    // Use up what the hidden cells already allow, so the path found must add something new.
    maxFlow(cap, net.nodes, from, to, protectionWidth(minCell));
    const path = cheapestPath(arcs(net, mask, minCell, cap, (i) => (i === target ? Infinity : cost(i))), from, to);
    if (!path?.length) continue;
    for (const i of path) mask[i] = 'secondary';
    return true;
  }
  return false;
}

/**
 * A small count no suppression can protect: e.g. a total of 2 made of two counts of 1 under N = 3 (each
 * hidden count is known to be at least 1, so the total pins them). The table must be withheld.
 */
export class UnprotectableError extends Error {
  constructor() {
    super('A small count in this table cannot be protected by suppression: the table must be withheld.');
  }
}

/**
 * Adds secondary suppression to `mask` (changed in place) until every primary edge is protected.
 * `cost(i)` is the price of hiding edge i (Infinity: never hide it, e.g. a grand total that must be shown).
 * Throws when a small count cannot be protected, so that nothing unsafe is ever published.
 */
export function protectAll(net: FlowNetwork, mask: Hidden[], minCell: number, cost: (i: number) => number): void {
  mask.forEach((hidden, target) => {
    if (hidden !== 'primary') return;
    for (let tries = 0; !isProtected(net, mask, minCell, target); tries++) {
      if (tries > net.edges.length || !widen(net, mask, minCell, target, cost)) {
        throw new UnprotectableError();
      }
    }
  });
}
