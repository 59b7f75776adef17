/**
 * Structural sharing between answers of the same shape: every part of `next` that is deep-equal to the
 * same part of an earlier answer is replaced by that earlier object. React then sees an unchanged slice
 * of figures as the same object, so a view (or a chart builder memoised on its slice) whose numbers did
 * not change is not rendered or redrawn again, however the figures were recomputed.
 */

type Plain = Record<string, unknown>;

const isPlainObject = (value: unknown): value is Plain => {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
};

/**
 * `next`, with each part deep-equal to the part at the same place in one of `earlier` replaced by that
 * part (the first such, in order), or one of `earlier` itself when deep-equal to it as a whole. Plain
 * objects and arrays are compared by content, anything else (Dates, class instances) by identity. A
 * container keeps `next`'s own object when nothing in it was replaced. Nothing is modified: the figure
 * cache may hold any of them.
 */
export function keepEqual<T>(earlier: readonly unknown[], next: T): T {
  return share(earlier, next) as T;
}

// Each place is first compared whole (stopping at the first difference, allocating nothing), and only
// a changed container is taken apart: a refresh's figures are a few thousand values, so this stays well
// under a millisecond, where recording equality for every place and candidate cost several.
function share(earlier: readonly unknown[], next: unknown): unknown {
  for (const candidate of earlier) if (deepEqual(candidate, next)) return candidate;
  if (Array.isArray(next)) {
    const lists = earlier.filter(Array.isArray);
    return lists.length ? shareParts(next, [...next.keys()], lists, () => [...next]) : next;
  }
  if (!isPlainObject(next)) return next;
  const objects = earlier.filter(isPlainObject);
  return objects.length ? shareParts(next, Object.keys(next), objects, () => ({ ...next })) : next;
}

/** `next` with each part shared against the same part of `earlier`: a copy (`copyOf`) only if one was replaced. */
function shareParts<K extends PropertyKey>(next: object, keys: readonly K[], earlier: readonly object[], copyOf: () => object): object {
  const own = next as Record<K, unknown>;
  let copy: Record<K, unknown> | null = null;
  for (const key of keys) {
    const value = share(earlier.filter((candidate) => Object.hasOwn(candidate, key)).map((candidate) => (candidate as Record<K, unknown>)[key]), own[key]);
    if (value !== own[key]) (copy ??= copyOf() as Record<K, unknown>)[key] = value;
  }
  return copy ?? next;
}

/** Same content: plain objects and arrays by their parts, anything else by identity (`Object.is`). */
function deepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((item, index) => deepEqual(item, b[index]));
  if (!isPlainObject(a) || !isPlainObject(b)) return false;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && deepEqual(a[key], b[key]));
}
