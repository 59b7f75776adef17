/**
 * The London report pack: the MOPAC Challenge slide pack (10 June 2015) as one self-contained HTML file
 * of A4-landscape slides, every count published under disclosure control, and the published figures.
 */
import { readFile } from 'node:fs/promises';
import { nodeDocument } from '../../charts/dom';
import type { BoroughCollection } from '../../charts/index';
import type { DbClient } from '../../data/client';
import type { SuppressionRule } from '../../disclosure/suppress';
import { dashboardData } from '../../queries/dashboard';
import type { Filters } from '../../queries/filters';
import { monthlyTrend } from '../../queries/trend';
import { Publisher } from '../publish';
import { caveatsSlide, methodSlide, trendSlide } from './closing';
import type { PackContext } from './context';
import { packDocument, type Slide } from './frame';
import { onlineSlide } from './online';
import { suspectsSlide, safeguardSlide, victimsSlide } from './people';
import { boroughSlide, subregionSlide } from './places';
import { missingSlide, referralSlide, unitsSlide } from './routes';
import { categoriesSlide, coverSlide } from './volumes';

/** Where the borough boundaries are read from. */
export const BOUNDARIES = 'public/london-boroughs.geojson';

export interface PackInput {
  filters: Filters;
  rule: SuppressionRule;
  /** "financial year 2014/15". */
  period: string;
  /** The extract's file name. */
  source: string;
  /** Date made, YYYY-MM-DD. */
  made: string;
}

/** The pack's slides in order. */
function slides(ctx: PackContext, input: PackInput, synthetic: boolean): Slide[] {
  return [
    coverSlide(ctx), categoriesSlide(ctx), onlineSlide(ctx), boroughSlide(ctx, 'offence'), boroughSlide(ctx, 'home'),
    subregionSlide(ctx), referralSlide(ctx), unitsSlide(ctx), missingSlide(ctx), victimsSlide(ctx), suspectsSlide(ctx),
    safeguardSlide(ctx), trendSlide(ctx), caveatsSlide(ctx, synthetic), methodSlide(ctx, input.source),
  ];
}

/** Whether the source is the synthetic demo extract. */
export const isDemo = (source: string): boolean => /^demo-extract\./.test(source);

/** Builds the pack: its HTML and the published figures (figures.json). */
export async function londonPack(db: DbClient, input: PackInput): Promise<{ html: string; figures: Record<string, unknown>; slides: number }> {
  const data = await dashboardData(db, input.filters);
  // As on the dashboard, the trend runs over every month of the extract, with the other filters applied.
  const { fy: _fy, from: _from, to: _to, ...others } = input.filters;
  data.trend = await monthlyTrend(db, others);
  const geojson = JSON.parse(await readFile(BOUNDARIES, 'utf8')) as BoroughCollection;
  const ctx: PackContext = { data, pub: new Publisher(input.rule), period: input.period, document: nodeDocument(), geojson };
  const synthetic = isDemo(input.source);
  const list = slides(ctx, input, synthetic);
  const facts = { period: input.period, source: input.source, made: input.made, synthetic };
  const html = packDocument(`Child sexual exploitation in London, ${input.period}`, list, facts);
  const figures = {
    kind: 'london', source: { file: input.source, synthetic }, period: input.period, made: input.made,
    disclosure: { min_cell: input.rule.minCell, round_to_5: input.rule.roundToFive },
    ...Object.assign({}, ...list.map((slide) => slide.figures ?? {})),
  };
  return { html, figures, slides: list.length };
}
