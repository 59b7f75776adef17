/** The borough figures as the map, the tile grid and the borough table show them. Pure. */
import type { ClassedScale as ChartScale } from '../../charts/scales';
import type { BoroughFigure, BoroughFigures } from '../../queries/boroughs';
import { ordinal } from '../../map/format';
import type { BoroughMapRow, ClassedScale as MapScale } from '../../map/types';
import { formatCount, formatRate } from '../format';
import type { Basis, Measure } from '../urlState';

/** The value a borough is coloured and ranked by. */
export function measureOf(borough: BoroughFigure, measure: Measure): number {
  return measure === 'rate' ? borough.ratePer10k : borough.count;
}

/** Ranks by `measure`, highest first; equal values share a rank (1, 2, 2, 4). */
export function ranksBy(boroughs: readonly BoroughFigure[], measure: Measure): Map<string, number> {
  return new Map(boroughs.map((b) => [b.code, 1 + boroughs.filter((o) => measureOf(o, measure) > measureOf(b, measure)).length]));
}

/** The map's rows: count, rate with its 95% interval, and rank of 33 on the measure shown. */
export function mapRows(figures: BoroughFigures, measure: Measure): BoroughMapRow[] {
  const ranks = ranksBy(figures.boroughs, measure);
  return figures.boroughs.map((b) => ({
    code: b.code, name: b.name, count: b.count, rate: b.ratePer10k, rank: ranks.get(b.code) ?? null, low: b.ci95.low, high: b.ci95.high,
  }));
}

/** The shared classed scale in the shape the Leaflet map takes (its colours and legend labels). */
export function mapScale(scale: ChartScale): MapScale {
  return { colour: (value) => scale.colour(value), legend: scale.labels.map((label, i) => ({ colour: scale.colours[i], label })) };
}

/** The boroughs sorted by `measure`, highest first (name order on ties). */
export function ranked(figures: BoroughFigures, measure: Measure): BoroughFigure[] {
  return [...figures.boroughs].sort((a, b) => measureOf(b, measure) - measureOf(a, measure) || a.name.localeCompare(b.name));
}

/** "131" or "12.4 per 10,000 children". */
export function valueText(borough: BoroughFigure, measure: Measure): string {
  return measure === 'rate' ? `${formatRate(borough.ratePer10k)} children` : formatCount(borough.count);
}

/** The map's finding: the top three on the measure shown (and the selected borough's rank). */
export function mapFinding(figures: BoroughFigures, basis: Basis, measure: Measure, selected: string | null): string {
  const [first, second, third] = ranked(figures, measure);
  if (!first || measureOf(first, measure) === 0) return 'No records in a London borough';
  const lead = basis === 'home'
    ? measure === 'rate' ? `${first.name} had the highest rate of victims living there` : `${first.name} was home to the most victims`
    : measure === 'rate' ? `${first.name} had the highest rate of flagged records` : `${first.name} recorded the most flagged records`;
  const others = [second, third].filter(Boolean).map((b) => b.name).join(' and ');
  const rank = selected ? ranksBy(figures.boroughs, measure).get(selected) : undefined;
  const mine = selected && rank ? `; ${figures.boroughs.find((b) => b.code === selected)?.name} ranked ${ordinal(rank)} of 33` : '';
  return `${lead} (${valueText(first, measure)}), then ${others}${mine}`;
}
