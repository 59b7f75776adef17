/**
 * The zip layer of an .xlsx: the central directory (read by hand: a few fixed offsets) and inflating
 * one part with the platform's DecompressionStream ('deflate-raw', in every current browser and in
 * Node). Inflating is done in slices so that a part is never unpacked past the size its caller allows,
 * whatever the zip's headers claim.
 */

/** One part of the zip, as its central directory describes it. */
export interface ZipEntry {
  name: string;
  method: number;
  compressed: number;
  uncompressed: number;
  localHeader: number;
}

const u16 = (view: DataView, at: number) => view.getUint16(at, true);
const u32 = (view: DataView, at: number) => view.getUint32(at, true);

/**
 * The zip's entries, or null when it has no readable central directory (not a zip, or ZIP64).
 * Offsets in a damaged zip can point anywhere: reading past the end throws RangeError.
 */
export function zipEntries(bytes: Uint8Array): ZipEntry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const earliest = Math.max(0, bytes.length - 22 - 65_535);
  let end = -1;
  for (let at = bytes.length - 22; at >= earliest; at--) {
    if (u32(view, at) === 0x06054b50) { end = at; break; }
  }
  if (end < 0) return null;
  const entries: ZipEntry[] = [];
  let at = u32(view, end + 16);
  for (let i = 0; i < u16(view, end + 10); i++) {
    if (at + 46 > bytes.length || u32(view, at) !== 0x02014b50) return null;
    const nameLength = u16(view, at + 28);
    entries.push({
      name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: u16(view, at + 10), compressed: u32(view, at + 20), uncompressed: u32(view, at + 24), localHeader: u32(view, at + 42),
    });
    at += 46 + nameLength + u16(view, at + 30) + u16(view, at + 32);
  }
  return entries;
}

/** Thrown when a part's bytes cannot be unpacked (an unknown method, or damaged deflate data). */
export class ZipError extends Error {}

/**
 * Deflate expands at most about 1,032 times, so a 16 kB slice yields at most ~16 MB: the limit is
 * checked as each piece comes out, and the next slice goes in only once the last is taken, so a zip bomb
 * costs no more than that beyond it.
 */
const SLICE = 16 * 1024;

/** Unpacks one entry, stopping (null) as soon as it passes `limit` bytes. Rejects with ZipError when damaged. */
export async function unpack(bytes: Uint8Array, entry: ZipEntry, limit: number): Promise<Uint8Array | null> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const start = entry.localHeader + 30 + u16(view, entry.localHeader + 26) + u16(view, entry.localHeader + 28);
  if (start + entry.compressed > bytes.length) throw new ZipError(`${entry.name} is cut short`);
  const packed = bytes.subarray(start, start + entry.compressed);
  if (entry.method === 0) return packed.length > limit ? null : packed;
  if (entry.method !== 8) throw new ZipError(`${entry.name} is compressed in a way Excel does not use (method ${entry.method})`);
  // The platform's inflater (browsers and Node alike): no library to ship.
  const inflater = new DecompressionStream('deflate-raw');
  const writer = inflater.writable.getWriter();
  const reader = inflater.readable.getReader();
  const feeding = (async () => {
    for (let at = 0; at < packed.length; at += SLICE) await writer.write(packed.slice(at, at + SLICE));
    await writer.close();
  })();
  feeding.catch(() => undefined); // its failure is the reader's too, reported below
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (let read = await reader.read(); !read.done; read = await reader.read()) {
      total += read.value.length;
      if (total > limit) {
        await reader.cancel().catch(() => undefined);
        return null;
      }
      chunks.push(read.value);
    }
    await feeding;
  } catch (error) {
    throw new ZipError(`${entry.name} is damaged (${error instanceof Error ? error.message : error})`);
  }
  return joined(chunks, total);
}

function joined(chunks: Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(total);
  chunks.reduce((offset, chunk) => (out.set(chunk, offset), offset + chunk.length), 0);
  return out;
}
