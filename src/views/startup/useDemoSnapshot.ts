import { useEffect, useState } from 'react';
import type { DemoSnapshot } from './snapshot';

/**
 * The build-time snapshot of the demo's opening figures (a separate chunk, fetched beside the engine;
 * `initial` when main.tsx fetched it before the first render), or null until it arrives or if it cannot
 * be read: the page then simply waits for the engine.
 */
export function useDemoSnapshot(initial: DemoSnapshot | null = null): DemoSnapshot | null {
  const [snapshot, setSnapshot] = useState<DemoSnapshot | null>(initial);
  useEffect(() => {
    if (initial) return;
    let live = true;
    import('virtual:demo-snapshot').then(
      (module) => live && setSnapshot(module.default),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [initial]);
  return snapshot;
}
