/**
 * Synthetic demo extract for the CSE dashboard. Everything here is made up: the generator is calibrated to published
 * aggregate figures (MOPAC Challenge pack, 10 June 2015) and contains no real person. See data/README.md.
 */
export { DEFAULT_SEED, demoCsvLines, generateDemoRecords, iterateDemoRecords, recordsPerYear } from './generate';
export type { DemoOptions } from './generate';
export { CSV_HEADER, DEMO_COLUMNS, toCsv, toCsvLine } from './csv';
export { FINANCIAL_YEARS, FIRST_DATE, LAST_DATE } from './calendar';
export * from './types';
