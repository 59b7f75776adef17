/**
 * The last step of an append before the swap: the records already loaded and the new ones together,
 * sorted by date, with two columns that make every victim figure cheap. (A load that replaces the data
 * works the same out in JavaScript, src/data/reading/recordOrder.ts, without reading the table back;
 * an append's new records are ordered and keyed there too, and here again with the loaded ones.)
 * A victim is counted once, described by their latest record within the selection; finding that
 * record by `arg_max` over text ids and timestamps was most of a refresh (at 1M records, 190 ms of a
 * 370 ms statement). With the keys it is a `max` of row numbers grouped by an integer, and only over the
 * records of victims who have more than one: the others' one record is their latest wherever it is
 * selected.
 */
import type { DbClient } from './client';

/** The columns `keyRecords` adds; a load that appends reads `records` without them. */
export const VICTIM_KEY_COLUMNS = ['victim_key', 'victim_single'] as const;

/**
 * Replaces `records_next` with `records_keyed`, its rows in (recorded_at, record_id) order: the table is
 * never changed after, so its `rowid` orders records by date and time, then record_id, and a victim's
 * latest record in any selection is their selected record with the largest `rowid`. A period filter also
 * skips the row groups outside it. Adds:
 * - `victim_key`: the victim as a small integer (victims numbered in victim_id order here; the JavaScript
 *   keys number them in the order first read: only equal keys mean anything, so either is repeatable);
 * - `victim_single`: the victim has this one record only.
 * (Numbering each record in victim order with a window instead cost twice as long at 1M records.)
 */
export async function keyRecords(db: DbClient): Promise<void> {
  await db.exec(`CREATE OR REPLACE TABLE records_keyed AS
    SELECT r.*, v.victim_key, v.records = 1 AS victim_single
    FROM records_next AS r JOIN (SELECT victim_id, (row_number() OVER (ORDER BY victim_id))::UINTEGER AS victim_key, records
      FROM (SELECT victim_id, count(*) AS records FROM records_next GROUP BY victim_id)) AS v USING (victim_id)
    ORDER BY r.recorded_at, r.record_id;
    DROP TABLE records_next;`);
}
