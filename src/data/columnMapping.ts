/**
 * The column-mapping step's logic, free of any UI: a month's extract arrives with renamed headers, the
 * user says which source column is which format column, and the choice becomes the `mapping` the
 * loader applies (source header → format column) for this file and, remembered, for the next one.
 */
import { suggestMapping } from './columnGuess';
import { COLUMNS } from './format';
import { resolveHeaders } from './headers';
import { ExtractError } from './loadReport';

/** Format column → the source header chosen for it; `NOT_IN_FILE` when the file has no such column. */
export type ColumnChoices = Record<string, string>;

/** The choice meaning "this file has no such column". Never a real header: headers are non-empty. */
export const NOT_IN_FILE = '';

/** How many of the file's first rows the mapping step shows. */
export const PREVIEW_ROWS = 5;

/**
 * Thrown by `loadExtract` when the headers do not make an extract (a required column missing, or two
 * columns reading as one), even after the mapping it was given. Still an ExtractError with the same one
 * sentence, so callers that only report failures need not know about it; the dashboard uses the
 * headers and the preview to offer the mapping step instead.
 */
export class ColumnMappingNeeded extends ExtractError {
  /** For a workbook: the sheet read and every sheet's name, so the step can offer another sheet. */
  sheet?: string;
  sheets?: string[];

  constructor(
    message: string,
    /** The file's headers, in order. */
    readonly headers: string[],
    /** The first rows as read (text, one array per row, aligned with `headers`). */
    readonly preview: string[][],
    /** The mapping that was tried, if any (to pre-fill the step with it). */
    readonly tried: Record<string, string> | undefined,
  ) {
    super(message);
    this.name = 'ColumnMappingNeeded';
  }
}

/**
 * Whether the mapping step could make this file loadable: when it has at least as many columns as the
 * format requires, or is a workbook with other sheets to choose from (a notes sheet often comes first).
 * A file with fewer columns (a shopping list, the wrong export) gets the plain sentence.
 */
export function mappingCanHelp(needed: ColumnMappingNeeded): boolean {
  return needed.headers.length >= COLUMNS.filter((column) => column.required).length || (needed.sheets?.length ?? 0) > 1;
}

/** The choices a mapping makes: each format column gets the header mapped to it (the first, if several). */
export function choicesFromMapping(headers: readonly string[], mapping: Record<string, string>): ColumnChoices {
  const { byColumn } = resolveHeaders(headers, mapping);
  return Object.fromEntries(COLUMNS.map((column) => {
    const index = byColumn.get(column.name);
    return [column.name, index === undefined ? NOT_IN_FILE : headers[index]];
  }));
}

/**
 * The step's starting point: a remembered mapping for these headers when there is one, else the best
 * guesses (header rules, aliases, similarity).
 */
export function initialChoices(headers: readonly string[], remembered?: Record<string, string>): ColumnChoices {
  return choicesFromMapping(headers, remembered ?? suggestMapping(headers));
}

/**
 * The loader's mapping for the user's choices. Every header is named: a chosen one maps to its column,
 * any other is ignored (`''`), so a header that would match a column by the rules cannot compete with
 * the column the user chose instead.
 */
export function mappingFromChoices(headers: readonly string[], choices: ColumnChoices): Record<string, string> {
  const chosen = new Map(Object.entries(choices).filter(([, header]) => header !== NOT_IN_FILE).map(([column, header]) => [header, column]));
  return Object.fromEntries(headers.map((header) => [header, chosen.get(header) ?? NOT_IN_FILE]));
}

/** What stops the choices from loading, one sentence each (empty when they can be loaded). */
export function choiceProblems(choices: ColumnChoices): string[] {
  const problems: string[] = [];
  const missing = COLUMNS.filter((column) => column.required && (choices[column.name] ?? NOT_IN_FILE) === NOT_IN_FILE);
  if (missing.length) problems.push(`Choose a column for each required column: ${missing.map((column) => column.name).join(', ')}.`);
  const byHeader = new Map<string, string[]>();
  for (const [column, header] of Object.entries(choices)) {
    if (header !== NOT_IN_FILE) byHeader.set(header, [...(byHeader.get(header) ?? []), column]);
  }
  for (const [header, columns] of byHeader) {
    if (columns.length > 1) problems.push(`“${header}” is chosen for ${columns.join(' and ')}: one source column can feed only one.`);
  }
  return problems;
}
