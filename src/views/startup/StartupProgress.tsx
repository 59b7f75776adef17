import type { EngineProgress } from '../../data/browserClient';
import { LoadingIndicator } from '../LoadingIndicator';
import { describeProgress } from '../useEngine';
import type { ExtractState } from './useDemoExtract';

/**
 * One progress line for the whole start-up: engine download, then the demo extract's download and
 * reading. Steps are counted so a user sees how far along it is ("Step 2 of 3").
 */
export function StartupProgress({ engine, extract }: { engine: EngineProgress | null | 'ready'; extract: ExtractState }) {
  if (engine !== 'ready') {
    const progress = describeProgress(engine);
    return <LoadingIndicator {...progress} detail={joinDetail('Step 1 of 3', progress.detail)} />;
  }
  if (extract.status === 'fetching') {
    const { bytesLoaded, bytesTotal } = extract;
    const fraction = bytesTotal > 0 ? bytesLoaded / bytesTotal : null;
    const size = bytesTotal > 0 ? `${(bytesLoaded / 1e6).toFixed(1)} of ${(bytesTotal / 1e6).toFixed(1)} MB` : undefined;
    return <LoadingIndicator label="Downloading the demo extract…" fraction={fraction} detail={joinDetail('Step 2 of 3', size)} />;
  }
  return <LoadingIndicator label="Reading the demo extract into the database…" detail="Step 3 of 3" />;
}

function joinDetail(step: string, detail?: string): string {
  return detail ? `${step} · ${detail}` : step;
}
