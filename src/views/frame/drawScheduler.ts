/**
 * When a chart is drawn. A refresh draws the charts on screen, or within a screen's height of it, at
 * once, in its own commit; the charts further away wait and are drawn in short slices after the page
 * has painted, in the order they were asked for (the page's order), or at once if they come near the
 * screen first. So what the user is looking at updates first, and every chart is still drawn soon after.
 * A chart replaced while it waits is never drawn, so quick clicks skip pictures nobody saw.
 *
 * A waiting frame shows no chart (its old one is removed when its figures change), never a chart of
 * another selection. Printing draws everything first.
 */
import { afterPaint } from '../perfMarkNames';

/** What the scheduler needs from the page: where things are on screen, and when to run. */
export interface DrawHost<K> {
  /** Starts reporting whether `target` is near the screen (`report` is called on every change). */
  watch(target: K, report: (target: K, near: boolean) => void): void;
  /** Stops reporting on `target`. */
  unwatch(target: K): void;
  /** Runs `task` just after the page's next paint. */
  afterPaint(task: () => void): void;
  /** Runs `task` soon, after the browser has had a chance to paint and handle input. */
  soon(task: () => void): void;
  /** A clock in milliseconds. */
  now(): number;
}

/** See the module comment. */
export interface DrawScheduler<K> {
  /** Draws now when `target` is near the screen (or not yet placed), else later; returns a cancel. */
  request(target: K, draw: () => void): () => void;
  /** Stops watching `target` (its frame is gone) and drops its waiting drawing. */
  release(target: K): void;
  /** Calls `callback` once nothing waits (at once if nothing does); returns an unsubscribe. */
  whenAllDrawn(callback: () => void): () => void;
  /** Draws everything that waits, now. */
  drawAll(): void;
}

/**
 * A slice of waiting drawings stops after this long (a "long task" starts at 50 ms), so a click waits at
 * most this and one chart; shorter slices made every chart drawn later (each yield costs a task).
 */
const SLICE_MS = 40;

/** A scheduler over `host` (see the module comment). */
export function drawScheduler<K>(host: DrawHost<K>): DrawScheduler<K> {
  const near = new Map<K, boolean>(); // watched targets; near until the page says otherwise, so drawn at once
  const waiting = new Map<K, () => void>(); // in the order asked
  const listeners = new Set<() => void>();
  let sliceQueued = false;

  const settle = () => {
    if (waiting.size > 0) return;
    for (const listener of [...listeners]) {
      listeners.delete(listener);
      listener();
    }
  };
  const run = (target: K) => {
    const draw = waiting.get(target);
    waiting.delete(target);
    draw?.();
  };
  const slice = () => {
    sliceQueued = false;
    const end = host.now() + SLICE_MS;
    for (const target of [...waiting.keys()]) {
      run(target);
      if (host.now() >= end) break;
    }
    if (waiting.size > 0) queue(host.soon);
    else settle();
  };
  const queue = (when: (task: () => void) => void) => {
    if (sliceQueued) return;
    sliceQueued = true;
    when(slice);
  };
  const report = (target: K, isNear: boolean) => {
    near.set(target, isNear);
    if (isNear && waiting.has(target)) {
      run(target);
      settle();
    }
  };

  return {
    request(target, draw) {
      if (!near.has(target)) {
        near.set(target, true);
        host.watch(target, report);
      }
      if (near.get(target)) {
        waiting.delete(target);
        draw();
        settle();
      } else {
        waiting.set(target, draw);
        queue(host.afterPaint);
      }
      return () => {
        if (waiting.get(target) !== draw) return;
        waiting.delete(target);
        settle();
      };
    },
    release(target) {
      host.unwatch(target);
      near.delete(target);
      waiting.delete(target);
      settle();
    },
    whenAllDrawn(callback) {
      if (waiting.size === 0) {
        callback();
        return () => undefined;
      }
      listeners.add(callback);
      return () => listeners.delete(callback);
    },
    drawAll() {
      for (const target of [...waiting.keys()]) run(target);
      settle();
    },
  };
}

/** How far beyond the screen (above and below) a chart counts as near: one screen's height. */
const NEAR_MARGIN = '100% 0px';

/** The page's host: an IntersectionObserver, the page's paint and tasks. */
function pageHost(): DrawHost<Element> {
  const reports = new Map<Element, (target: Element, near: boolean) => void>();
  const observer = new IntersectionObserver((entries) => {
    for (const entry of entries) reports.get(entry.target)?.(entry.target, entry.isIntersecting);
  }, { rootMargin: NEAR_MARGIN });
  return {
    watch(target, report) {
      reports.set(target, report);
      observer.observe(target);
    },
    unwatch(target) {
      reports.delete(target);
      observer.unobserve(target);
    },
    // A task more than afterPaint alone, so the refresh's own paint mark (perfMarks.ts) is taken first.
    afterPaint: (task) => afterPaint(() => setTimeout(task, 0)),
    soon: (task) => setTimeout(task, 0),
    now: () => performance.now(),
  };
}

let page: DrawScheduler<Element> | null = null;

/** The page's one scheduler, made on first use (in the browser: effects never run at build time); printing draws every waiting chart first. */
export function pageDrawing(): DrawScheduler<Element> {
  if (!page) {
    const scheduler = drawScheduler(pageHost());
    addEventListener('beforeprint', () => scheduler.drawAll());
    page = scheduler;
  }
  return page;
}
