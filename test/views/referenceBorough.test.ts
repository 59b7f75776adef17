/** A link's borough resolved without the engine gives exactly the engine's answer, or defers to it. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbClient } from '../../src/data/client';
import { BOROUGHS } from '../../src/data/reference/boroughs';
import { resolveBorough } from '../../src/queries/boroughs';
import { referenceBorough } from '../../src/views/referenceBorough';
import { openDemoDb } from '../helpers/demoDb';

describe('referenceBorough', () => {
  let db: DbClient;
  beforeAll(async () => {
    db = await openDemoDb();
  }, 60_000);
  afterAll(async () => db?.close());

  it('resolves every reference name and code, in any case, as the engine does', async () => {
    for (const borough of BOROUGHS) {
      for (const text of [borough.name, borough.code, borough.name.toUpperCase(), borough.name.toLowerCase(), ` ${borough.code.toLowerCase()} `]) {
        expect(referenceBorough(text), text).toBe(borough.code);
        expect(await resolveBorough(db, text), text).toBe(borough.code);
      }
    }
  });

  it('leaves aliases, other spellings and unknown names to the engine', async () => {
    for (const text of ['Barking & Dagenham', 'London Borough of Newham', 'Kensington & Chelsea', 'Atlantis', 'E09000099', '']) {
      expect(referenceBorough(text), text).toBeUndefined();
    }
    expect(await resolveBorough(db, 'Barking & Dagenham')).toBe('E09000002');
    expect(await resolveBorough(db, 'Atlantis')).toBeNull();
  });
});
