import { KeepData } from './KeepData';
import { LoadProgressBar } from './LoadProgressBar';
import { OpenExtract } from './OpenExtract';
import type { ExtractLoader } from './useExtractLoader';
import { useKeptData } from './useKeptData';

/**
 * The header's loading controls: "Open extract" (and drop anywhere), the progress of a load with
 * Cancel, and the consent to keep the data in this browser. Mounted once the engine and the demo are
 * ready, which is also when kept data may be restored (never while the demo is still loading).
 */
export function LoadControls({ loader }: { loader: ExtractLoader }) {
  const kept = useKeptData(loader);
  return (
    <>
      <OpenExtract onFile={(file, mode) => void loader.loadFile(file, mode)} busy={loader.busy} />
      {loader.busy !== null ? <LoadProgressBar file={loader.busy} progress={loader.progress} onCancel={loader.cancel} /> : null}
      <KeepData kept={kept} busy={loader.busy !== null} />
    </>
  );
}
