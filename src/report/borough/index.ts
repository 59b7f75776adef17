/**
 * The borough pack: one borough beside London and its sub-region, its rate and rank, its trend, the
 * cross-border flows and the profile of its victims. The London-wide figures and the publication plan
 * are computed once per run (`londonShared`) and shared by all 33 packs, so a scheduled run loads the
 * engine and the data once and every pack publishes the same cells.
 */
import type { DbClient } from '../../data/client';
import { dashboardData } from '../../queries/dashboard';
import type { Filters } from '../../queries/filters';
import { caveatsSlide, methodSlide } from '../london/closing';
import type { PackContext } from '../london/context';
import { packDocument, type Slide } from '../london/frame';
import { isDemo, londonData, type PackEnv, type PackInput } from '../london/index';
import { Publisher } from '../publish';
import { boroughOf, type BoroughContext } from './context';
import { flowsInSlide, flowsOutSlide } from './flows';
import { boroughCover, compareSlide } from './overview';
import { boroughRatesSlide, boroughTrendSlide, victimsProfileSlide } from './profile';

/** The London-wide part of every borough pack of one run. */
export type LondonShared = Omit<PackContext, 'period'>;

/** Computes the London-wide figures and plan once, for every borough pack of a run. */
export async function londonShared(db: DbClient, filters: Filters, input: Pick<PackInput, 'rule'>, env: PackEnv): Promise<LondonShared> {
  const pub = new Publisher(input.rule);
  const { data, plan } = await londonData(db, filters, pub);
  return { data, plan, pub, document: env.document, geojson: env.geojson };
}

/** A built pack: its HTML, figures.json and slide count. */
export interface BuiltPack {
  html: string;
  figures: Record<string, unknown>;
  slides: number;
}

/** The context of one borough's pages. */
export async function boroughContext(db: DbClient, shared: LondonShared, filters: Filters, code: string, period: string): Promise<BoroughContext> {
  const local = await dashboardData(db, { ...filters, offenceBorough: code });
  return { ...shared, ...boroughOf(code), period, local };
}

/** Wraps slides as a pack: the document and figures.json. */
export function finishPack(kind: string, title: string, ctx: BoroughContext, input: PackInput, list: Slide[]): BuiltPack {
  const synthetic = isDemo(input.source);
  const facts = { period: input.period, source: input.source, made: input.made, synthetic };
  return {
    html: packDocument(title, list, facts),
    figures: {
      kind, borough: { code: ctx.code, name: ctx.name }, source: { file: input.source, synthetic }, period: input.period, made: input.made,
      disclosure: { min_cell: input.rule.minCell, round_to_5: input.rule.roundToFive },
      ...Object.assign({}, ...list.map((slide) => slide.figures ?? {})),
    },
    slides: list.length,
  };
}

/** Builds one borough's pack (`code`, an ONS code) for `input.filters` (London-wide: no borough filter). */
export async function boroughPack(db: DbClient, input: PackInput, shared: LondonShared, code: string): Promise<BuiltPack> {
  const ctx = await boroughContext(db, shared, input.filters, code, input.period);
  const synthetic = isDemo(input.source);
  const list = [
    boroughCover(ctx, `Child sexual exploitation in ${ctx.name}`), compareSlide(ctx), boroughRatesSlide(ctx), boroughTrendSlide(ctx),
    flowsOutSlide(ctx), flowsInSlide(ctx), victimsProfileSlide(ctx), caveatsSlide({ ...ctx, data: ctx.local }, synthetic), methodSlide(ctx, input.source),
  ];
  return finishPack('borough', `Child sexual exploitation in ${ctx.name}, ${input.period}`, ctx, input, list);
}
