/** A visible, accessible progress line: determinate when `fraction` is known, indeterminate otherwise. */
export interface LoadingIndicatorProps {
  /** What is happening, as a short sentence, e.g. "Downloading the database engine…". */
  label: string;
  /** Share done, 0–1; null or omitted while unknown. */
  fraction?: number | null;
  /** Optional detail under the label, e.g. "12.0 of 33.1 MB". */
  detail?: string;
}

/** The progress line shown while the engine starts and the extract loads. */
export function LoadingIndicator({ label, fraction = null, detail }: LoadingIndicatorProps) {
  const known = fraction !== null && Number.isFinite(fraction);
  const clamped = known ? Math.min(1, Math.max(0, fraction)) : undefined;
  return (
    <div className="loading-indicator" role="status" aria-live="polite" data-testid="loading-indicator">
      <p className="loading-indicator__label">{label}</p>
      <progress
        className="loading-indicator__bar"
        max={1}
        value={clamped}
        aria-label={label}
      />
      {detail || clamped !== undefined ? (
        <p className="loading-indicator__detail">
          {clamped !== undefined ? `${Math.round(clamped * 100)}%` : null}
          {detail && clamped !== undefined ? ' · ' : null}
          {detail}
        </p>
      ) : null}
    </div>
  );
}
