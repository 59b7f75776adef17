import { useEffect, useRef, type KeyboardEvent, type MouseEvent } from 'react';
import { usePrerender } from './prerender';
import { useWidth } from './useWidth';
import { pageDrawing } from './drawScheduler';

/** The chart to insert, the height to reserve, and what a picked part does. */
export interface SvgHostProps {
  /** Builds the element for the width available (a pure chart function). */
  build: (width: number) => Element;
  /** Height reserved before the first drawing (px). */
  minHeight: number;
  /** The width to draw at when the page is drawn at build time (see prerender.ts). */
  prerenderWidth?: number;
  /** Called with the `data-code` of a clicked tile, or one chosen with Enter or Space. */
  onPick?: (code: string) => void;
  className?: string;
}

const codeOf = (target: EventTarget | null) => (target instanceof Element ? target.closest('[data-code]')?.getAttribute('data-code') : null) ?? null;

/**
 * Inserts a chart's DOM node (never HTML text) and turns clicks and Enter/Space on its `[data-code]`
 * parts into `onPick`. When the chart is redrawn (e.g. the selection moved), keyboard focus returns to
 * the part with the same code, so a keyboard user never loses their place.
 */
export function SvgHost({ build, minHeight, prerenderWidth, onPick, className }: SvgHostProps) {
  const host = useRef<HTMLDivElement>(null);
  const width = useWidth(host);
  const prerender = usePrerender();
  useEffect(() => {
    const element = host.current;
    if (!element || width === 0) return;
    // A focused part is on screen, so this draws at once (drawScheduler.ts) and focus can move back.
    const focused = element.contains(document.activeElement) ? codeOf(document.activeElement) : null;
    let drawn = false;
    const cancel = pageDrawing().request(element, () => {
      drawn = true;
      element.replaceChildren(build(width));
      if (focused) element.querySelector<SVGElement>(`[data-code="${CSS.escape(focused)}"]`)?.focus();
    });
    if (!drawn) element.replaceChildren(); // while it waits, no picture of another selection
    return cancel;
  }, [build, width]);
  useEffect(() => {
    const element = host.current;
    return () => {
      if (element) pageDrawing().release(element);
    };
  }, []);

  const pick = (target: EventTarget | null) => {
    const code = codeOf(target);
    if (code && onPick) onPick(code);
  };
  return (
    <div
      ref={host}
      className={className}
      style={{ minHeight }}
      data-prerender-slot={prerender && prerenderWidth ? prerender.keep(build(prerenderWidth)) : undefined}
      onClick={(event: MouseEvent) => pick(event.target)}
      onKeyDown={(event: KeyboardEvent) => {
        if (event.key !== 'Enter' && event.key !== ' ') return;
        event.preventDefault();
        pick(event.target);
      }}
    />
  );
}
