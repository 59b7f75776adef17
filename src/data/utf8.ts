/** Text from UTF-8 bytes as the engine reads it: a U+FEFF opening a value is data, not a byte-order mark. */
export const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });
