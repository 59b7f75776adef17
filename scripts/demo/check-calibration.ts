/**
 * Checks a demo extract against the FY 2014/15 calibration targets (data/README.md) with DuckDB: prints each
 * target's value and PASS/FAIL, some integrity checks, then descriptive figures. Exits 1 if anything fails.
 * Victims are distinct victim_id within the year, each described by their latest record (latest date, then the
 * larger record_id).
 *
 *   npx tsx scripts/demo/check-calibration.ts [file.csv]   (default data/demo-extract.csv)
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { DbClient } from '../../src/data/client';
import { openNodeClient } from '../../src/data/nodeClient';
import { BOROUGHS } from '../../src/data/reference/boroughs';

interface Check {
  readonly name: string;
  readonly value: string;
  readonly pass: boolean;
}
type Row = Record<string, unknown>;

const row = async (db: DbClient, sql: string): Promise<Row> => (await db.query<Row>(sql))[0];
const numbers = async (db: DbClient, sql: string): Promise<number[]> => Object.values(await row(db, sql)).map(Number);
/** [key, count] pairs from a query selecting `k` and `n`. */
const counts = async (db: DbClient, sql: string): Promise<[string, number][]> =>
  (await db.query<{ k: string; n: number }>(sql)).map((r) => [r.k, Number(r.n)]);
const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
const within = (x: number, low: number, high: number): boolean => x >= low && x <= high;
/** The first three keys are `names`, in order, each at least `gap` ahead of the next. */
const leads = (ranked: [string, number][], names: string[], gap: number): boolean =>
  names.every((name, i) => ranked[i][0] === name && ranked[i][1] - ranked[i + 1][1] >= gap);
const list = (pairs: [string, number][], n: number, f: (v: number) => string = String): string =>
  pairs.slice(0, n).map(([k, v]) => `${k} ${f(v)}`).join(', ');

/** Opens DuckDB over the extract: `r` all records, `fy` FY 2014/15, `v` its victims, `ref` borough sub-regions. */
async function openExtract(path: string): Promise<DbClient> {
  const db = await openNodeClient();
  await db.registerFile('demo.csv', readFileSync(path));
  const ref = BOROUGHS.map((b) => `('${b.name.replaceAll("'", "''")}', '${b.subregion}')`).join(', ');
  await db.exec(`
    CREATE TABLE ref AS SELECT * FROM (VALUES ${ref}) t(name, subregion);
    CREATE TABLE r AS SELECT * FROM read_csv('demo.csv', all_varchar = true, header = true);
    CREATE VIEW fy AS SELECT * FROM r WHERE recorded_date BETWEEN '2014-04-01' AND '2015-03-31';
    CREATE VIEW v AS SELECT * EXCLUDE (rn) FROM (SELECT *, row_number() OVER (PARTITION BY victim_id
      ORDER BY recorded_date DESC, record_id DESC) AS rn FROM fy) WHERE rn = 1;`);
  return db;
}

