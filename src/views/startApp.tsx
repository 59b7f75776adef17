/**
 * Starts the React app in `root` (main.tsx loads this module once the page has painted). On the
 * prerendered demo page React starts with the snapshot in hand, so its first render is the same view,
 * and the prerendered copy is removed once React's own is drawn (startup/prerendered.ts).
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { releaseWhenDrawn } from './startup/prerendered';
import type { DemoSnapshot } from './startup/snapshot';

/** Renders the app into `root`; `prerendered` is the build's drawing of the page when it is shown. */
export async function startApp(root: HTMLElement, prerendered: HTMLElement | null): Promise<void> {
  // The engine's code is needed next whatever happens: fetch it while the snapshot arrives.
  void import('../data/browserClient').catch(() => undefined); // useEngine reports any failure
  let initialSnapshot: DemoSnapshot | null = null;
  if (prerendered) {
    initialSnapshot = await import('virtual:demo-snapshot').then((module) => module.default, () => null);
    releaseWhenDrawn(prerendered, root);
  }
  createRoot(root).render(
    <StrictMode>
      <App initialSnapshot={initialSnapshot} />
    </StrictMode>,
  );
}
