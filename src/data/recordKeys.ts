/**
 * The last step of a load before the swap: the checked records, sorted by date, with three columns that
 * make every victim figure cheap. A victim is counted once, described by their latest record within the
 * selection; finding that record by `arg_max` over text ids and timestamps was most of a refresh (at 1M
 * records, 190 ms of a 370 ms statement). With the keys it is a `max` over small integers, and only for
 * the records of victims who have more than one: the others' one record is their latest wherever it is
 * selected.
 */
import type { DbClient } from './client';

/** The columns `keyRecords` adds; a load that appends reads `records` without them. */
export const VICTIM_KEY_COLUMNS = ['victim_key', 'victim_seq', 'victim_single'] as const;

/**
 * Replaces `records_next` with `records_keyed`:
 * - `victim_key`: the victim as a small integer (victims numbered in victim_id order);
 * - `victim_seq`: the record's place among every record, by victim, then recorded date and time, then
 *   record_id, so a victim's latest record in any selection is the one with the largest `victim_seq`
 *   (the same choice as ordering by (recorded_at, record_id) within the victim);
 * - `victim_single`: the victim has this one record only.
 * Rows are stored in date order, so a period filter skips the row groups outside it.
 */
export async function keyRecords(db: DbClient): Promise<void> {
  await db.exec(`CREATE OR REPLACE TABLE records_keyed AS
    SELECT *, dense_rank() OVER (ORDER BY victim_id)::UINTEGER AS victim_key,
      row_number() OVER (ORDER BY victim_id, recorded_at, record_id)::UINTEGER AS victim_seq,
      count(*) OVER (PARTITION BY victim_id) = 1 AS victim_single
    FROM records_next ORDER BY recorded_at, record_id;
    DROP TABLE records_next;`);
}
