/**
 * The page the build drew (build/prerender.ts) in the browser: the demo's opening view is in the HTML,
 * painted before any script runs. React renders the app into a hidden `#root` beside it while the
 * engine starts; once the live dashboard has painted its figures, the drawing is removed and `#root`
 * shows. A link that names another view hides the drawing at once (the guard in index.html's head).
 */
import { afterPaint, FIRST_FIGURES, PAINTED, VIEWS_DRAWN, type PaintedDetail } from '../perfMarkNames';

/** The `elementtiming` names of prerendered frames (ChartFrame), for the Element Timing API. */
export const FRAME_TIMING_PREFIX = 'cse-frame-';

/** The id of the element holding the build's drawing of the page. */
export const PRERENDERED_ID = 'prerendered';

/** The prerendered page, when it is present and shown (not hidden by a link to another view). */
export function shownPrerender(): HTMLElement | null {
  const element = document.getElementById(PRERENDERED_ID);
  return element && element.offsetParent !== null ? element : null;
}

/** Removes the prerendered page, so the live `#root` shows in its place. */
export function releasePrerender(): void {
  document.getElementById(PRERENDERED_ID)?.remove();
}

/** An Element Timing entry (not yet in TypeScript's DOM library). */
interface ElementTiming extends PerformanceEntry {
  identifier: string;
  renderTime: number;
}

/**
 * Takes the benchmark's marks (perfMarkNames.ts) for the prerendered page, which was painted before
 * this script ran: first figures at the headline's paint, read from the Element Timing API; every view
 * drawn after the next frame, since all of them were in the document when this script started (frames
 * below the fold are never painted, so their own paint cannot be read).
 */
export function markPrerenderedPaint(prerendered: HTMLElement, detail: PaintedDetail): void {
  const headline = `${FRAME_TIMING_PREFIX}headline`;
  const observer = new PerformanceObserver((list) => {
    const entry = (list.getEntries() as ElementTiming[]).find((each) => each.identifier === headline);
    if (!entry) return;
    if (performance.getEntriesByName(FIRST_FIGURES).length === 0) performance.mark(FIRST_FIGURES, { startTime: entry.renderTime || entry.startTime, detail });
    observer.disconnect();
  });
  try {
    observer.observe({ type: 'element', buffered: true });
  } catch {
    // No Element Timing in this browser: the marks are for the benchmark (Chromium) only.
  }
  if (prerendered.isConnected) afterPaint(() => performance.mark(VIEWS_DRAWN, { detail }));
}

const CHARTS = '.chart-frame__chart svg';

/**
 * Removes the prerendered page once the live dashboard in `root` has painted its figures (its first
 * `cse:painted` mark) and drawn as many charts as the drawing has, checked each frame, so the switch
 * never shows empty frames; at most `settleMs` after that mark, whatever the charts (another extract
 * restored from this browser may have fewer).
 */
export function releaseWhenLive(prerendered: HTMLElement, root: HTMLElement, settleMs = 2000): void {
  const charts = prerendered.querySelectorAll(CHARTS).length;
  const settle = (since: number) => {
    if (!prerendered.isConnected) return;
    if (root.querySelectorAll(CHARTS).length >= charts || performance.now() - since > settleMs) releasePrerender();
    else requestAnimationFrame(() => settle(since));
  };
  const observer = new PerformanceObserver((list) => {
    if (!list.getEntriesByName(PAINTED).length) return;
    observer.disconnect();
    settle(performance.now());
  });
  observer.observe({ type: 'mark' });
}
