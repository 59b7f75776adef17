/**
 * Small-number suppression for anything published: a count from 1 to threshold−1 could help identify
 * a child, so it is shown as "<threshold". Zero is not disclosive and stays.
 */

/** The default threshold for public outputs, as UK bodies publishing on children use. */
export const DEFAULT_MIN_CELL = 10;
/** No restricted pack may go below this. */
export const LOWEST_MIN_CELL = 3;

/** Whether a published count must be hidden. */
export function isSuppressed(count: number, minCell = DEFAULT_MIN_CELL): boolean {
  return count > 0 && count < minCell;
}
