import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../src/charts/colour';
import { CATEGORY_COLOURS, GENDER_COLOURS, knownColour, OUTCOME_COLOURS, seriesColours } from '../../src/charts/palette';
import { simulate, deltaE, type Deficiency } from './cvd';

const DEFICIENCIES: Deficiency[] = ['protanopia', 'deuteranopia', 'tritanopia'];

/** The smallest CIELAB distance between any two colours of `set`, seen with `deficiency`. */
function minimumDistance(set: readonly string[], deficiency: Deficiency): number {
  let min = Infinity;
  set.forEach((a, i) => set.slice(i + 1).forEach((b) => { min = Math.min(min, deltaE(simulate(a, deficiency), simulate(b, deficiency))); }));
  return min;
}

describe('categorical palettes', () => {
  it.each([
    ['categories', Object.values(CATEGORY_COLOURS)],
    ['gender', [GENDER_COLOURS.female, GENDER_COLOURS.male]],
    ['outcomes', [OUTCOME_COLOURS.suspicion, OUTCOME_COLOURS.crime, OUTCOME_COLOURS.detection, OUTCOME_COLOURS.disruption]],
  ])('%s stay distinct (ΔE ≥ 15) under simulated colour-vision deficiencies', (_name, set) => {
    for (const deficiency of DEFICIENCIES) expect(minimumDistance(set, deficiency)).toBeGreaterThanOrEqual(15);
  });

  it('draws lines and gender bars in colours of at least 3:1 against white (WCAG 1.4.11)', () => {
    for (const colour of [...Object.values(OUTCOME_COLOURS), GENDER_COLOURS.female, GENDER_COLOURS.male]) {
      expect(contrastRatio(colour, '#ffffff')).toBeGreaterThanOrEqual(3);
    }
  });

  it('gives known series their fixed colour whatever the spelling', () => {
    expect(knownColour('Category 1 (At risk)')).toBe(CATEGORY_COLOURS['1']);
    expect(knownColour('Intelligence/disruption')).toBe(OUTCOME_COLOURS.disruption);
    expect(knownColour('Detections')).toBe(OUTCOME_COLOURS.detection);
    expect(knownColour('Female')).toBe(GENDER_COLOURS.female);
    expect(knownColour('Something else')).toBeUndefined();
  });

  it('fills unknown series with unused Okabe–Ito colours, honouring fixed ones', () => {
    expect(seriesColours(['Category 1', 'Alpha', 'Beta'], { Beta: '#123456' })).toEqual(['#0072B2', '#D55E00', '#123456']);
  });
});
