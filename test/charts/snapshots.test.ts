import { describe, expect, it } from 'vitest';
import { all, expectSnapshot } from './snapshot';
import { CASES } from './cases';

describe('chart snapshots', () => {
  for (const [name, render] of Object.entries(CASES)) {
    it(`${name} matches its snapshot and is accessible`, () => {
      const chart = render();
      expect(chart.tagName.toLowerCase()).toBe('svg');
      expect(chart.getAttribute('role')).toBe('img');
      expect(chart.getAttribute('aria-label')).toBeTruthy();
      // Readable type everywhere; no script elements; no titles drawn inside the chart.
      for (const element of all(chart, '[font-size]')) expect(Number(element.getAttribute('font-size'))).toBeGreaterThanOrEqual(12);
      expect(Number(chart.getAttribute('font-size'))).toBeGreaterThanOrEqual(12);
      expect(all(chart, 'script')).toHaveLength(0);
      expect(all(chart, 'animate, animateTransform, set')).toHaveLength(0);
      expectSnapshot(name, chart);
    });
  }
});
