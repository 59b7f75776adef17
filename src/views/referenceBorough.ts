/**
 * A link's borough resolved without the engine when it is written as one of the 33 reference names
 * or codes, which is how every link the app writes names it. The engine's `resolveBorough` (the reading
 * rules' matching: aliases, `&`, prefixes) stays the answer for anything else; for these spellings it
 * gives the same code (test/views/referenceBorough.test.ts checks all 33, both ways, against it).
 */
import { BOROUGHS } from '../data/reference/boroughs';

// Lower case: the engine's borough key lower-cases too, so "newham" and "NEWHAM" mean Newham there as well.
const BY_SPELLING = new Map<string, string>(BOROUGHS.flatMap((b) => [[b.name.toLowerCase(), b.code], [b.code.toLowerCase(), b.code]]));

/** The ONS code of `text` when it is exactly a borough's reference name or code (any case), else undefined. */
export function referenceBorough(text: string): string | undefined {
  return BY_SPELLING.get(text.trim().toLowerCase());
}
