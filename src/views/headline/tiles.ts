/** The headline tiles as plain data: value, denominator, change on the previous year, and London beside a borough. */
import type { Headline, HeadlineChange } from '../../queries/headline';
import { formatChange, formatCount, formatPercent, formatPointChange, share } from '../format';

/** One headline tile, as text. */
export interface Tile {
  /** Test id and key: `records`, `victims`, `category1`, `online`, `missing`. */
  id: string;
  label: string;
  /** The figure as shown, e.g. "1,852" or "71%". */
  value: string;
  /** What it is out of, e.g. "1,311 of 1,852 records". */
  detail: string;
  /** Change on the previous financial year, when a year is selected. */
  change: string | null;
  /** London's figure under the same filters, when a borough is selected. */
  london: string | null;
}

interface TileSpec {
  id: string;
  label: string;
  kind: 'count' | 'share';
  part: (h: Headline) => number;
  whole?: (h: Headline) => number;
  detail: (h: Headline) => string;
}

const SPECS: TileSpec[] = [
  { id: 'records', label: 'Flagged records', kind: 'count', part: (h) => h.records, detail: () => 'offences and CSE enquiries' },
  { id: 'victims', label: 'Victims', kind: 'count', part: (h) => h.victims, detail: () => 'distinct children' },
  {
    id: 'category1', label: "Category 1 'At risk'", kind: 'share', part: (h) => h.category1Records, whole: (h) => h.records,
    detail: (h) => `${formatCount(h.category1Records)} of ${formatCount(h.records)} records`,
  },
  { id: 'online', label: 'Online records', kind: 'count', part: (h) => h.onlineRecords, detail: (h) => `${formatPercent(share(h.onlineRecords, h.records))} of records` },
  {
    id: 'missing', label: 'Victims previously missing', kind: 'share', part: (h) => h.victimsMissing, whole: (h) => h.victimsMissingKnown,
    detail: (h) => `${formatCount(h.victimsMissing)} of ${formatCount(h.victimsMissingKnown)} victims with a known count, in the 12 months before`,
  },
];

function valueOf(spec: TileSpec, h: Headline): number {
  return spec.kind === 'count' ? spec.part(h) : share(spec.part(h), spec.whole!(h));
}

function show(spec: TileSpec, value: number): string {
  return spec.kind === 'count' ? formatCount(value) : formatPercent(value);
}

/** The five headline tiles for `change` (and London's figures when `london` is given). */
export function headlineTiles(change: HeadlineChange, london: Headline | null): Tile[] {
  const against = change.previousFy ? `FY ${change.previousFy}${change.previousPartial ? ' (part-year)' : ''}` : null;
  return SPECS.map((spec) => {
    const value = valueOf(spec, change.current);
    let changeText: string | null = null;
    if (against && change.previous) {
      const before = valueOf(spec, change.previous);
      changeText = spec.kind === 'count' ? formatChange(value, before, against) : formatPointChange(value, before, against);
    }
    return {
      id: spec.id,
      label: spec.label,
      value: show(spec, value),
      detail: spec.detail(change.current),
      change: changeText,
      london: london ? show(spec, valueOf(spec, london)) : null,
    };
  });
}
