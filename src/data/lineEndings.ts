/**
 * DuckDB's CSV reader refuses a file whose lines end in more than one way ("Error when sniffing file"),
 * whatever `new_line` says; such files are common (parts saved by different tools, then joined). A file
 * with one convention is passed through untouched; a mixed one gets every CRLF and lone CR turned into
 * LF first, which keeps every line, and so every row number, where it was.
 */

const CR = 13;
const LF = 10;

/** `bytes` with one line ending throughout: the same array when it already has one, else an LF copy. */
export function oneLineEnding(bytes: Uint8Array): Uint8Array {
  if (bytes.indexOf(CR) < 0) return bytes; // LF only (or one line): the usual case costs one native scan
  if (!isMixed(bytes)) return bytes;
  const out = new Uint8Array(bytes.length);
  let length = 0;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]!;
    if (byte === CR) {
      out[length++] = LF;
      if (bytes[i + 1] === LF) i++;
    } else {
      out[length++] = byte;
    }
  }
  return out.subarray(0, length);
}

/** Whether more than one of CRLF, lone CR and lone LF occurs. */
function isMixed(bytes: Uint8Array): boolean {
  let crlf = false;
  let cr = false;
  let lf = false;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i];
    if (byte === CR) {
      if (bytes[i + 1] === LF) {
        crlf = true;
        i++;
      } else {
        cr = true;
      }
    } else if (byte === LF) {
      lf = true;
    }
    if (Number(crlf) + Number(cr) + Number(lf) > 1) return true;
  }
  return false;
}
