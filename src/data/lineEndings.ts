/**
 * DuckDB's CSV reader refuses a file whose lines end in more than one way ("Error when sniffing file"),
 * whatever `new_line` says; such files are common (parts saved by different tools, then joined). A file
 * with one convention is passed through untouched; a mixed one gets every CRLF and lone CR between
 * records turned into LF first, which keeps every line, and so every row number, where it was. Line
 * breaks inside quoted values are data and are left exactly as they are.
 */

const CR = 13;
const LF = 10;
const QUOTE = 34;

/** `bytes` with one line ending throughout: the same array when it already has one, else an LF copy. */
export function oneLineEnding(bytes: Uint8Array): Uint8Array {
  if (bytes.indexOf(CR) < 0) return bytes; // LF only (or one line): the usual case costs one native scan
  if (!isMixed(bytes)) return bytes;
  const out = new Uint8Array(bytes.length);
  let length = 0;
  let quoted = false;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]!;
    if (byte === QUOTE) quoted = !quoted; // a doubled quote toggles twice: still inside
    if (byte === CR && !quoted) {
      out[length++] = LF;
      if (bytes[i + 1] === LF) i++;
    } else {
      out[length++] = byte;
    }
  }
  return out.subarray(0, length);
}

/** Whether more than one of CRLF, lone CR and lone LF ends a line outside quotes. */
function isMixed(bytes: Uint8Array): boolean {
  const seen = new Set<'crlf' | 'cr' | 'lf'>();
  let quoted = false;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i];
    if (byte === QUOTE) quoted = !quoted;
    else if (quoted) continue;
    else if (byte === CR && bytes[i + 1] === LF) {
      seen.add('crlf');
      i++;
    } else if (byte === CR) seen.add('cr');
    else if (byte === LF) seen.add('lf');
    if (seen.size > 1) return true;
  }
  return false;
}
