/**
 * The page frame of the London pack: one finding per A4-landscape slide, each with its title (the
 * finding), subtitle (the denominator), content and a footer (page number, period, source, date made).
 * No script, styles inline, and a CSP that allows nothing but inline styles and data: images.
 */
import { escapeHtml } from '../html';

/** One slide: `title` and `subtitle` are HTML already escaped (built with `words.ts`); `body` is HTML. */
export interface Slide {
  id: string;
  title: string;
  subtitle: string;
  body: string;
  /** Published figures this slide adds to figures.json. */
  figures?: Record<string, unknown>;
}

/** What every footer states. */
export interface FooterFacts {
  period: string;
  source: string;
  made: string;
  synthetic: boolean;
}

export const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

const STYLE = `
@page { size: A4 landscape; margin: 10mm; }
* { box-sizing: border-box; }
body { font: 15px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #1a1a1a; margin: 0; background: #e8e8e8; counter-reset: slide; }
.slide { counter-increment: slide; background: #fff; width: 277mm; height: 190mm; margin: 8mm auto; padding: 8mm 10mm 14mm;
  position: relative; overflow: hidden; display: flex; flex-direction: column; break-after: page; page-break-after: always; }
.slide:last-child { break-after: auto; page-break-after: auto; }
h1 { font-size: 30px; margin: 0 0 6px; color: #0b3c5d; } h2 { font-size: 21px; margin: 0 0 4px; color: #0b3c5d; }
.subtitle { margin: 0 0 8px; color: #404040; font-size: 13px; }
.content { flex: 1; display: flex; gap: 8mm; align-items: flex-start; min-height: 0; }
.content > * { min-width: 0; } .content svg { max-width: 100%; height: auto; max-height: 140mm; }
figure { display: table; margin: 0; } figure > figcaption { display: table-caption; caption-side: bottom; }
.note { font-size: 12px; color: #404040; margin: 4px 0; }
table { border-collapse: collapse; font-size: 12px; } caption { text-align: left; font-weight: 600; padding-bottom: 2px; }
th, td { border-bottom: 1px solid #ccc; padding: 1px 8px; text-align: right; } th[scope=row] { text-align: left; font-weight: normal; }
.big { font-size: 64px; font-weight: 700; color: #0b3c5d; line-height: 1; } .tiles { display: flex; gap: 14mm; margin: 8mm 0; }
.tile p { margin: 4px 0 0; max-width: 60mm; } ul.plain { margin: 0; padding-left: 1.2em; } ul.plain li { margin-bottom: 5px; }
footer { position: absolute; left: 10mm; right: 10mm; bottom: 5mm; font-size: 10px; color: #404040; display: flex; gap: 6mm;
  border-top: 1px solid #ccc; padding-top: 2px; }
footer .page::before { content: "Page " counter(slide); } footer .synthetic { font-weight: 700; color: #8a1c00; }
@media print { body { background: #fff; } .slide { margin: 0; width: auto; height: 190mm; } }
`;

/** The footer every slide carries. */
function footer(facts: FooterFacts): string {
  return `<footer><span class="page"></span><span>${escapeHtml(facts.period)}</span><span>Source: ${escapeHtml(facts.source)}</span>
<span>Made ${escapeHtml(facts.made)}</span>${facts.synthetic ? '<span class="synthetic">Synthetic demo data</span>' : ''}</footer>`;
}

/** One slide's HTML; the cover gets an h1, every other finding an h2. */
export function slideHtml(slide: Slide, facts: FooterFacts, cover = false): string {
  const heading = cover ? 'h1' : 'h2';
  return `<section class="slide" id="${escapeHtml(slide.id)}" aria-labelledby="${escapeHtml(slide.id)}-title">
<${heading} id="${escapeHtml(slide.id)}-title">${slide.title}</${heading}>
<p class="subtitle">${slide.subtitle}</p>
<div class="content">${slide.body}</div>
${footer(facts)}</section>`;
}

/** The whole document: every slide in order, the first as the cover. */
export function packDocument(title: string, slides: readonly Slide[], facts: FooterFacts): string {
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title><style>${STYLE}</style></head><body>
${slides.map((slide, i) => slideHtml(slide, facts, i === 0)).join('\n')}
</body></html>
`;
}
