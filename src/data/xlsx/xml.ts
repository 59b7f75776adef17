/**
 * A small XML tokenizer for the few parts of an .xlsx the reader needs. There is no DOMParser in Node
 * (the report command reads workbooks too), and a DOM of a large sheet would weigh far more than its
 * values: the tokenizer walks the text once, left to right, and hands each tag and text to a handler that
 * keeps only what it needs. It never expands DTD entities (an .xlsx has none), so no entity bomb can grow.
 */

/** What the tokenizer reports. Names are local (`x:c` is `c`); a self-closing tag is an open then a close. */
export interface XmlHandler {
  open(name: string, attributes: string): void;
  close(name: string): void;
  /** Text between tags, entities decoded. */
  text(text: string): void;
}

/** Text that cannot be read as XML. */
export class XmlError extends Error {}

// One tag: a quoted attribute value may hold `>` (number format codes such as [>=100] can).
const TAG = /<(\/?)([^\s/>]+)((?:[^>"']|"[^"]*"|'[^']*')*)>/y;

/** Walks `xml` once, reporting tags and text to `handler`. Throws XmlError where it is not XML. */
export function scanXml(xml: string, handler: XmlHandler): void {
  let at = 0;
  while (at < xml.length) {
    const lt = xml.indexOf('<', at);
    const end = lt < 0 ? xml.length : lt;
    if (end > at) handler.text(decodeEntities(xml.slice(at, end)));
    if (lt < 0) return;
    at = markup(xml, lt, handler);
  }
}

/** Reads the markup starting at `lt`, returning where the text after it starts. */
function markup(xml: string, lt: number, handler: XmlHandler): number {
  if (xml.startsWith('<!--', lt)) return after(xml, '-->', lt);
  if (xml.startsWith('<![CDATA[', lt)) {
    const end = after(xml, ']]>', lt);
    handler.text(xml.slice(lt + 9, end - 3));
    return end;
  }
  if (xml.startsWith('<?', lt)) return after(xml, '?>', lt);
  if (xml.startsWith('<!', lt)) throw new XmlError('it declares a document type, which a workbook never does');
  TAG.lastIndex = lt;
  const match = TAG.exec(xml);
  if (!match) throw new XmlError(`a tag is not closed (at character ${lt})`);
  const [, slash, qualified, rest] = match;
  const name = qualified.slice(qualified.indexOf(':') + 1);
  if (!slash) handler.open(name, rest.endsWith('/') ? rest.slice(0, -1) : rest);
  if (slash || rest.endsWith('/')) handler.close(name);
  return TAG.lastIndex;
}

function after(xml: string, terminator: string, from: number): number {
  const end = xml.indexOf(terminator, from);
  if (end < 0) throw new XmlError(`"${xml.slice(from, from + 9)}…" is not closed`);
  return end + terminator.length;
}

const ATTRIBUTE = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** A tag's attributes by local name (`r:id` is `id`), values decoded; namespace declarations left out. */
export function attributesOf(text: string): Map<string, string> {
  const attributes = new Map<string, string>();
  ATTRIBUTE.lastIndex = 0;
  // exec in a loop, not matchAll: this runs for every cell of a sheet.
  for (let match = ATTRIBUTE.exec(text); match; match = ATTRIBUTE.exec(text)) {
    const qualified = match[1];
    if (qualified === 'xmlns' || qualified.startsWith('xmlns:')) continue;
    attributes.set(qualified.slice(qualified.indexOf(':') + 1), decodeEntities(match[2] ?? match[3]));
  }
  return attributes;
}

const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes the five XML entities and character references; anything else is left as written. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (whole, name: string) => {
    if (name[0] !== '#') return NAMED[name];
    const code = name[1] === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/**
 * Excel writes characters XML cannot hold (control characters, and `_x` text itself) as `_xHHHH_`;
 * read left to right, `_x005F_` is a literal underscore, so `_x005F_x0041_` stays `_x0041_`.
 */
export function decodeExcelEscapes(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
