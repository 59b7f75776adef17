/**
 * A DOM document for Node (tests and static reports), from linkedom. Only Node code imports this file,
 * so linkedom never reaches the browser bundle; in the browser charts use globalThis.document.
 */
import { parseHTML } from 'linkedom';

/** A fresh, empty HTML document that charts can draw into (pass it as `options.document`). */
export function nodeDocument(): Document {
  const { document } = parseHTML('<!DOCTYPE html><html lang="en-GB"><head></head><body></body></html>');
  return document as unknown as Document;
}
