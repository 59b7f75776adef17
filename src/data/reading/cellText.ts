/**
 * DuckDB's text functions as the reading rules use them, in JavaScript: trim(), lower() and the two key
 * macros (cse_key, cse_borough_key) that match a cell against a vocabulary. Each differs from its
 * obvious JavaScript counterpart; test/data/cellRules.test.ts holds them to what the engine did.
 */

/**
 * Whether DuckDB's trim() removes this UTF-16 unit: exactly the Unicode space separators (Zs), all in
 * the BMP. Tab, line breaks, VT, FF, NEL, U+180E, U+200B and U+FEFF are not Zs, so they stay.
 */
function isSpaceSeparator(code: number): boolean {
  if (code < 0xa0) return code === 0x20;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x202f || code === 0x205f || code === 0x3000;
}

/** DuckDB's trim(): space separators off both ends. */
export function trimSpaces(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isSpaceSeparator(text.charCodeAt(start))) start++;
  while (end > start && isSpaceSeparator(text.charCodeAt(end - 1))) end--;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

const ASCII_ONLY = /^[\x00-\x7f]*$/;

/**
 * DuckDB's lower(). It maps one code point at a time (Unicode's simple mapping), so U+0130 'İ' becomes
 * 'i' where JavaScript gives 'i' + U+0307 and a vocabulary word could match only in the engine. Its
 * other differences (final sigma; letters newer than the engine's Unicode tables) give non-ASCII text
 * either way, and every vocabulary word, boolean word and category prefix is ASCII: they cannot matter.
 */
export function lowerLikeEngine(text: string): string {
  return ASCII_ONLY.test(text) ? text.toLowerCase() : text.replaceAll('\u0130', 'i').toLowerCase();
}

// RE2's \s is [\t\n\f\r ] (no VT, no Unicode spaces); JavaScript's \s is far wider, so it is spelt out.
const SPACE_RUNS = /[\t\n\f\r _]+/g;
const BOROUGH_SPACE_RUNS = /[\t\n\f\r _-]+/g;
const BOROUGH_PREFIX = /^(?:the )?(?:london borough of|royal borough of) /;

/** The cse_key macro: case, spaces and underscores aside. */
export const enumKey = (text: string) => trimSpaces(lowerLikeEngine(trimSpaces(text)).replace(SPACE_RUNS, ' '));

/** The cse_borough_key macro: also '&' = 'and', hyphens as spaces, and no 'London/Royal Borough of'. */
export const boroughKey = (text: string) =>
  trimSpaces(lowerLikeEngine(text).replaceAll('&', ' and ').replace(BOROUGH_SPACE_RUNS, ' ')).replace(BOROUGH_PREFIX, '');
