/** csvShape finds line breaks with native scans; it must say exactly what a byte-by-byte reading says. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvShape } from '../../src/data/sizeProbes';

/** The shape read one byte at a time: every LF and every CR ends a line. */
function shapeByBytes(bytes: Uint8Array) {
  let [lf, cr, lineStart, longestLine, longestLineNumber, headerFields, quoted] = [0, 0, 0, 0, 1, 1, false];
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b !== 10 && b !== 13) {
      if (lf + cr === 0 && b === 34) quoted = !quoted;
      else if (lf + cr === 0 && b === 44 && !quoted) headerFields++;
      continue;
    }
    if (b === 10) lf++;
    else cr++;
    if (i - lineStart > longestLine) [longestLine, longestLineNumber] = [i - lineStart, Math.max(lf, cr)];
    lineStart = i + 1;
  }
  const tail = bytes.length - lineStart;
  if (tail > longestLine) [longestLine, longestLineNumber] = [tail, Math.max(lf, cr) + 1];
  return { lines: Math.max(lf, cr) + (tail > 0 ? 1 : 0), longestLine, longestLineNumber, headerFields };
}

describe('csvShape', () => {
  it('agrees with a byte-by-byte reading on any mix of LF, CR, CRLF, quotes and commas', () => {
    const text = fc.array(fc.constantFrom('a', 'bb', ',', '"', '\n', '\r', '\r\n', 'x'.repeat(40)), { maxLength: 200 });
    fc.assert(fc.property(text, (parts) => {
      const bytes = new TextEncoder().encode(parts.join(''));
      expect(csvShape(bytes)).toEqual(shapeByBytes(bytes));
    }), { numRuns: 500 });
  });

  it('counts the lines, the longest and the header of a plain file', () => {
    expect(csvShape(new TextEncoder().encode('a,"b,c",d\n1,2,3\nlonger line\n'))).toEqual({ lines: 3, longestLine: 11, longestLineNumber: 3, headerFields: 3 });
  });
});
