/**
 * Starts the React app in `root` (main.tsx loads this module once the page has painted). On the
 * prerendered demo page (build/prerender.ts) the app renders hidden beside the build's drawing, which
 * stays on screen until the live dashboard has drawn its figures (startup/prerendered.ts).
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { releaseWhenLive } from './startup/prerendered';

/** Renders the app into `root`; `prerendered` is the build's drawing of the page when it is shown. */
export function startApp(root: HTMLElement, prerendered: HTMLElement | null): void {
  if (prerendered) releaseWhenLive(prerendered, root);
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
