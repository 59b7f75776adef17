/** Borough lookups and borough figures. */
import type { DbClient } from '../data/client';
import { BOROUGHS } from '../data/reference/boroughs';

/**
 * The ONS code of a borough written any way the reading rules accept (name, alias, `&`, prefix, code),
 * or null. Uses the same SQL as the reading rules, so a URL or command line resolves exactly as a file does.
 * Needs the rules' vocabulary, which exists once an extract has been loaded.
 */
export async function resolveBorough(db: DbClient, text: string): Promise<string | null> {
  const rows = await db.query<{ code: string }>(
    `SELECT value AS code FROM cse_vocab WHERE col = 'offence_borough' AND key = cse_borough_key(?) AND value LIKE 'E09%'`,
    [text],
  );
  return rows[0]?.code ?? null;
}

/** The name of a borough from its ONS code (the code itself when unknown). */
export function boroughName(code: string): string {
  return BOROUGHS.find((borough) => borough.code === code)?.name ?? code;
}
