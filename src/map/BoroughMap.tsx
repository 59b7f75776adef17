/** React wrapper for the borough choropleth: loads the boundaries once, then drives `createBoroughMap`. */
import 'leaflet/dist/leaflet.css';
import './boroughMap.css';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { createBoroughMap, type BoroughMapController } from './boroughMap';
import { loadBoroughBoundaries } from './boundaries';
import type { Basis, BoroughBoundaries, BoroughMapRow, ClassedScale, Measure } from './types';

export interface BoroughMapProps {
  data: readonly BoroughMapRow[];
  scale: ClassedScale;
  measure: Measure;
  basis: Basis;
  /** ONS code of the selected borough, or null. */
  selected: string | null;
  /** Called with a code on click, or null when the selected borough is clicked again. */
  onSelect: (code: string | null) => void;
  /** Optional background tiles (none by default: the dashboard runs on locked-down networks). */
  tileUrl?: string;
  tileAttribution?: string;
  /** Fixed height in CSS pixels, so nothing moves when the map arrives (default 480). */
  height?: number;
}

type Boundaries = { status: 'loading' } | { status: 'ready'; boundaries: BoroughBoundaries } | { status: 'failed'; error: Error };

function useBoundaries(): Boundaries {
  const [state, setState] = useState<Boundaries>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    loadBoroughBoundaries().then(
      (boundaries) => live && setState({ status: 'ready', boundaries }),
      (error: unknown) => live && setState({ status: 'failed', error: error instanceof Error ? error : new Error(String(error)) }),
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}

/** The London borough choropleth. */
export function BoroughMap(props: BoroughMapProps) {
  const { data, scale, measure, basis, selected, tileUrl, tileAttribution, height = 480 } = props;
  const loaded = useBoundaries();
  const boundaries = loaded.status === 'ready' ? loaded.boundaries : null;
  const host = useRef<HTMLDivElement>(null);
  const [controller, setController] = useState<BoroughMapController | null>(null);
  // The latest props, for the map's first drawing and its click handler, without recreating the map.
  const latest = useRef(props);
  useLayoutEffect(() => {
    latest.current = props;
  });

  useEffect(() => {
    if (!boundaries || !host.current) return;
    const current = latest.current;
    const map = createBoroughMap(host.current, boundaries, {
      onSelect: (code) => latest.current.onSelect(code),
      selected: current.selected,
      tileUrl,
      tileAttribution,
    });
    map.update(current.data, current.scale, { measure: current.measure, basis: current.basis });
    setController(map);
    return () => {
      map.destroy();
      setController(null);
    };
  }, [boundaries, tileUrl, tileAttribution]);

  useEffect(() => controller?.update(data, scale, { measure, basis }), [controller, data, scale, measure, basis]);
  useEffect(() => controller?.setSelected(selected), [controller, selected]);

  return (
    <div className="borough-map" data-testid="borough-map" style={{ height }}>
      <div ref={host} className="borough-map__host" />
      {loaded.status === 'loading' && <p className="borough-map__status">Loading the borough map…</p>}
      {loaded.status === 'failed' && (
        <p className="borough-map__status" role="alert">
          The borough map could not be drawn: {loaded.error.message}
        </p>
      )}
    </div>
  );
}
