import { useEffect, useId, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import { useWidth } from './useWidth';
import { DataTable } from './DataTable';
import { exportFileName, exportSvg, figureCsv, saveBlob, svgText, svgToPng } from './exporting';
import { useExportContext } from './ExportContextProvider';
import { pageDrawing } from './drawScheduler';
import { FRAME_TIMING_PREFIX, labelChart, usePrerender } from './prerender';
import type { FigureTable } from './table';

/**
 * Builds a chart for the width available and the frame's reserved height (a pure chart function from
 * src/charts); drawing at exactly the reserved height means nothing moves when the chart arrives.
 */
export type ChartBuilder = (width: number, height: number) => Element | null;

/** What a frame shows: its finding, denominator, chart or custom content, and the numbers behind them. */
export interface ChartFrameProps {
  /** Stable id: the anchor, the test id (`figure-<id>`) and the start of download file names. */
  id: string;
  /** The finding the figure shows, computed from the data. */
  title: string;
  /** The denominator (and period) behind it. */
  subtitle: string;
  /** The chart; omitted when `children` draw the figure (e.g. the map). */
  chart?: ChartBuilder;
  /** The same numbers as the chart, for the table switch and the CSV download. */
  table: FigureTable;
  /** Height reserved for the chart (px), so nothing moves when data arrives. */
  height: number;
  /** When set, the figure says "No records match these filters" instead of drawing. */
  empty?: boolean;
  /** Custom content drawn in place of `chart` (the map, a list of figures). */
  children?: ReactNode;
  /** A plain statement shown above the chart (e.g. how often a field is recorded at all). */
  lead?: ReactNode;
  /** Notes under the chart (sources, comparisons). */
  footer?: ReactNode;
  /** Extra CSS class for layout (e.g. `wide`). */
  className?: string;
  /**
   * Which SVG the SVG/PNG downloads take, for frames drawn by `children` (default: the chart's own SVG);
   * null when the frame has no picture to download (the headline tiles).
   */
  imageSelector?: string | null;
}

/**
 * The frame every figure sits in: title (finding), subtitle (denominator), the chart inserted as a DOM
 * node (never innerHTML), a "Show as table" switch with the same numbers, and CSV/SVG/PNG downloads that
 * carry the selection and the caveats.
 */
export function ChartFrame(props: ChartFrameProps) {
  const { id, title, subtitle, chart, table, height, empty, children, lead, footer, className } = props;
  const imageSelector = props.imageSelector === undefined ? 'svg' : props.imageSelector;
  const context = useExportContext();
  const headingId = useId();
  const [asTable, setAsTable] = useState(false);
  const body = useRef<HTMLDivElement>(null);
  const host = useRef<HTMLDivElement>(null);
  const width = useWidth(body);
  const prerender = usePrerender();
  // At build time (see prerender.ts) the chart is drawn now, at the layout's width, into a slot.
  const prerendered = prerender && chart && !empty ? chart(prerender.widthOf(id, className), height) : null;
  // Element Timing names the prerendered frame's paint (its last text), for `npm run bench`.
  const timing = prerender ? { elementtiming: `${FRAME_TIMING_PREFIX}${id}` } : undefined;

  const titleNow = useRef(title);
  titleNow.current = title;
  // Drawn now when on screen or near it, else a little later (drawScheduler.ts); the old chart goes at once.
  useEffect(() => {
    const element = host.current;
    const place = body.current;
    if (!element || !place || !chart || empty || asTable || width === 0) return;
    const cancel = pageDrawing().request(place, () => {
      const node = chart(width, height);
      if (node) element.replaceChildren(labelChart(node, titleNow.current));
    });
    return () => {
      cancel();
      element.replaceChildren();
    };
  }, [chart, empty, asTable, width, height]);
  // The title only names the chart: a new title relabels it, never redraws it (after the draw above).
  useEffect(() => {
    const node = host.current?.firstElementChild;
    if (node) labelChart(node, title);
  }, [chart, empty, asTable, width, height, title]);
  useEffect(() => {
    const place = body.current;
    return () => {
      if (place) pageDrawing().release(place);
    };
  }, []);

  const fileName = (extension: string) => exportFileName(id, context.selection, extension);
  const chartSvg = () => (imageSelector ? body.current?.querySelector<SVGSVGElement>(imageSelector) ?? null : null);
  const downloadCsv = () =>
    // A byte-order mark, so Excel reads the file as UTF-8 (en dashes, "·", borough names).
    saveBlob(new Blob(['\uFEFF', figureCsv(table, title, subtitle, context)], { type: 'text/csv;charset=utf-8' }), fileName('csv'));
  const downloadSvg = () => {
    const svg = chartSvg();
    if (svg) saveBlob(new Blob([svgText(exportSvg(svg, title, subtitle, context))], { type: 'image/svg+xml' }), fileName('svg'));
  };
  const downloadPng = () => {
    const svg = chartSvg();
    if (svg) void svgToPng(exportSvg(svg, title, subtitle, context)).then((blob) => saveBlob(blob, fileName('png')));
  };
  const hasSvg = imageSelector !== null && (Boolean(chart) || Boolean(children));
  // The height an off-screen frame takes until it is first drawn (see .chart-frame in figures.css): the
  // reserved chart height plus the title, subtitle and buttons of a desktop layout.
  const estimate = { '--frame-estimate': `${height + 135}px` } as CSSProperties;

  return (
    <section className={`chart-frame ${className ?? ''}`} aria-labelledby={headingId} data-testid={`figure-${id}`} id={id} style={estimate}>
      <h3 id={headingId} className="chart-frame__title">{title}</h3>
      <p className="chart-frame__subtitle">{subtitle}</p>
      {lead && !empty ? <div className="chart-frame__lead">{lead}</div> : null}
      <div ref={body} className="chart-frame__body" style={{ minHeight: height }}>
        {empty ? (
          <p className="chart-frame__empty" role="status">No records match these filters.</p>
        ) : asTable ? (
          <DataTable caption={title} table={table} />
        ) : chart ? (
          <div ref={host} className="chart-frame__chart" data-prerender-slot={prerender && prerendered ? prerender.keep(labelChart(prerendered, title)) : undefined} />
        ) : null}
        {/* Custom content (the Leaflet map) stays mounted, parked out of sight, while the table or the empty
            message shows: unmounting a live map mid-layout makes it refit to a zero-size box. */}
        {children ? (
          <div className={empty || asTable ? 'chart-frame__parked' : undefined} aria-hidden={empty || asTable ? true : undefined}>
            {children}
          </div>
        ) : null}
      </div>
      {footer && !empty ? <div className="chart-frame__footer">{footer}</div> : null}
      <div className="chart-frame__actions" role="group" aria-label={`${title}: table and downloads`}>
        <button type="button" aria-pressed={asTable} onClick={() => setAsTable(!asTable)} disabled={empty} {...timing}>
          {asTable ? 'Show as chart' : 'Show as table'}
        </button>
        <button type="button" onClick={downloadCsv} disabled={empty}>Download CSV</button>
        <button type="button" onClick={downloadSvg} disabled={empty || asTable || !hasSvg}>Download SVG</button>
        <button type="button" onClick={downloadPng} disabled={empty || asTable || !hasSvg}>Download PNG</button>
      </div>
    </section>
  );
}