/** Targets 1–4: records, categories, online, offence boroughs. */
async function recordTargets(db: DbClient): Promise<Check[]> {
  const [records] = await numbers(db, 'SELECT count(*) FROM fy');
  const [cat1, cat1Early] = await numbers(db, `SELECT avg((cse_category = '1')::INT) FILTER (recorded_date >= '2014-04-01'
    AND recorded_date <= '2015-03-31'), avg((cse_category = '1')::INT) FILTER (recorded_date < '2014-04-01') FROM r`);
  const [online, east, onlineCat1] = await numbers(db, `SELECT count(*), count(*) FILTER (ref.subregion = 'East'),
    count(*) FILTER (cse_category = '1') FROM fy LEFT JOIN ref ON ref.name = fy.offence_borough WHERE online = 'Y'`);
  const ranked = await counts(db, `SELECT offence_borough AS k, count(*) AS n FROM fy
    WHERE offence_borough <> 'Unknown' GROUP BY 1 ORDER BY 2 DESC, 1`);
  const of = (name: string) => ranked.find(([k]) => k === name)?.[1] ?? 0;
  const trio = ['Southwark', 'Tower Hamlets', 'Waltham Forest'].map(of);
  const means = new Map(await counts(db, `SELECT ref.subregion AS k, count(fy.record_id) / count(DISTINCT ref.name) AS n
    FROM ref LEFT JOIN fy ON fy.offence_borough = ref.name GROUP BY 1 ORDER BY 1`));
  const mean = (s: string) => means.get(s) ?? 0;
  return [
    { name: '1 records in FY 2014/15 = 1,852', value: String(records), pass: records === 1852 },
    { name: '2 Category 1 share 0.67–0.73 (FY 2014/15, FY 2013/14)', value: `${pct(cat1)}, ${pct(cat1Early)}`,
      pass: within(cat1, 0.67, 0.73) && within(cat1Early, 0.67, 0.73) },
    { name: '3 online = 70; East offence 31 or 32; Category 1 = 49', value: `${online}; ${east}; ${onlineCat1}`,
      pass: online === 70 && (east === 31 || east === 32) && onlineCat1 === 49 },
    { name: '4 offence boroughs: B&D, Newham, Lambeth lead (gaps ≥ 5)', value: list(ranked, 4),
      pass: leads(ranked, ['Barking and Dagenham', 'Newham', 'Lambeth'], 5) },
    { name: '4 Southwark, Tower Hamlets, Waltham Forest > 80 and < Lambeth', value: trio.join(', '),
      pass: trio.every((n) => n > 80 && n < of('Lambeth')) },
    { name: '4 mean records per borough: East and Central > West', value: list([...means], 5, (n) => n.toFixed(1)),
      pass: mean('East') > mean('West') && mean('Central') > mean('West') },
  ];
}

/** Targets 5–7 and 10: victims by their latest record. */
async function victimTargets(db: DbClient): Promise<Check[]> {
  const home = await counts(db, `SELECT coalesce(victim_home_borough, '(blank)') AS k, count(*) AS n FROM v
    GROUP BY 1 ORDER BY 2 DESC, 1`);
  const victims = home.reduce((s, [, n]) => s + n, 0);
  const of = (name: string) => home.find(([k]) => k === name)?.[1] ?? 0;
  const boroughs = home.filter(([k]) => BOROUGHS.some((b) => b.name === k));
  const otherWest = Math.max(...BOROUGHS.filter((b) => b.subregion === 'West' && b.name !== 'Ealing').map((b) => of(b.name)));
  const [female, aged15, aged14] = await numbers(db, `SELECT avg((victim_gender = 'female')::INT),
    avg((victim_age IS NOT DISTINCT FROM '15')::INT) FILTER (victim_gender = 'female'),
    avg((victim_age IS NOT DISTINCT FROM '14')::INT) FILTER (victim_gender = 'female') FROM v`);
  const [missing, unknown, lacMissing, lacNot, many, most] = await numbers(db, `SELECT
    avg((missing_episodes_12m::INT >= 1)::INT), avg((missing_episodes_12m IS NULL)::INT),
    avg((looked_after = 'Y')::INT) FILTER (missing_episodes_12m::INT >= 1),
    avg((looked_after = 'Y')::INT) FILTER (missing_episodes_12m::INT = 0),
    count(*) FILTER (missing_episodes_12m::INT > 15), max(missing_episodes_12m::INT) FROM v`);
  const outside = of('Outside London') / victims;
  return [
    { name: '5 home boroughs: Newham, Southwark, B&D lead (gaps ≥ 4)', value: list(boroughs, 4),
      pass: leads(boroughs, ['Newham', 'Southwark', 'Barking and Dagenham'], 4) },
    { name: '5 Ealing > 80 victims, the only West borough over 80', value: `Ealing ${of('Ealing')}, next West ${otherWest}`,
      pass: of('Ealing') > 80 && otherWest <= 80 },
    { name: '5 Outside London 4–6% of victims', value: pct(outside), pass: within(outside, 0.04, 0.06) },
    { name: '6 victims female 88–92%', value: `${pct(female)} of ${victims}`, pass: within(female, 0.88, 0.92) },
    { name: '7 female victims aged 15: 23–27%; aged 14: 18–22%', value: `${pct(aged15)}; ${pct(aged14)}`,
      pass: within(aged15, 0.23, 0.27) && within(aged14, 0.18, 0.22) },
    { name: '10 missing 63–70% of known status; unknown ≤ 2%', value: `${pct(missing)}; ${pct(unknown)}`,
      pass: within(missing, 0.63, 0.7) && unknown <= 0.02 },
    { name: '10 looked after if missing ≫ if not; ≥ 10 victims with 16+ episodes',
      value: `${pct(lacMissing)} vs ${pct(lacNot)}; ${many} (max ${most})`, pass: lacMissing > 2 * lacNot && many >= 10 },
  ];
}

