/**
 * The London report pack: the MOPAC Challenge slide pack (10 June 2015) as one self-contained HTML file
 * of A4-landscape slides, every count published under disclosure control, and the published figures.
 */
import type { BoroughCollection } from '../../charts/index';
import type { DbClient } from '../../data/client';
import type { SuppressionRule } from '../../disclosure/suppress';
import { dashboardData } from '../../queries/dashboard';
import type { Filters } from '../../queries/filters';
import { monthlyTrend } from '../../queries/trend';
import { boroughName } from '../../queries/boroughs';
import { publicationPlan, type PublicationPlan } from '../plan';
import { Publisher } from '../publish';
import { caveatsSlide, methodSlide, trendSlide } from './closing';
import type { PackContext } from './context';
import { packDocument, type Slide } from './frame';
import { onlineSlide } from './online';
import { suspectsSlide, safeguardSlide, victimsSlide } from './people';
import { boroughSlide, subregionSlide } from './places';
import { missingSlide, referralSlide, unitsSlide } from './routes';
import { ratesSlide } from './rates';
import { categoriesSlide, coverSlide } from './volumes';

/** What a pack is drawn with: a DOM document (linkedom in Node, the page's own in the browser) and the boundaries. */
export interface PackEnv {
  document: Document;
  geojson: BoroughCollection;
}

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
    ratesSlide(ctx, 'offence'), subregionSlide(ctx), referralSlide(ctx), unitsSlide(ctx), missingSlide(ctx), victimsSlide(ctx), suspectsSlide(ctx),
    safeguardSlide(ctx), trendSlide(ctx), caveatsSlide(ctx, synthetic), methodSlide(ctx, input.source),
  ];
}

/** Whether the source is the synthetic demo extract. */
export const isDemo = (source: string): boolean => /^demo-extract\./.test(source);

/** The London-wide figures a pack is drawn from: the dashboard's, with the trend over every month. */
export async function londonData(db: DbClient, filters: Filters, pub: Publisher): Promise<{ data: Awaited<ReturnType<typeof dashboardData>>; plan: PublicationPlan }> {
  const data = await dashboardData(db, filters);
  // As on the dashboard, the trend runs over every month of the extract, with the other filters applied.
  const { fy: _fy, from: _from, to: _to, ...others } = filters;
  data.trend = await monthlyTrend(db, others);
  return { data, plan: await publicationPlan(db, filters, pub) };
}

/** The pack's title: London, or the offence borough the selection is limited to. */
export function londonTitle(filters: Filters, period: string): string {
  const place = filters.offenceBorough ? boroughName(filters.offenceBorough) : 'London';
  return `Child sexual exploitation in ${place}, ${period}`;
}

/** Builds the pack: its HTML and the published figures (figures.json). Pure: no file or network access. */
export async function londonPack(db: DbClient, input: PackInput, env: PackEnv): Promise<{ html: string; figures: Record<string, unknown>; slides: number }> {
  const pub = new Publisher(input.rule);
  const { data, plan } = await londonData(db, input.filters, pub);
  const ctx: PackContext = { data, pub, period: input.period, document: env.document, geojson: env.geojson, plan };
  const synthetic = isDemo(input.source);
  const list = slides(ctx, input, synthetic);
  const facts = { period: input.period, source: input.source, made: input.made, synthetic };
  const html = packDocument(londonTitle(input.filters, input.period), list, facts);
  const figures = {
    kind: 'london', source: { file: input.source, synthetic }, period: input.period, made: input.made,
    disclosure: { min_cell: input.rule.minCell, round_to_5: input.rule.roundToFive },
    ...Object.assign({}, ...list.map((slide) => slide.figures ?? {})),
  };
  return { html, figures, slides: list.length };
}
