import { useEffect, useId, useRef, useState } from 'react';
import type { LoadMode } from './useExtractLoader';

/** The file types the loader reads. */
export const EXTRACT_ACCEPT = '.csv,.parquet,.xlsx';

/** Props: what to do with a chosen file, and whether a load is under way. */
export interface OpenExtractProps {
  onFile(file: File, mode: LoadMode): void;
  /** The name of the file being read, or null when idle (its progress is shown by LoadProgressBar). */
  busy: string | null;
}

/**
 * "Open extract": a real button over a labelled file input, an "Add to current data" choice, the
 * privacy note, and drag-and-drop of a file anywhere on the page (with a visible overlay while dragging).
 */
export function OpenExtract({ onFile, busy }: OpenExtractProps) {
  const input = useRef<HTMLInputElement>(null);
  const [append, setAppend] = useState(false);
  const dragging = useDropAnywhere((file) => onFile(file, append ? 'append' : 'replace'), busy === null);
  const inputId = useId();
  const noteId = useId();

  return (
    <div className="open-extract">
      <input
        ref={input}
        id={inputId}
        className="open-extract__input"
        type="file"
        accept={EXTRACT_ACCEPT}
        aria-label="Extract file (CSV, Parquet or Excel)"
        aria-describedby={noteId}
        data-testid="extract-input"
        disabled={busy !== null}
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          event.currentTarget.value = '';
          if (file) onFile(file, append ? 'append' : 'replace');
        }}
      />
      <button type="button" className="open-extract__button" disabled={busy !== null} aria-describedby={noteId} onClick={() => input.current?.click()}>
        Open extract…
      </button>
      <label className="open-extract__append">
        <input type="checkbox" checked={append} onChange={(event) => setAppend(event.currentTarget.checked)} /> Add to current data
      </label>
      <span id={noteId} className="open-extract__note">Files are read in this browser and never leave this computer.</span>
      {dragging ? (
        <div className="drop-overlay" data-testid="drop-overlay" aria-hidden="true">
          <p>Drop the extract to read it in this browser ({append ? 'added to current data' : 'replacing current data'})</p>
        </div>
      ) : null}
    </div>
  );
}

/** True while a file is dragged over the page; calls `onDrop` with the first dropped file. */
function useDropAnywhere(onDrop: (file: File) => void, enabled: boolean): boolean {
  const [dragging, setDragging] = useState(false);
  const latest = useRef(onDrop);
  latest.current = onDrop;
  useEffect(() => {
    if (!enabled) return;
    let depth = 0;
    const hasFiles = (event: DragEvent) => Array.from(event.dataTransfer?.types ?? []).includes('Files');
    const enter = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      depth += 1;
      setDragging(true);
    };
    const over = (event: DragEvent) => {
      if (hasFiles(event)) event.preventDefault();
    };
    const leave = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const drop = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setDragging(false);
      const file = event.dataTransfer?.files[0];
      if (file) latest.current(file);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
      setDragging(false);
    };
  }, [enabled]);
  return dragging;
}