/** Targets 8, 9, 11, 12 and integrity checks. */
async function otherTargets(db: DbClient): Promise<Check[]> {
  const [male, gap] = await numbers(db, `SELECT avg((suspect_gender = 'male')::INT) FILTER (suspect_gender IN
    ('male', 'female', 'other')), median(suspect_age::INT) - median(victim_age::INT) FROM fy`);
  const [recorded, acq, intimate, familial] = await numbers(db, `SELECT avg((suspect_relationship IS NOT NULL)::INT),
    ${['acquaintance', 'intimate', 'familial'].map((k) => `avg((suspect_relationship IS NOT DISTINCT FROM '${k}')::INT)`)}
    FROM fy`);
  const share = (k: string) => `SELECT coalesce(${k}, '(blank)') AS k, count(*) / (SELECT count(*) FROM fy) AS n
    FROM fy GROUP BY 1 ORDER BY 2 DESC`;
  const units = await counts(db, share('investigating_unit'));
  const refs = await counts(db, share('referral_source'));
  const ok = await row(db, `SELECT (SELECT count(*) - count(DISTINCT record_id) FROM r) AS duplicate_ids,
    (SELECT count(*) FROM (SELECT victim_id FROM r GROUP BY 1 HAVING count(DISTINCT victim_gender) > 1
      OR count(DISTINCT coalesce(victim_home_borough, '')) > 1)) AS unstable_victims,
    (SELECT count(*) FROM (SELECT victim_id FROM r WHERE victim_age IS NOT NULL GROUP BY 1 HAVING
      max(recorded_date::DATE - to_years(victim_age::INT + 1)) >= min(recorded_date::DATE - to_years(victim_age::INT))))
      AS impossible_ages`);
  const near = (x: number, centre: number) => Math.abs(x - centre) <= 0.02;
  return [
    { name: '8 suspects male ≥ 80% of known; median age gap ≤ 5', value: `${pct(male)}; ${gap}`,
      pass: male >= 0.8 && gap <= 5 },
    { name: '9 relationship recorded 28–32%; acquaintance 42, intimate 24, familial 6 (±2)',
      value: `${pct(recorded)}; ${[acq, intimate, familial].map((x) => pct(x / recorded)).join(', ')}`,
      pass: within(recorded, 0.28, 0.32) && near(acq / recorded, 0.42) && near(intimate / recorded, 0.24) &&
        near(familial / recorded, 0.06) },
    { name: '11 investigating unit: borough 63–70%', value: list(units, 5, pct),
      pass: units[0][0] === 'borough' && within(units[0][1], 0.63, 0.7) },
    { name: '12 referral: phone_call 1st, social_services 2nd, ≥ 3 points clear', value: list(refs, 4, pct),
      pass: refs[0][0] === 'phone_call' && refs[1][0] === 'social_services' && refs[1][1] - refs[2][1] >= 0.03 },
    { name: 'integrity: unique ids; stable gender and home; one birth date fits', value: JSON.stringify(ok),
      pass: Object.values(ok).every((n) => Number(n) === 0) },
  ];
}

