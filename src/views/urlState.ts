/**
 * The dashboard's whole state as readable query parameters, so a copied link opens the same view:
 * `fy=2014/15` (or `fy=all`), `from=`/`to=` (YYYY-MM-DD), `borough=` (a name or ONS code),
 * `basis=offence|home`, `category=1,2`, `type=suspicion|crime`, `online=yes|no`,
 * `gender=female|male|other|unknown`, `age=14-15,16-17`, and the map's `measure=rate` (counts by default).
 *
 * Pure functions: no DOM, no database. A malformed value is ignored (as if absent), never an error,
 * because links get mangled in emails and chat.
 */
import { boroughName } from '../queries/boroughs';
import {
  AGE_BANDS, CATEGORIES, financialYearRange, GENDERS, RECORD_TYPES,
  type AgeBand, type Category, type Filters, type Gender, type RecordType,
} from '../queries/filters';

/** Which borough column a borough selection filters: where the offence happened, or where the victim lives. */
export type Basis = 'offence' | 'home';
/** Every basis, the default first. */
export const BASES: readonly Basis[] = ['offence', 'home'];

/** What colours the borough map: counts, or rates per 10,000 children. */
export type Measure = 'count' | 'rate';
/** Every measure, the default first. */
export const MEASURES: readonly Measure[] = ['count', 'rate'];

/** The dashboard's state: one selection, the basis a borough (and the map) is read on, and the map's measure. */
export interface ViewState {
  filters: Filters;
  basis: Basis;
  /** Absent means counts (the default, left out of links). */
  measure?: Measure;
}

/** Turns the `borough=` text into an ONS code, or null when it names no borough. */
export type BoroughResolver = (text: string) => string | null;

/** How `searchToFilters` fills in what the URL leaves out. */
export interface ReadOptions {
  /** The financial year used when the URL names no period at all (`fy=all` means every year). */
  defaultFy?: string;
  /** Resolves `borough=`; the app passes the result of `resolveBorough` (the reading rules' matching). */
  resolveBorough?: BoroughResolver;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
/** The value `fy` takes for "every year" (no financial-year filter). */
export const ALL_YEARS = 'all';

/** Whether `text` is a real calendar day written YYYY-MM-DD. */
export function isIsoDay(text: string): boolean {
  const match = ISO_DAY.exec(text);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === text;
}

/** Whether `text` is a financial year written `2014/15`. */
export function isFinancialYear(text: string): boolean {
  try {
    financialYearRange(text);
    return true;
  } catch {
    return false;
  }
}

/** The values of a comma-separated list parameter that belong to `domain`, in domain order, once each. */
function listParam<T extends string | number>(raw: string | null, domain: readonly T[]): T[] {
  if (!raw) return [];
  const given = new Set(raw.split(',').map((part) => part.trim().toLowerCase()));
  return domain.filter((value) => given.has(String(value).toLowerCase()));
}

function oneOf<T extends string>(raw: string | null, domain: readonly T[]): T | undefined {
  const value = raw?.trim().toLowerCase();
  return domain.find((candidate) => candidate === value);
}

const YES = ['yes', 'y', 'true', '1'];
const NO = ['no', 'n', 'false', '0'];

function yesNo(raw: string | null): boolean | undefined {
  const value = raw?.trim().toLowerCase() ?? '';
  if (YES.includes(value)) return true;
  if (NO.includes(value)) return false;
  return undefined;
}

/** The `borough=` text, trimmed, or null when absent or blank. */
export function boroughParam(search: string | URLSearchParams): string | null {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const text = params.get('borough')?.trim();
  return text ? text : null;
}

/** Reads the URL's query string into the dashboard's state (unknown or malformed values are ignored). */
export function searchToFilters(search: string | URLSearchParams, options: ReadOptions = {}): ViewState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const filters: Filters = {};
  const fy = params.get('fy')?.trim();
  const from = params.get('from')?.trim();
  const to = params.get('to')?.trim();
  if (fy && isFinancialYear(fy)) filters.fy = fy;
  if (from && isIsoDay(from)) filters.from = from;
  if (to && isIsoDay(to)) filters.to = to;
  if (filters.from && filters.to && filters.from > filters.to) [filters.from, filters.to] = [filters.to, filters.from];
  const periodGiven = Boolean(filters.fy || filters.from || filters.to || fy?.toLowerCase() === ALL_YEARS);
  if (!periodGiven && options.defaultFy) filters.fy = options.defaultFy;

