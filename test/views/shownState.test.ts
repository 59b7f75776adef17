/** The state drawn with the figures on screen: their own basis and measure, not the URL's newer ones. */
import { describe, expect, it } from 'vitest';
import { requestedStates, shownState } from '../../src/views/shownState';
import type { ViewState } from '../../src/views/urlState';

const NEWHAM = 'E09000025';
const byOffence: ViewState = { filters: { fy: '2014/15', offenceBorough: NEWHAM }, basis: 'offence' };
const byHome: ViewState = { filters: { fy: '2014/15', homeBorough: NEWHAM }, basis: 'home', measure: 'rate' };

describe('shownState', () => {
  it('keeps the basis and measure of the figures on screen while newer figures are computed', () => {
    const requested = requestedStates();
    requested.remember(byOffence);
    requested.remember(byHome); // the URL moved on; the figures are still byOffence's
    expect(shownState(requested, byHome, byOffence.filters)).toBe(byOffence);
    expect(shownState(requested, byHome, byHome.filters)).toBe(byHome);
  });

  it('takes a new measure at once when the filters (and so the figures) are unchanged', () => {
    const requested = requestedStates();
    requested.remember(byOffence);
    const asRates: ViewState = { ...byOffence, measure: 'rate' };
    requested.remember(asRates);
    expect(shownState(requested, asRates, byOffence.filters)).toBe(asRates);
  });

  it('shows the current state before any figures, and pairs unrequested figures with its basis', () => {
    const requested = requestedStates();
    expect(shownState(requested, byHome, null)).toBe(byHome);
    expect(shownState(requested, null, byHome.filters)).toBeNull();
    const other = { fy: '2013/14' };
    expect(shownState(requested, byHome, other)).toEqual({ ...byHome, filters: other });
  });
});
