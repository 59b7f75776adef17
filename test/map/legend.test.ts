import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { NO_DATA, legendModel, renderLegend } from '../../src/map/legend';
import { fillFor, pathStyle } from '../../src/map/styles';
import { tooltipElement } from '../../src/map/tooltip';
import type { ClassedScale } from '../../src/map/types';

/** Three classes with fixed breaks. */
const classes = [
  { colour: '#deebf7', label: 'Under 10' },
  { colour: '#9ecae1', label: '10 to under 20' },
  { colour: '#3182bd', label: '20 and over' },
];
const colour = (value: number | null) => (value === null ? 'none' : value < 10 ? '#deebf7' : value < 20 ? '#9ecae1' : '#3182bd');
const scale: ClassedScale = { colour, legend: classes };

const dom = () => parseHTML('<!doctype html><html><body></body></html>').document;

describe('legend', () => {
  it('lists the classes lowest first, then no data / suppressed, under a title naming measure and basis', () => {
    expect(legendModel(scale, { measure: 'rate', basis: 'home' })).toEqual({
      title: 'Rate per 10,000 children',
      subtitle: "By the victim's home borough",
      entries: [...classes, { colour: '#d9d9d9', hatch: '#767676', label: 'No data / suppressed' }],
    });
  });

  it('takes the shared scale as it is: parallel colours and labels, and its own no-data style', () => {
    // The shape of classedScale() in src/charts/scales.ts (extra members such as thresholds are ignored).
    const shared = {
      method: 'quantile', thresholds: [10, 20], colours: ['#c6dbef', '#6baed6', '#08519c'], labels: ['3–9', '10–19', '20–31'],
      noData: { colour: '#d9d9d9', hatch: '#767676', label: 'Suppressed or no data' },
      classOf: () => 0,
      colour: (value: number | null | undefined) => (value == null ? '#d9d9d9' : '#c6dbef'),
    };
    expect(legendModel(shared, { measure: 'count', basis: 'offence' }).entries).toEqual([
      { colour: '#c6dbef', label: '3–9' },
      { colour: '#6baed6', label: '10–19' },
      { colour: '#08519c', label: '20–31' },
      { colour: '#d9d9d9', hatch: '#767676', label: 'Suppressed or no data' },
    ]);
  });

  it('renders swatches and labels as text, replacing what was there', () => {
    const document = dom();
    const element = document.createElement('div');
    element.textContent = 'stale';
    const model = legendModel(scale, { measure: 'count', basis: 'offence' });
    model.entries[0] = { colour: '#deebf7', label: '<b onmouseover=alert(1)>Under 10</b>' };
    renderLegend(element, model);
    expect(element.querySelector('.borough-map__legend-title')?.textContent).toBe('Count');
    const labels = [...element.querySelectorAll('.borough-map__legend-label')].map((node) => node.textContent);
    expect(labels).toEqual(['<b onmouseover=alert(1)>Under 10</b>', '10 to under 20', '20 and over', 'No data / suppressed']);
    expect(element.querySelector('b')).toBeNull();
    const swatches = [...element.querySelectorAll('.borough-map__swatch')].map((node) => node.getAttribute('data-colour'));
    expect(swatches).toEqual(['#deebf7', '#9ecae1', '#3182bd', NO_DATA.colour]);
    expect(element.querySelectorAll('.borough-map__swatch--no-data')).toHaveLength(1);
    expect(element.querySelector('li:last-child .borough-map__swatch--no-data')).not.toBeNull();
    expect(element.textContent).not.toContain('stale');
  });
});

describe('tooltip element', () => {
  it('puts a hostile borough name in as text', () => {
    const document = dom();
    const name = '<img src=x onerror="window.hacked=1">';
    const element = tooltipElement(document as unknown as Document, { title: name, lines: ['Count: 12', 'Rank: 1st of 33'] });
    expect(element.querySelector('img')).toBeNull();
    expect(element.querySelector('strong')?.textContent).toBe(name);
    expect([...element.children].map((node) => node.textContent)).toEqual([name, 'Count: 12', 'Rank: 1st of 33']);
  });
});

describe('polygon styles', () => {
  const row = { code: 'E09000001', name: 'City of London', count: 15, rate: 12.5, rank: 1, low: 7, high: 20 };

  it('fills from the scale for the chosen measure, and gives no fill (the hatch) when there is nothing to show', () => {
    expect(fillFor(row, scale, 'rate')).toBe('#9ecae1');
    expect(fillFor(row, scale, 'count')).toBe('#9ecae1');
    expect(fillFor({ ...row, rate: 25 }, scale, 'rate')).toBe('#3182bd');
    expect(fillFor({ ...row, suppressed: true }, scale, 'rate')).toBeNull();
    expect(fillFor({ ...row, rate: null }, scale, 'rate')).toBeNull();
    expect(fillFor(undefined, scale, 'rate')).toBeNull();
    expect(fillFor(row, null, 'rate')).toBeNull();
  });

  it('outlines the selected borough heavily', () => {
    const plain = pathStyle('#fff', { selected: false, hovered: false, fillOpacity: 1 });
    const selected = pathStyle('#fff', { selected: true, hovered: true, fillOpacity: 1 });
    expect(plain).toMatchObject({ fillColor: '#fff', weight: 0.75, color: '#8a8a8a', fillOpacity: 1 });
    expect(selected).toMatchObject({ weight: 4, color: '#0b0c0c' });
  });
});