  const basis = oneOf(params.get('basis'), BASES) ?? 'offence';
  const boroughText = boroughParam(params);
  const code = boroughText && options.resolveBorough ? options.resolveBorough(boroughText) : null;
  if (code) filters[basis === 'home' ? 'homeBorough' : 'offenceBorough'] = code;

  const categories = listParam<Category>(params.get('category'), CATEGORIES);
  if (categories.length) filters.categories = categories;
  const recordType = oneOf<RecordType>(params.get('type'), RECORD_TYPES);
  if (recordType) filters.recordType = recordType;
  const online = yesNo(params.get('online'));
  if (online !== undefined) filters.online = online;
  const gender = oneOf<Gender>(params.get('gender'), GENDERS);
  if (gender) filters.gender = gender;
  const ageBands = listParam<AgeBand>(params.get('age'), AGE_BANDS);
  if (ageBands.length) filters.ageBands = ageBands;
  return oneOf(params.get('measure'), MEASURES) === 'rate' ? { filters, basis, measure: 'rate' } : { filters, basis };
}

/** The selected borough's ONS code on the state's basis, if any. */
export function selectedBorough(state: ViewState): string | undefined {
  return state.basis === 'home' ? state.filters.homeBorough : state.filters.offenceBorough;
}

/**
 * Writes the state as a query string (with its leading `?`), parameters in a fixed order so equal
 * states give equal links. A borough is written by name (readable), which reads back to the same code.
 */
export function filtersToSearch(state: ViewState, nameOf: (code: string) => string = boroughName): string {
  const { filters, basis } = state;
  const params = new URLSearchParams();
  if (filters.fy) params.set('fy', filters.fy);
  else if (!filters.from && !filters.to) params.set('fy', ALL_YEARS);
  if (filters.from) params.set('from', filters.from);
  if (filters.to) params.set('to', filters.to);
  const borough = selectedBorough(state);
  if (borough) params.set('borough', nameOf(borough));
  if (basis !== 'offence') params.set('basis', basis);
  if (filters.categories?.length) params.set('category', filters.categories.join(','));
  if (filters.recordType) params.set('type', filters.recordType);
  if (filters.online !== undefined) params.set('online', filters.online ? 'yes' : 'no');
  if (filters.gender) params.set('gender', filters.gender);
  if (filters.ageBands?.length) params.set('age', filters.ageBands.join(','));
  if (state.measure === 'rate') params.set('measure', 'rate');
  // URLSearchParams would write `/` and `,` as %2F / %2C: keep the link readable, these are safe in a query.
  return `?${params.toString().replace(/%2F/gi, '/').replace(/%2C/gi, ',')}`;
}

/** The state with its borough moved to the other basis (the toggle keeps the chosen borough). */
export function withBasis(state: ViewState, basis: Basis): ViewState {
  const code = selectedBorough(state);
  const { offenceBorough: _o, homeBorough: _h, ...rest } = state.filters;
  const filters: Filters = code ? { ...rest, [basis === 'home' ? 'homeBorough' : 'offenceBorough']: code } : rest;
  return { ...state, filters, basis };
}

/** The state with `code` (or no borough, when null) selected on the current basis. */
export function withBorough(state: ViewState, code: string | null): ViewState {
  const { offenceBorough: _o, homeBorough: _h, ...rest } = state.filters;
  if (!code) return { ...state, filters: rest };
  return { ...state, filters: { ...rest, [state.basis === 'home' ? 'homeBorough' : 'offenceBorough']: code } };
}

/** The state with no borough: the London figure to show beside a borough's. */
export function londonOf(filters: Filters): Filters {
  const { offenceBorough: _o, homeBorough: _h, ...rest } = filters;
  return rest;
}
