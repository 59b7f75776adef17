import { describe, expect, it } from 'vitest';
import { funnelStatus, limitsAt } from '../../src/charts/funnelLimits';

const limits = [
  { population: 10000, lower95: 6, upper95: 22, lower998: 3, upper998: 25 },
  { population: 30000, lower95: 10, upper95: 18, lower998: 8, upper998: 20 },
];

describe('funnel limits', () => {
  it('interpolates between given populations and holds the ends beyond them', () => {
    expect(limitsAt(limits, 20000)).toEqual({ population: 20000, lower95: 8, upper95: 20, lower998: 5.5, upper998: 22.5 });
    expect(limitsAt(limits, 5000).upper95).toBe(22);
    expect(limitsAt(limits, 90000).upper95).toBe(18);
  });

  it('reads each point against the limits at its own population', () => {
    const at = (rate: number) => funnelStatus({ label: 'x', population: 20000, rate }, limits);
    expect([at(23), at(21), at(20), at(14), at(7), at(5)]).toEqual(['above998', 'above95', 'within', 'within', 'below95', 'below998']);
  });
});
