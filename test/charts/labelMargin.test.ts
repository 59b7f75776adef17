import { describe, expect, it } from 'vitest';
import { SAFEGUARD_FACTORS } from '../../src/data/format';
import { CHAR_WIDTH, labelMargin } from '../../src/charts/options';

describe('labelMargin', () => {
  it('fits the longest SAFEGUARD factor label without clipping', () => {
    const labels = SAFEGUARD_FACTORS.map((factor) => `${factor.letter} – ${factor.label}`);
    const longest = Math.max(...labels.map((label) => label.length));
    expect(labelMargin(labels)).toBeGreaterThanOrEqual(longest * CHAR_WIDTH);
  });
});