/** Figures the brief describes without a hard target, for a reader to judge. */
async function describe(db: DbClient): Promise<void> {
  const factors = ['sexual_health', 'absent_school', 'familial_abuse', 'emotional_physical', 'gangs', 'technology',
    'alcohol_drugs', 'gifts_money', 'distrust_authority'];
  const queries: Record<string, string> = {
    'records, victims, online by FY': `SELECT year(recorded_date::DATE - INTERVAL 3 MONTH) AS fy_from, count(*) AS n,
      count(DISTINCT victim_id) AS victims, round(avg((online = 'Y')::INT), 4) AS online FROM r GROUP BY 1 ORDER BY 1`,
    'records by month': `SELECT string_agg(n::VARCHAR, ' ' ORDER BY m) AS counts FROM
      (SELECT left(recorded_date, 7) AS m, count(*) AS n FROM r GROUP BY 1)`,
    'whole extract': `SELECT count(DISTINCT victim_id) AS victims, round(count(*) / count(DISTINCT victim_id), 3) AS
      records_per_victim FROM r`,
    'offence in home borough (London homes); unknown': `SELECT round(avg((offence_borough = victim_home_borough)::INT)
      FILTER (victim_home_borough IN (SELECT name FROM ref)), 3) AS home, round(avg((offence_borough = 'Unknown')::INT), 3)
      AS unknown FROM fy`,
    'by category': `SELECT cse_category AS c, count(*) AS n, round(avg((record_type = 'crime')::INT), 2) AS crime,
      round(avg(missing_episodes_12m::INT), 2) AS missing, round(avg((looked_after = 'Y')::INT), 2) AS looked_after,
      round(avg(${factors.map((f) => `(sf_${f} = 'Y')::INT`).join(' + ')}), 2) AS factors FROM fy GROUP BY 1 ORDER BY 1`,
    outcomes: `SELECT round(count(*) FILTER (outcome = 'detection') / count(*) FILTER (record_type = 'crime'), 3) AS
      detected_of_crimes, count(*) FILTER (outcome = 'detection' AND record_type = 'suspicion') AS detected_suspicions,
      round(avg((outcome = 'disruption')::INT), 3) AS disruption, round(avg((outcome = 'nfa')::INT), 3) AS nfa,
      round(avg((coalesce(outcome, 'open') = 'open')::INT), 3) AS open FROM fy`,
    'SAFEGUARD and gang prevalence': `SELECT ${factors.map((f) => `round(avg((sf_${f} = 'Y')::INT), 3) AS ${f}`).join(', ')},
      round(avg((gang_group = 'Y')::INT), 3) AS gang_group FROM fy`,
    'suspect ages': `SELECT round(avg((suspect_age IS NULL)::INT), 3) AS blank, round(avg((suspect_age::INT BETWEEN 14
      AND 24)::INT) FILTER (suspect_age IS NOT NULL), 3) AS aged_14_24, median(suspect_age::INT) AS median FROM fy`,
  };
  for (const [label, sql] of Object.entries(queries)) console.log(`  ${label}: ${JSON.stringify(await db.query(sql))}`);
}

const path = process.argv[2] ?? fileURLToPath(new URL('../../data/demo-extract.csv', import.meta.url));
const db = await openExtract(path);
const checks = [...(await recordTargets(db)), ...(await victimTargets(db)), ...(await otherTargets(db))];
checks.sort((a, b) => (parseInt(a.name) || 99) - (parseInt(b.name) || 99)); // target order; integrity last
for (const c of checks) console.log(`${c.pass ? 'PASS' : 'FAIL'}  ${c.name}: ${c.value}`);
console.log('\nDescriptive, FY 2014/15 unless stated (not targets):');
await describe(db);
await db.close();
const failed = checks.filter((c) => !c.pass).length;
console.log(failed === 0 ? '\nAll targets pass.' : `\n${failed} check(s) FAIL.`);
process.exitCode = failed === 0 ? 0 : 1;
