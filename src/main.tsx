/**
 * The page's first script, kept small: on the prerendered demo page (build/prerender.ts) the figures
 * are already on screen, so the app's code is loaded only after that paint, never in its way.
 */
// The stylesheet stays with this first script, so the page links it in its head (render-blocking).
import './styles/index.css';
import { afterPaint } from './views/perfMarkNames';
import { markPrerenderedPaint, releasePrerender, shownPrerender } from './views/startup/prerendered';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');

const prerendered = shownPrerender();
if (prerendered) {
  markPrerenderedPaint(prerendered, { key: prerendered.dataset.key ?? '' });
  await new Promise<void>((resolve) => afterPaint(resolve));
} else {
  releasePrerender(); // hidden by a link to another view (or absent): it will never be shown
}
// The engine's 34 MB download is the longest step to a live dashboard: start it now, beside the app's
// own code, rather than once React has mounted (the app joins this same engine; it reports any failure).
void import('./data/browserClient').then(({ openBrowserClient }) => openBrowserClient()).catch(() => undefined);
const { startApp } = await import('./views/startApp');
startApp(root, prerendered);
