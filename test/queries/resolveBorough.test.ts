/** A borough written in a link or on the command line is read by the same rules as a file's offence_borough. */
import { describe, expect, it } from 'vitest';
import { BOROUGHS } from '../../src/data/reference/boroughs';
import { resolveBorough } from '../../src/queries/boroughs';

describe('resolveBorough', () => {
  it('resolves every reference name and code, in any case and with spaces around', () => {
    for (const borough of BOROUGHS) {
      for (const text of [borough.name, borough.code, borough.name.toUpperCase(), borough.name.toLowerCase(), ` ${borough.code.toLowerCase()} `]) {
        expect(resolveBorough(text), text).toBe(borough.code);
      }
    }
  });

  it('resolves aliases, "&" and prefixes as a file does; nothing else, and never "unknown"', () => {
    expect(resolveBorough('Barking & Dagenham')).toBe('E09000002');
    expect(resolveBorough('London Borough of Newham')).toBe('E09000025');
    expect(resolveBorough('Kensington & Chelsea')).toBe('E09000020');
    for (const text of ['Atlantis', 'E09000099', '', 'unknown', 'Outside London']) expect(resolveBorough(text), text).toBeNull();
  });
});
