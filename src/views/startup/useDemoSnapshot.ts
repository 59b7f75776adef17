import { useEffect, useState } from 'react';
import type { DemoSnapshot } from './snapshot';

/**
 * The build-time snapshot of the demo's opening figures (a separate chunk, fetched beside the engine),
 * or null until it arrives or if it cannot be read: the page then simply waits for the engine.
 */
export function useDemoSnapshot(): DemoSnapshot | null {
  const [snapshot, setSnapshot] = useState<DemoSnapshot | null>(null);
  useEffect(() => {
    let live = true;
    import('virtual:demo-snapshot').then(
      (module) => live && setSnapshot(module.default),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return snapshot;
}
