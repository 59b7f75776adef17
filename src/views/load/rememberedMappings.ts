/**
 * Column mappings the user confirmed, remembered in this browser (localStorage) for the next extract
 * with the same headers: next month's file then loads without asking again.
 */
import { headerSignature } from '../../data/columnGuess';

/** The one localStorage key this module writes; "Forget this data" removes it. */
export const MAPPINGS_KEY = 'cse-dashboard:column-mappings';

/** The part of `Storage` used here, so tests can pass a plain in-memory one. */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Header signature → the format column (or `''`, ignored) for each header, by position. */
type Remembered = Record<string, string[]>;

/** The browser's localStorage, or null where it is unavailable (some private modes throw on access). */
export function browserStore(): KeyValueStore | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

function readAll(store: KeyValueStore): Remembered {
  try {
    const parsed: unknown = JSON.parse(store.getItem(MAPPINGS_KEY) ?? '{}');
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Remembered) : {};
  } catch {
    return {}; // A damaged entry is treated as none: the user is simply asked again.
  }
}

/**
 * The mapping remembered for these headers (source header → format column), or undefined. Stored by
 * position, so the same headers written in another case or spacing (same signature) still match.
 */
export function rememberedMapping(headers: readonly string[], store = browserStore()): Record<string, string> | undefined {
  if (!store) return undefined;
  const targets = readAll(store)[headerSignature(headers)];
  if (!Array.isArray(targets) || targets.length !== headers.length || !targets.every((t) => typeof t === 'string')) return undefined;
  return Object.fromEntries(headers.map((header, index) => [header, targets[index]]));
}

/** Remembers `mapping` for files with these headers (a full mapping: every header named). */
export function rememberMapping(headers: readonly string[], mapping: Record<string, string>, store = browserStore()): void {
  if (!store) return;
  const all = readAll(store);
  all[headerSignature(headers)] = headers.map((header) => mapping[header] ?? '');
  try {
    store.setItem(MAPPINGS_KEY, JSON.stringify(all));
  } catch {
    // Storage full or refused: the mapping still applies to this load, it is just not remembered.
  }
}

/** Forgets every remembered mapping. */
export function forgetMappings(store = browserStore()): void {
  store?.removeItem(MAPPINGS_KEY);
}
