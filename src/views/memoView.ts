/**
 * Views that render again only when their own figures change. A filter change replaces the whole
 * `ViewData`, but most of it is often the same objects (remembered London figures and all-years series,
 * and every slice `keepEqual` found unchanged): comparing each view's slices by identity skips the
 * others' render, and with it their tables, titles and chart builders.
 */
import { memo, type ComponentType } from 'react';
import type { ViewProps } from './viewProps';

/** Everything a view reads from its props, as values compared by identity. */
export type ViewInputs<P extends ViewProps> = (props: P) => readonly unknown[];

/** The same values in the same order. */
function sameValues(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((value, index) => Object.is(value, b[index]));
}

/**
 * `view`, rendered again only when `period`, `place` or one of `inputs` changes. `inputs` must list
 * every part of `data` and `state` the view reads (a part left out would leave the view showing an
 * older selection's numbers): list the objects the view destructures at its top.
 */
export function memoView<P extends ViewProps>(view: ComponentType<P>, inputs: ViewInputs<P>) {
  return memo(view, (before, after) =>
    before.period === after.period && before.place === after.place && sameValues(inputs(before), inputs(after)));
}
