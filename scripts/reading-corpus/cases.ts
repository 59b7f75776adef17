/**
 * The cell texts of the reading-rules corpus (scripts/reading-corpus.ts), column by column: curated
 * edge cases of every rule, and seeded random near-misses of valid values.
 */
import fc from 'fast-check';
import { BOOLEAN_WORDS, COLUMNS, type ColumnSpec } from '../../src/data/format';
import { BOROUGHS } from '../../src/data/reference/boroughs';

/** Separators and look-alikes: some DuckDB's trim removes, some RE2's \s matches, some neither. */
const SPACES = ['\t', '\n', '\r', '\r\n', '\v', '\f', '\u0085', '\u00a0', '\u1680', '\u180e', '\u2000', '\u2003', '\u2007', '\u200a',
  '\u200b', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff'];
/** Characters random mutations insert: spaces, punctuation, digits, and letters case rules treat oddly. */
const POOL = [...SPACES, ' ', ' ', '&', '-', '_', '.', '/', ':', ',', '"', "'", '0', '1', '2', '3', '9', 'a', 'e', 'T', 'i', 'I', 'k',
  '\u0130', '\u0131', '\u212a', '\u00df', '\u00e9', '\u0301', '\uff11', '\u0663', '\u00b2', '\u2013', '\ud83d\ude00'];

const upperFirst = (word: string) => word.replace(/(^|[\s_/-])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());

/** A spelling in odd case, spacing and padding: the variants every enumeration and borough name is tried in. */
function variants(word: string): string[] {
  const spaced = [word, word.toUpperCase(), upperFirst(word), word.replace(/ /g, '_'), word.replace(/_/g, ' '), word.replace(/[ _]/g, '  '),
    word.replace(/[ _]/g, '\t'), word.replace(/[ _]/g, '\u00a0'), word.replace(/[ _]/g, '-'), word.replace(/[ _]/g, ' _ '), word.replace(/[ _]/g, '')];
  const padded = [` ${word} `, `\t${word}`, `${word}\t`, `${word}\u00a0`, `\u3000${word}\u2003`, `\n${word}`, `${word}\r\n`, ` \t ${word}`,
    `\u200b${word}`, `${word}\v`, `"${word}"`, `${word}.`, `${word}s`, word.slice(1), `x${word}`];
  const letters = [word.toUpperCase().replace(/I/g, '\u0130'), word.replace(/k/g, '\u212a'), word.toUpperCase().replace(/S/g, '\u017f')];
  return [...spaced, ...padded, ...letters];
}

/** Every accepted spelling of an enumerated or borough column. */
function spellings(column: ColumnSpec): string[] {
  const own = Object.entries({ ...column.vocabulary, ...column.extra }).flatMap(([value, aliases]) => [value, ...aliases]);
  if (column.kind !== 'borough') return own;
  return [...own, ...BOROUGHS.flatMap((borough) => [borough.code, borough.name, ...borough.aliases])];
}

function boroughCases(): string[] {
  const names = BOROUGHS.flatMap((borough) => [borough.name, ...borough.aliases]);
  const prefixed = names.flatMap((name) => [`London Borough of ${name}`, `Royal Borough of ${name}`, `The London Borough of ${name}`,
    `LONDON-BOROUGH-OF-${name.replace(/ /g, '-')}`, `the royal borough of ${name.toLowerCase()}`, `Borough of ${name}`, `${name} Borough`,
    name.replace(/ and /g, ' & '), name.replace(/ and /g, '&'), name.replace(/ & /g, ' and '), name.replace(/ and /g, ' And ')]);
  const codes = BOROUGHS.flatMap(({ code }) => [code.toLowerCase(), `${code.slice(0, 3)} ${code.slice(3)}`, `${code} `, code.replace('E', 'W')]);
  return [...prefixed, ...codes, 'E09000000', 'E09000034', 'E0900001', 'E090000001', 'E09 000 001', 'E09_000_001', 'London', 'City',
    'Westminster City', 'London Borough of', 'the Newham', 'royal borough ofNewham', 'Barking &amp; Dagenham', 'Barking and & Dagenham',
    'N/A', 'Outside-London', 'outside_london', 'Out of London', 'Kingston-upon-Thames', 'Richmond-upon-Thames', 'Kingston upon', 'Tower  Hamlets'];
}

function dateCases(): string[] {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  const grid = [0, 1, 2, 4, 6, 9, 11, 12, 13].flatMap((month) => [0, 1, 28, 29, 30, 31, 32].flatMap((day) =>
    [`2015-${pad(month)}-${pad(day)}`, `${day}/${month}/2015`, `${pad(day)}/${pad(month)}/2016`]));
  const leap = [0, 1, 4, 100, 1900, 2000, 2015, 2016, 2100, 2400, 9999].flatMap((year) => [`${pad(year, 4)}-02-29`, `29/2/${pad(year, 4)}`]);
  const times = ['00:00', '9:05', '09:5', '23:59', '24:00', '25:00', '99:00', '12:60', '12:59:59', '12:59:60', '12:59:61', '12:00:00.5',
    '12:00:00Z', '12:00 PM', '12:00:00+01:00', '1200', '12:00:0', '12:00:', '12'];
  const timed = times.flatMap((time) => [`2014-04-01 ${time}`, `2014-04-01T${time}`, `01/04/2014 ${time}`, `1/4/2014T${time}`]);
  const shapes = ['2014-04-01', '2014-4-1', '2014-04-1', '14-04-01', '02014-04-01', '2014/04/01', '2014.04.01', '20140401', '01-04-2014',
    '01.04.2014', '1/4/14', '001/04/2014', '01/004/2014', '1/4/02014', '12/31/2014', '31/12/2014', 'April 2014', '1 April 2014',
    '2014-04-01t10:00', '2014-04-01  10:00', '2014-04-01\t10:00', '2014-04-01\n10:00', '2014-04-01\u00a010:00', '01/04/2014  10:00',
    '2014-04-01 x', 'x 2014-04-01', '2014-04-01.', '+2014-04-01', '-2014-04-01', '\uff12\uff10\uff11\uff14-04-01', '\u0662\u0660\u0661\u0664-04-01',
    '2014-04-01 10:00:00 10:00', '2014-04-01T', '2014-04-01 ', '31/02/2014 x', '0/0/0000', '00/00/0000', '0000-00-00', '9999-12-31 23:59:59'];
  return [...grid, ...leap, ...timed, ...shapes];
}

function categoryCases(): string[] {
  // RE2's . takes \r, U+0085, U+2028 and U+2029 (JavaScript's stops at three of them) but not \n.
  const labels = ['', ' - habitual', ' -', '-', '- ', ' - ', '-x', ' – habitual', ' -\n', ' -\nlabel', ' - label\nmore', ' -\r', '\n', '\r', ' ', '.', 'a',
    ' - a\rb', ' - a\u2028b', '-a\u2029', ' - \u0085x', ' - a\r\nb', '\u2028', ' -\u2029\u2029'];
  const prefixes = ['', 'Cat ', 'cat', 'Cat. ', 'CAT.', 'cat.  ', 'Cat\t', 'Cat\n', 'Cat\u00a0', 'Cat\v', 'Category ', 'CATEGORY', 'category. ',
    'Categ ', 'Cats ', 'Category: ', 'C ', '\u00c7at ', 'cat_', 'Cat-'];
  const combos = prefixes.flatMap((prefix) => ['1', '2', '3'].map((digit, i) => prefix + digit + labels[(i + prefix.length) % labels.length]));
  return [...combos, ...labels.map((label) => `2${label}`), '0', '4', '12', '01', '1.0', '2.', '+1', '-1', '\uff12', '\u0663', '\u00b2',
    'Cat 2 - Cat 3', 'Category 3 - habitual', 'CATEGORY 3 - habitual', 'cat 1 - At risk', 'Cat. 2', '2 -', 'one', 'Cat', 'Category'];
}

function numberCases(column: ColumnSpec): string[] {
  const [low, high] = column.range!;
  const edges = [low - 1, low, low + 1, high - 1, high, high + 1].filter((n) => n >= 0).map(String);
  return [...edges, '-1', '+1', '-0', '1.0', '1.5', '1e2', '0017', '000000017', '999999999', '1000000000', '0000000001', '00000000000',
    '1 000', '1,000', '1_000', '0x10', '\u0661\u0662', '\uff11\uff12', '\u00b2', 'twelve', '5 years', '5\t', '\t5', '5\u00a0', '\u20035', '5\n'];
}

function booleanCases(): string[] {
  const words = [...BOOLEAN_WORDS.true, ...BOOLEAN_WORDS.false];
  return [...words.flatMap(variants), 'T', 'F', 'on', 'off', '2', '01', '00', '1.0', '-1', 'yes/no', 'ye s', 'null', 'NULL', 'N/A', 'tru', 'Nope'];
}

/**
 * Every BMP character that is a space, separator, control or format character in JavaScript's eyes: one
 * of them is around a valid text in the first column of each kind, so what trim and the keys do with
 * each is on record. Not NUL: the loader refuses a CSV holding a zero byte as UTF-16 (src/data/limits.ts).
 */
const SPACE_LIKE = Array.from({ length: 0xffff }, (_, code) => String.fromCharCode(code + 1)).filter((char) => /^[\s\p{Z}\p{Cc}\p{Cf}]$/u.test(char));

function aroundEach(column: ColumnSpec): string[] {
  if (COLUMNS.find((other) => other.kind === column.kind) !== column) return [];
  const valid = seedsOf(column)[0];
  return SPACE_LIKE.flatMap((char) => [`${char}${valid}${char}`, char.repeat(2)]);
}

/** The curated edge cases of one column, whitespace-only cells included. */
function curatedCases(column: ColumnSpec): string[] {
  const blanks = ['', ' ', '   ', ...SPACES, ' \u00a0\u3000 ', '\t \t', '"', ...aroundEach(column)];
  switch (column.kind) {
    case 'id':
      return [...blanks, 'R1', ' R2 ', '\tR3', 'R4\u00a0', 'R 5', 'R,6', 'R"7"', 'R\n8', 'R9\r\n', '\u200bR10', '0', '-', 'Ünïcödé', 'R\u0130'];
    case 'date':
      return [...blanks, ...dateCases()];
    case 'category':
      return [...blanks, ...categoryCases()];
    case 'boolean':
      return [...blanks, ...booleanCases()];
    case 'integer':
      return [...blanks, ...numberCases(column)];
    case 'enum':
    case 'borough':
      return [...blanks, ...spellings(column).flatMap((word) => (/^E09/.test(word) ? [word, ` ${word}\t`] : variants(word))),
        ...(column.kind === 'borough' ? boroughCases() : []),
        ...COLUMNS.flatMap((other) => Object.keys(other.vocabulary ?? {})).slice(0, 12)];
  }
}

/** Valid texts a column's random near-misses start from. */
function seedsOf(column: ColumnSpec): string[] {
  switch (column.kind) {
    case 'id': return ['R1', 'V-000123', 'abc'];
    case 'date': return ['2014-04-01', '01/04/2014', '1/4/2014 14:05', '2016-02-29T23:59:59', '29/02/2016 00:00:00'];
    case 'category': return ['1', 'Cat 2', 'Category 3 - habitual', 'cat. 1 - at risk'];
    case 'boolean': return [...BOOLEAN_WORDS.true, ...BOOLEAN_WORDS.false];
    case 'integer': return [String(column.range![0]), String(column.range![1]), '17', '0010'];
    default: return spellings(column);
  }
}

const LONE_SURROGATE = /\p{Cs}/u;
const mutation = fc.record({ op: fc.constantFrom('insert', 'delete', 'replace', 'case'), at: fc.nat(), char: fc.constantFrom(...POOL) });

/** A valid text with one to three random edits, or now and then a short string of pool characters. */
function nearMisses(column: ColumnSpec, seed: number, count: number): string[] {
  const edited = fc.tuple(fc.constantFrom(...seedsOf(column)), fc.array(mutation, { minLength: 1, maxLength: 3 })).map(([start, edits]) =>
    edits.reduce((text, { op, at, char }) => {
      const i = at % (text.length + 1);
      if (op === 'insert') return text.slice(0, i) + char + text.slice(i);
      if (op === 'case') return text.slice(0, i) + text.slice(i, i + 1).toUpperCase() + text.slice(i + 1);
      return text.slice(0, i) + (op === 'replace' ? char : '') + text.slice(i + 1);
    }, start));
  const noise = fc.array(fc.constantFrom(...POOL), { maxLength: 6 }).map((chars) => chars.join(''));
  // Edits can split a surrogate pair; a lone surrogate is not text a UTF-8 file can hold.
  const arbitrary = fc.oneof({ weight: 9, arbitrary: edited }, { weight: 1, arbitrary: noise }).filter((text) => !LONE_SURROGATE.test(text));
  return fc.sample(arbitrary, { seed, numRuns: count });
}

/**
 * The texts tried in one column: its curated cases, then `randomCount` seeded near-misses, each text once.
 * `seed` makes the random part repeatable (the corpus file, not this script, is the record of what was tried).
 */
export function corpusTexts(column: ColumnSpec, seed: number, randomCount: number): string[] {
  return [...new Set([...curatedCases(column), ...nearMisses(column, seed, randomCount)])];
}
